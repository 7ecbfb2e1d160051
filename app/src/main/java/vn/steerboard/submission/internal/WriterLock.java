package vn.steerboard.submission.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writers of values and roll-ups take turns where they would collide, on every node. A write locks what it touches:
 * each (data set, period) of its submissions (their roll-up rows, submission keys and "last value" order) and its
 * idempotency key. The roll-up repair locks everything.
 *
 * <p>On PostgreSQL these are transaction-scoped advisory locks ({@code pg_advisory_xact_lock}), taken in a fixed
 * order so two writers cannot deadlock, and released by the commit or rollback; writers of different data sets or
 * periods run at once, on one node or many. The embedded H2 serves one node: there a fair JVM lock serialises all
 * writers. Entry numbers come from the sequence {@code data_value_entry_seq}, handed out under the lock, so within a
 * (data set, period) they follow commit order.
 */
@Component
public class WriterLock {

    /** The advisory lock class of submission writers; the key 0 within it is the whole of the roll-ups. */
    private static final int LOCK_CLASS = 57_06;
    private static final int EVERYTHING = 0;

    private final ReentrantLock jvmLock = new ReentrantLock(true);
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final SubmissionStore store;
    private final boolean postgres;
    private volatile boolean caughtUp;

    WriterLock(TransactionTemplate transactions, JdbcClient jdbc, SubmissionStore store, DataSource dataSource)
            throws SQLException {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.store = store;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /** The lock of a data set's period: its roll-up rows, its submissions' keys and its order of entry. */
    public static String key(String dataSet, String period) {
        return dataSet + "|" + period;
    }

    /** Runs the work in one transaction holding the locks of {@code keys} (data set|period, idempotency keys). */
    public <T> T run(Collection<String> keys, Supplier<T> work) {
        return locked(false, keys, work);
    }

    /** Runs the work in one transaction with every writer locked out: the roll-up repair. */
    public <T> T runAlone(Supplier<T> work) {
        return locked(true, List.of(), work);
    }

    private <T> T locked(boolean alone, Collection<String> keys, Supplier<T> work) {
        catchUpOnce();
        return lockedNow(alone, keys, work);
    }

    private <T> T lockedNow(boolean alone, Collection<String> keys, Supplier<T> work) {
        if (postgres) {
            // in the order of the lock ids themselves, the same for every writer: no two can wait on each other
            TreeSet<Integer> ids = new TreeSet<>();
            keys.forEach(key -> ids.add(key.hashCode() == EVERYTHING ? 1 : key.hashCode()));
            return transactions.execute(status -> {
                advisory(alone ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared", EVERYTHING);
                ids.forEach(id -> advisory("pg_advisory_xact_lock", id));
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

    private void advisory(String function, int key) {
        jdbc.sql("SELECT " + function + "(:lockClass, :key)").param("lockClass", LOCK_CLASS).param("key", key)
                .query((rs, n) -> 1).list();
    }

    /** The next {@code count} entry numbers, in order; only under the lock. */
    public Iterator<Long> entries(int count) {
        if (count == 0) {
            return List.<Long>of().iterator();
        }
        String sql = postgres ? "SELECT nextval('data_value_entry_seq') FROM generate_series(1, :count)"
                : "SELECT NEXT VALUE FOR data_value_entry_seq FROM SYSTEM_RANGE(1, :count)";
        List<Long> numbers = new ArrayList<>(jdbc.sql(sql).param("count", count).query(Long.class).list());
        numbers.sort(null);
        return numbers.iterator();
    }

    /**
     * Values written directly (the demo seeder, a restore) carry entry numbers the sequence has not handed out; the
     * first writer of this node moves the sequence past them, alone, so no other writer takes a number meanwhile.
     */
    private void catchUpOnce() {
        if (caughtUp) {
            return;
        }
        synchronized (this) {
            if (caughtUp) {
                return;
            }
            lockedNow(true, List.of(), () -> {
                long highest = store.lastSequence();
                if (entries(1).next() <= highest) {
                    if (postgres) {
                        jdbc.sql("SELECT setval('data_value_entry_seq', :highest)").param("highest", highest)
                                .query((rs, n) -> 1).list();
                    } else {
                        jdbc.sql("ALTER SEQUENCE data_value_entry_seq RESTART WITH " + (highest + 1)).update();
                    }
                }
                return null;
            });
            caughtUp = true;
        }
    }
}
