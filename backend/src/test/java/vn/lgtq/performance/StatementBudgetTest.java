package vn.lgtq.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestRegisters;

/**
 * SQL statements per request for the main reads, counted by Hibernate: a count, not a time, so it holds on a noisy
 * machine. A list that loads collections of the rows it does not show (the household list once read every person
 * of the province) goes over its budget here long before it is slow enough to notice on small data.
 */
@QuarkusTest
class StatementBudgetTest {
    private static final int HOUSEHOLDS = 30;

    @Inject
    SessionFactory sessions;

    @Test
    void mainReadsStayWithinTheirStatementBudget() {
        TestRegisters.Hamlet hamlet = TestRegisters.hamlet("04105", "Bản Đếm Lệnh");
        long group = TestRegisters.group(hamlet, 1, "dem-" + TestRegisters.unique(), null);
        long household = 0;
        for (int i = 0; i < HOUSEHOLDS; i++) {
            household = TestRegisters.household(hamlet, i % 2 == 0 ? group : null);
        }
        long oneHousehold = household;
        RequestSpecification leader = TestRegisters.hamletLeader(hamlet);
        // read → (caller, path, budget): the budget is what the read takes today; lower it when a read gets leaner.
        // With the people of every matching household loaded (@Fetch(SUBSELECT) and people.size() on the list),
        // the three household pages took 11, 11 and 10.
        Map<String, Read> reads = new LinkedHashMap<>();
        reads.put("households of a hamlet, page of 10", new Read(() -> leader,
                "/api/v1/households?size=10&unitId=" + hamlet.id(), 9));
        reads.put("households of the province, page of 10", new Read(Callers::province,
                "/api/v1/households?size=10", 8));
        reads.put("households of a commune, page of 10", new Read(Callers::commune,
                "/api/v1/households?size=10", 8));
        reads.put("one household", new Read(() -> leader, "/api/v1/households/" + oneHousehold, 10));
        reads.put("groups of a hamlet", new Read(() -> leader, "/api/v1/groups?unitId=" + hamlet.id(), 7));
        reads.put("one group", new Read(() -> leader, "/api/v1/groups/" + group, 10));

        Statistics statistics = sessions.getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "quarkus.hibernate-orm.statistics must be on in %test");
        List<String> over = new ArrayList<>();
        for (Map.Entry<String, Read> read : reads.entrySet()) {
            read.getValue().caller().get().get(read.getValue().path()).then().statusCode(200); // warm caches
            statistics.clear();
            read.getValue().caller().get().get(read.getValue().path()).then().statusCode(200);
            long statements = statistics.getPrepareStatementCount();
            System.out.printf("Statements: %-42s %3d (budget %d)%n", read.getKey(), statements,
                    read.getValue().budget());
            if (statements > read.getValue().budget()) {
                over.add(read.getKey() + ": " + statements + " statements, budget " + read.getValue().budget());
            }
        }
        assertEquals(List.of(), over);
    }

    private record Read(Supplier<RequestSpecification> caller, String path, int budget) {
    }
}
