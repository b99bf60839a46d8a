package vn.lgtq.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.TestUnits;
import vn.lgtq.unit.Unit;

@QuarkusTest
class ReadOnlyTransactionTest {
    @Inject
    Reads reads;

    @ApplicationScoped
    static class Reads {
        @Inject
        Session session;

        @ReadOnlyTransaction
        FlushMode flushMode() {
            return session.getHibernateFlushMode();
        }

        /** What a read must never do: change what it loaded. */
        @ReadOnlyTransaction
        void rename(long unitId, String name) {
            session.find(Unit.class, unitId).name = name;
        }
    }

    @Test
    void aReadNeitherFlushesNorKeepsAChange() {
        long hamlet = TestUnits.current("04105-TK20");
        String name = nameOf(hamlet);
        assertEquals(FlushMode.MANUAL, reads.flushMode());
        reads.rename(hamlet, name + " (đổi)");
        assertEquals(name, nameOf(hamlet));
    }

    @Test
    void withinAWritersTransactionItJoinsAndTheWriteStands() {
        long hamlet = TestUnits.current("04105-TK20");
        String name = nameOf(hamlet);
        try {
            assertEquals(FlushMode.AUTO, QuarkusTransaction.requiringNew().call(reads::flushMode));
            QuarkusTransaction.requiringNew().run(() -> reads.rename(hamlet, name + " (đổi)"));
            assertEquals(name + " (đổi)", nameOf(hamlet));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Unit.<Unit>findById(hamlet).name = name);
        }
        assertEquals(name, nameOf(hamlet));
    }

    private static String nameOf(long unitId) {
        return QuarkusTransaction.requiringNew().call(() -> Unit.<Unit>findById(unitId).name);
    }
}
