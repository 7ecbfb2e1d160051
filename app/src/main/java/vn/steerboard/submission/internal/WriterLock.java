package vn.steerboard.submission.internal;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writers of values and roll-ups take turns: one lock around one transaction, so roll-up deltas never race and entry
 * numbers ("last value" means the value entered last) are handed out in commit order. On one node this is a fair JVM
 * lock; several nodes need a PostgreSQL advisory lock instead (issue 15).
 */
@Component
public class WriterLock {

    private final ReentrantLock writers = new ReentrantLock(true);
    private final TransactionTemplate transactions;
    private final SubmissionStore store;
    private long lastSequence = -1;

    WriterLock(TransactionTemplate transactions, SubmissionStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    /** Runs the work in a transaction under the lock; entry numbers it took are given back when it fails. */
    public <T> T run(Supplier<T> work) {
        writers.lock();
        try {
            long sequenceBefore = lastSequence;
            try {
                return transactions.execute(status -> work.get());
            } catch (RuntimeException e) {
                lastSequence = sequenceBefore;
                throw e;
            }
        } finally {
            writers.unlock();
        }
    }

    /** The next entry number; only under the lock. */
    public long nextEntry() {
        if (!writers.isHeldByCurrentThread()) {
            throw new IllegalStateException("entry numbers are handed out under the writer lock only");
        }
        if (lastSequence < 0) {
            lastSequence = store.lastSequence();
        }
        return ++lastSequence;
    }
}
