package vn.steerboard.delivery.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.steerboard.common.FiguresChanged;
import vn.steerboard.delivery.DeliveryFiguresChanged;

/**
 * The index's sums as read from the roll-ups, kept until the next change of delivery figures (a batch of events or
 * the repair, on this node after its commit, or on another node as broadcast): a league over a year reads every
 * unit's roll-ups, and the pages ask for it again and again between batches. Bounded: emptied when it outgrows
 * {@value #LIMIT} keys. A sum read while a change commits is not kept (the generation moved meanwhile).
 */
@Component
public class IndexCache {

    static final int LIMIT = 500;

    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute) {
        Object kept = values.get(key);
        if (kept != null) {
            return (T) kept;
        }
        long before = generation.get();
        T fresh = compute.get();
        if (generation.get() == before) {
            if (values.size() >= LIMIT) {
                values.clear();
            }
            values.put(key, fresh);
        }
        return fresh;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(FiguresChanged change) {
        if (DeliveryFiguresChanged.AREA.equals(change.area())) {
            generation.incrementAndGet();
            values.clear();
        }
    }
}
