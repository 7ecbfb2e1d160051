package vn.steerboard.delivery.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery's writers one at a time, across nodes: a batch of events and the repair run in one transaction holding,
 * on PostgreSQL, the transaction-scoped advisory lock (766, 1); on H2 (one node) a fair JVM lock. One writer at a
 * time keeps the roll-up deltas free of lost updates without retry loops. The drains of the indicator values take
 * their own lock (766, 2), so they run one at a time across nodes beside the batches, not between them; on H2 they
 * take the writers' lock.
 */
@Component
public class IngestLock {

    private static final int LOCK_CLASS = 766;
    private static final int WRITERS = 1;
    private static final int DRAINS = 2;
    private final ReentrantLock jvmLock = new ReentrantLock(true);
    private final TransactionTemplate transactions;
    /** A drain's own transaction, never the caller's: a chunk that fails rolls back alone. */
    private final TransactionTemplate drainTransactions;
    private final JdbcClient jdbc;
    private final boolean postgres;

    IngestLock(TransactionTemplate transactions, JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.transactions = transactions;
        this.drainTransactions = new TransactionTemplate(java.util.Objects.requireNonNull(transactions.getTransactionManager()));
        this.drainTransactions.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    public <T> T run(Supplier<T> work) {
        return locked(WRITERS, transactions, work);
    }

    /** A drain of the indicator values, in a transaction of its own (a new one even inside the caller's). */
    public <T> T drain(Supplier<T> work) {
        return locked(DRAINS, drainTransactions, work);
    }

    /** Holds the drains off until the caller's transaction ends (it records every month itself). */
    public void holdDrains() {
        if (postgres) {
            advisory(DRAINS);
        }
    }

    private void advisory(int key) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:c, :k)").param("c", LOCK_CLASS).param("k", key).query((rs, n) -> 1).list();
    }

    private <T> T locked(int key, TransactionTemplate transactions, Supplier<T> work) {
        if (postgres) {
            return transactions.execute(status -> {
                advisory(key);
                return work.get();
            });
        }
        jvmLock.lock();
        try {
            return transactions.execute(status -> work.get());
        } finally {
            jvmLock.unlock();
        }
    }
}
