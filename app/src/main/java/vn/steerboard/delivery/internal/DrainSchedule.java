package vn.steerboard.delivery.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the background drains of the indicator values run ({@link IndicatorValuesDrain}), on a thread of their own:
 * a moment after a batch ({@code delay}), no sooner than {@code interval} after the last one started while batches
 * keep coming, and, with many months waiting, no sooner than {@link #AT_MOST_ONE_IN} times what they are expected
 * to take after the last one started.
 */
final class DrainSchedule {

    /**
     * The background drains take at most one part in this many of the node's time: a drain expected to take d (the
     * months waiting × what a month took in the last drain) starts no sooner than this × d after the last one started.
     * Under a sustained national load a drain records up to every unit-month the batches touch (about a second for
     * 10,000), and one every 5 s took a fifth of the time the batches need; the values then lag by up to ten drains'
     * time, the index none (bench/README, session 15). A few months waiting cost next to nothing and wait for nobody.
     */
    static final int AT_MOST_ONE_IN = 10;
    /** However long the last drain took (a backlog after an outage), the next one comes within this. */
    static final Duration LONGEST_GAP = Duration.ofMinutes(1);
    /**
     * A drain of fewer months tells little of what a month takes: its fixed costs (and, on a node just started, the
     * code not compiled yet) would make a few months look as dear as thousands.
     */
    static final int MEASURED_FROM = 1_000;
    private static final Logger log = LoggerFactory.getLogger(IndicatorValuesDrain.class);

    private final Duration delay;
    private final Duration interval;
    private final Supplier<IndicatorValuesDrain.Drained> drain;
    private final LongSupplier monthsWaiting;
    private volatile long lastStart;
    /** What recording one month took in the last background drain of {@link #MEASURED_FROM} months or more (ns). */
    private volatile long lastPerMonth;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "delivery-indicator-values");
        thread.setDaemon(true);
        return thread;
    });

    DrainSchedule(Duration delay, Duration interval, Supplier<IndicatorValuesDrain.Drained> drain, LongSupplier monthsWaiting) {
        this.delay = delay;
        this.interval = interval;
        this.drain = drain;
        this.monthsWaiting = monthsWaiting;
        this.lastStart = System.nanoTime() - interval.toNanos();
    }

    /**
     * After a batch committed: one drain a moment later for it and every batch that commits meanwhile; while batches
     * keep coming, one drain per interval at most, so that a month many batches touch is recorded once for all of them.
     */
    void soon() {
        if (scheduled.compareAndSet(false, true)) {
            long sinceLast = System.nanoTime() - lastStart;
            long wait = Math.max(delay.toNanos(), interval.toNanos() - sinceLast);
            try {
                executor.schedule(this::inBackground, wait, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException stopping) {
                scheduled.set(false); // the application is stopping: the marks wait for the next start
            }
        }
    }

    /**
     * How much longer the next background drain waits, {@code sinceLastStart} after the last one started, for the
     * months waiting: until {@link #AT_MOST_ONE_IN} times what they are expected to take has passed since that start,
     * and {@link #LONGEST_GAP} at most.
     */
    static long stillToWait(long sinceLastStart, long perMonth, long monthsWaiting) {
        long expected = perMonth * monthsWaiting;
        long gap = expected > LONGEST_GAP.toNanos() / AT_MOST_ONE_IN ? LONGEST_GAP.toNanos() : expected * AT_MOST_ONE_IN;
        return Math.max(0, gap - sinceLastStart);
    }

    /** A drain in progress finishes before the connections go (its marks would stay otherwise: only later values). */
    void stop() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }

    private void inBackground() {
        long start = System.nanoTime();
        try {
            long later = stillToWait(start - lastStart, lastPerMonth, lastPerMonth == 0 ? 0 : monthsWaiting.getAsLong());
            if (later > 0) {
                executor.schedule(this::inBackground, later, TimeUnit.NANOSECONDS); // still scheduled: batches ask no more
                return;
            }
        } catch (RuntimeException notNow) {
            // the database or the application is going away: the sweep or the next start finds the marks
            scheduled.set(false);
            return;
        }
        lastStart = start;
        scheduled.set(false); // a batch that commits from now on asks for the next drain
        try {
            IndicatorValuesDrain.Drained drained = drain.get();
            if (drained.recorded() >= MEASURED_FROM) {
                lastPerMonth = (System.nanoTime() - start) / drained.recorded();
            }
            if (drained.failed() > 0) {
                log.warn("Delivery indicator values: {} months recorded, {} left marked", drained.recorded(), drained.failed());
            }
        } catch (RuntimeException e) {
            log.error("Delivery indicator values could not be drained; the marks stay for the next drain", e);
        }
    }
}
