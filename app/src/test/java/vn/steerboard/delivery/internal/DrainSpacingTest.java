package vn.steerboard.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * When the next background drain of the indicator values comes: a moment after a batch when the drains are rare, no
 * sooner than the interval after the last one started, and, after a long drain, no sooner than ten times its length
 * after it started (the drains take a tenth of the time at most), but within a minute whatever it took.
 */
class DrainSpacingTest {

    private static final Duration DELAY = Duration.ofSeconds(1);
    private static final Duration INTERVAL = Duration.ofSeconds(5);

    @Test
    void aMomentAfterABatchWhenTheLastDrainIsLongPast() {
        assertThat(wait(Duration.ofMinutes(3), Duration.ofMillis(20))).isEqualTo(DELAY);
    }

    @Test
    void noSoonerThanTheIntervalAfterTheLastShortDrainStarted() {
        assertThat(wait(Duration.ofSeconds(2), Duration.ofMillis(20))).isEqualTo(Duration.ofSeconds(3));
        assertThat(wait(Duration.ofMillis(4_500), Duration.ofMillis(20))).isEqualTo(DELAY);
    }

    @Test
    void afterALongDrainTenTimesItsLengthFromItsStart() {
        // 1.2 s for 10,000 months: the next no sooner than 12 s after it started
        assertThat(wait(Duration.ofMillis(1_200), Duration.ofMillis(1_200))).isEqualTo(Duration.ofMillis(10_800));
        assertThat(wait(Duration.ofSeconds(11), Duration.ofMillis(1_200))).isEqualTo(DELAY);
    }

    @Test
    void withinAMinuteHoweverLongTheLastDrainTook() {
        assertThat(wait(Duration.ofSeconds(30), Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(wait(Duration.ofSeconds(60), Duration.ofMinutes(5))).isEqualTo(DELAY);
    }

    private static Duration wait(Duration sinceLastStart, Duration lastTook) {
        return Duration.ofNanos(IndicatorValuesDrain.wait(DELAY, INTERVAL, sinceLastStart.toNanos(), lastTook.toNanos()));
    }
}
