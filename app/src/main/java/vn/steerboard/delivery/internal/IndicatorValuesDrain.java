package vn.steerboard.delivery.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.steerboard.submission.SystemValues;

/**
 * The indicator values of the months a batch moved, recorded a moment after the batch rather than inside it: the
 * batch marks its months in its own transaction ({@link PendingValues}), and a drain shortly after records every month
 * marked meanwhile once, however many batches touched it ({@link IndicatorFeed}), in chunks, each chunk in a
 * transaction that also clears its marks. A mark is never lost (a node that stops leaves it for the next drain, here or
 * on another node: every start and a sweep look for marks), and a month whose values cannot be recorded is logged and
 * left marked without holding the others back.
 */
@Component
public class IndicatorValuesDrain {

    static final int CHUNK = 5_000;
    private static final Logger log = LoggerFactory.getLogger(IndicatorValuesDrain.class);

    /** What a drain did: months recorded (and cleared), months whose values could not be recorded. */
    public record Drained(int recorded, int failed) {
    }

    private final IndicatorFeed feed;
    private final PendingValues pending;
    private final IngestLock lock;
    private final Duration delay;
    private final Duration interval;
    private volatile long lastStart;
    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "delivery-indicator-values");
        thread.setDaemon(true);
        return thread;
    });

    IndicatorValuesDrain(IndicatorFeed feed, PendingValues pending, IngestLock lock,
            @Value("${steerboard.delivery.indicator-values-delay:PT1S}") Duration delay,
            @Value("${steerboard.delivery.indicator-values-interval:PT5S}") Duration interval) {
        this.feed = feed;
        this.pending = pending;
        this.lock = lock;
        this.delay = delay;
        this.interval = interval;
        this.lastStart = System.nanoTime() - interval.toNanos();
    }

    /** Marks the months a batch moved, in the batch's transaction. */
    public void mark(Collection<IndicatorFeed.UnitMonth> months, OffsetDateTime at) {
        pending.mark(months, at);
    }

    /**
     * After a batch committed: one drain a moment later for it and every batch that commits meanwhile; while batches
     * keep coming, one drain per interval at most, so that a month many batches touch is recorded once for all of them.
     */
    public void soon() {
        if (scheduled.compareAndSet(false, true)) {
            long sinceLast = System.nanoTime() - lastStart;
            long wait = Math.max(delay.toNanos(), interval.toNanos() - sinceLast);
            try {
                executor.schedule(this::inBackground, wait, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                scheduled.set(false); // the application is stopping: the marks wait for the next start
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        soon();
    }

    /** Marks a stopped node left, or a drain that failed: looked for every little while. */
    @Scheduled(fixedDelayString = "${steerboard.delivery.indicator-values-sweep:PT30S}",
            initialDelayString = "${steerboard.delivery.indicator-values-sweep:PT30S}")
    void sweep() {
        if (pending.count() > 0) {
            soon();
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private void inBackground() {
        lastStart = System.nanoTime();
        scheduled.set(false); // a batch that commits from now on asks for the next drain
        try {
            Drained drained = drain();
            if (drained.failed() > 0) {
                log.warn("Delivery indicator values: {} months recorded, {} left marked", drained.recorded(), drained.failed());
            }
        } catch (RuntimeException e) {
            log.error("Delivery indicator values could not be drained; the marks stay for the next drain", e);
        }
    }

    /** Records the values of every month marked now (waiting for a drain in progress on this node); what it did. */
    public Drained drain() {
        draining.lock();
        try {
            int recorded = 0;
            int failed = 0;
            IndicatorFeed.UnitMonth from = null;
            List<PendingValues.Marked> chunk;
            while (!(chunk = pending.after(from, CHUNK)).isEmpty()) {
                from = chunk.get(chunk.size() - 1).month();
                try {
                    recorded += record(chunk);
                } catch (RuntimeException chunkFailed) {
                    // one month the values refuse must not hold the others back: each on its own, the bad ones named
                    for (PendingValues.Marked month : chunk) {
                        try {
                            recorded += record(List.of(month));
                        } catch (RuntimeException e) {
                            failed++;
                            log.error("Delivery indicator values of unit {} month {} could not be recorded: {}",
                                    month.month().unit(), month.month().period(), e.getMessage());
                        }
                    }
                }
            }
            return new Drained(recorded, failed);
        } finally {
            draining.unlock();
        }
    }

    /** The months' values and the clearing of their marks (those not marked again since they were read), at once. */
    private int record(List<PendingValues.Marked> chunk) {
        return lock.drain(() -> {
            feed.record(chunk.stream().map(PendingValues.Marked::month).toList());
            pending.clear(chunk);
            return chunk.size();
        });
    }

    /** Every month of the roll-ups recorded in the caller's transaction, every mark cleared (the repair, the upkeep). */
    public SystemValues.Recorded recordAll() {
        lock.holdDrains();
        SystemValues.Recorded recorded = feed.recordAll();
        pending.clearAll();
        return recorded;
    }

    /** How many months are waiting for their values. */
    public long pending() {
        return pending.count();
    }
}
