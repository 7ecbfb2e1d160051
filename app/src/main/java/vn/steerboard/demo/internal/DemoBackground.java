package vn.steerboard.demo.internal;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the heavy demo seeders run (indicator values, quality scans, a year of delivery events, the assessments). With
 * {@code steerboard.demo.background=true} (the server's default) they run one after the other on one thread after
 * start-up, so the first page answers while they load and pages say "đang nạp dữ liệu mẫu" until they are done.
 * With {@code false} (the tests) each runs where it is called, before the application is ready, so nothing a test
 * reads is still being written.
 */
@Component
class DemoBackground {

    private static final Logger log = LoggerFactory.getLogger(DemoBackground.class);

    private final boolean background;
    private final AtomicInteger pending = new AtomicInteger();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "demo-seeding");
        thread.setDaemon(true);
        return thread;
    });
    private final long createdAt = System.nanoTime();

    DemoBackground(@Value("${steerboard.demo.background:false}") boolean background) {
        this.background = background;
    }

    /** Runs one seeder, now or on the seeding thread after those before it. */
    void run(String name, Runnable seeder) {
        if (!background) {
            seeder.run();
            return;
        }
        pending.incrementAndGet();
        executor.execute(() -> {
            try {
                seeder.run();
            } catch (RuntimeException e) {
                log.error("Demo seeding of {} failed; the rest of the application is not affected", name, e);
            } finally {
                if (pending.decrementAndGet() == 0) {
                    log.info("Demo data complete, {} s after the demo module started",
                            Duration.ofNanos(System.nanoTime() - createdAt).toMillis() / 1000.0);
                }
            }
        });
    }

    /** Whether demo data are still being loaded. */
    boolean loading() {
        return pending.get() > 0;
    }

    /** Waits until every seeder handed over so far has run; false when the time ran out first. */
    boolean awaitLoaded(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (loading()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            // a task queued behind the seeders runs once they are done
            java.util.concurrent.Future<?> marker = executor.submit(() -> { });
            try {
                marker.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                return !loading();
            }
        }
        return true;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
