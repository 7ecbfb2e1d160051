package vn.steerboard.delivery.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
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
 * on another node: every start and a sweep look for marks), and a month whose values cannot be recorded is logged,
 * left marked and noted as refused: it holds none of the others back, and is tried again on its own after
 * {@link #RETRY}, or with the others as soon as a batch marks it again. When the background drains run:
 * {@link DrainSchedule}.
 */
@Component
public class IndicatorValuesDrain {

    static final int CHUNK = 5_000;
    /** A month whose values were refused is tried again on its own after this long (or at once when marked again). */
    static final Duration RETRY = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(IndicatorValuesDrain.class);

    /** What a drain did: months recorded (and cleared), months whose values could not be recorded. */
    public record Drained(int recorded, int failed) {
    }

    private final IndicatorFeed feed;
    private final PendingValues pending;
    private final IngestLock lock;
    private final ReentrantLock draining = new ReentrantLock();
    private final DrainSchedule schedule;

    IndicatorValuesDrain(IndicatorFeed feed, PendingValues pending, IngestLock lock,
            @Value("${steerboard.delivery.indicator-values-delay:PT1S}") Duration delay,
            @Value("${steerboard.delivery.indicator-values-interval:PT5S}") Duration interval) {
        this.feed = feed;
        this.pending = pending;
        this.lock = lock;
        this.schedule = new DrainSchedule(delay, interval, this::drain, pending::count);
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
        schedule.soon();
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
    void stop() throws InterruptedException {
        schedule.stop();
    }

    /**
     * Records the values of every month marked now (waiting for a drain in progress on this node), and those refused
     * more than {@link #RETRY} ago, each on its own; what it did. Always in transactions of its own.
     */
    public Drained drain() {
        draining.lock();
        try {
            int[] counts = new int[2];
            IndicatorFeed.UnitMonth from = null;
            while (true) {
                List<PendingValues.Marked> chunk = chunkAfter(from, counts);
                if (chunk.isEmpty()) {
                    break;
                }
                from = chunk.get(chunk.size() - 1).month();
            }
            for (PendingValues.Marked month : pending.failedBefore(OffsetDateTime.now().minus(RETRY), CHUNK)) {
                recordAlone(month, counts);
            }
            return new Drained(counts[0], counts[1]);
        } finally {
            draining.unlock();
        }
    }

    /**
     * The next chunk after {@code from}, read under the drains' lock (so no other drain clears a month between the read
     * and the record) and recorded with its marks cleared in the same transaction; when the chunk is refused, each
     * month on its own, so that one the values refuse holds none of the others back. Returns the chunk read.
     */
    private List<PendingValues.Marked> chunkAfter(IndicatorFeed.UnitMonth from, int[] counts) {
        List<List<PendingValues.Marked>> read = new java.util.ArrayList<>(1);
        try {
            counts[0] += lock.drain(() -> {
                List<PendingValues.Marked> chunk = pending.after(from, CHUNK);
                read.add(chunk);
                return recordAndClear(chunk);
            });
        } catch (RuntimeException chunkRefused) {
            if (read.isEmpty()) {
                throw chunkRefused;
            }
            read.get(0).forEach(month -> recordAlone(month, counts));
        }
        return read.isEmpty() ? List.of() : read.get(0);
    }

    private int recordAndClear(List<PendingValues.Marked> chunk) {
        if (!chunk.isEmpty()) {
            feed.record(chunk.stream().map(PendingValues.Marked::month).toList());
            pending.clear(chunk);
        }
        return chunk.size();
    }

    /** One month in its own transaction; refused, it is noted as such (and left out of the chunks until marked again). */
    private void recordAlone(PendingValues.Marked month, int[] counts) {
        try {
            counts[0] += lock.drain(() -> recordAndClear(List.of(month)));
        } catch (RuntimeException e) {
            counts[1]++;
            log.error("Delivery indicator values of unit {} month {} could not be recorded: {}", month.month().unit(),
                    month.month().period(), e.getMessage());
            try {
                lock.drain(() -> {
                    pending.failed(month, OffsetDateTime.now());
                    return null;
                });
            } catch (RuntimeException notNoted) {
                log.warn("Delivery indicator values: the refusal of unit {} month {} could not be noted: {}",
                        month.month().unit(), month.month().period(), notNoted.getMessage());
            }
        }
    }

    /**
     * Every month of the roll-ups recorded in the caller's transaction, every mark cleared: the repair and the upkeep,
     * which hold the writers' lock, so no batch marks a month meanwhile.
     */
    public SystemValues.Recorded recordAll() {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("every month's indicator values are recorded in the caller's transaction,"
                    + " under the writers' lock");
        }
        lock.holdDrains();
        SystemValues.Recorded recorded = feed.recordAll();
        pending.clearAll();
        return recorded;
    }

    /** How many months are waiting for their values. */
    public long pending() {
        return pending.count();
    }

    /** How many of them were refused since their last mark. */
    public long failed() {
        return pending.backlog().refused();
    }
}
