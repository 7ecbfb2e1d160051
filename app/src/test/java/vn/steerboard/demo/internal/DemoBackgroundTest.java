package vn.steerboard.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The demo seeders in the background: they run in the order handed over, pages are told the demo is loading until
 * the last is done, and a seeder that fails does not stop the others. Ordered by latches, never by sleeping.
 */
class DemoBackgroundTest {

    @Test
    void seedersRunInOrderAfterStartUpAndLoadingEndsWithTheLast() throws InterruptedException {
        DemoBackground background = new DemoBackground(true);
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = java.util.Collections.synchronizedList(new ArrayList<>());
        background.run("first", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ran.add("first");
        });
        background.run("failing", () -> {
            throw new IllegalStateException("planted");
        });
        background.run("last", () -> ran.add("last"));
        assertThat(background.loading()).isTrue(); // the first is held: nothing has finished
        assertThat(ran).isEmpty();
        release.countDown();
        assertThat(background.awaitLoaded(Duration.ofMinutes(1))).isTrue();
        assertThat(background.loading()).isFalse();
        assertThat(ran).containsExactly("first", "last");
        background.stop();
    }

    @Test
    void withoutBackgroundEachSeederRunsWhereItIsCalled() throws InterruptedException {
        DemoBackground now = new DemoBackground(false);
        List<String> ran = new ArrayList<>();
        now.run("only", () -> ran.add(Thread.currentThread().getName()));
        assertThat(ran).containsExactly(Thread.currentThread().getName());
        assertThat(now.loading()).isFalse();
        assertThat(now.awaitLoaded(Duration.ZERO)).isTrue();
        now.stop();
    }
}
