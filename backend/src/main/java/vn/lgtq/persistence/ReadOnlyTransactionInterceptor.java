package vn.lgtq.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** Runs a {@link ReadOnlyTransaction} method: where @Transactional would start its transaction, in the same order. */
@ReadOnlyTransaction
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class ReadOnlyTransactionInterceptor {
    @Inject
    TransactionManager transactions;

    @Inject
    Session session;

    @AroundInvoke
    Object inReadOnlyTransaction(InvocationContext context) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return context.proceed(); // the caller's transaction, flushed as it writes
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                session.setDefaultReadOnly(true);
                session.setHibernateFlushMode(FlushMode.MANUAL);
                return context.proceed();
            });
        } catch (QuarkusTransactionException e) {
            // a checked exception of the method, wrapped by call(): the caller expects the method's own
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
