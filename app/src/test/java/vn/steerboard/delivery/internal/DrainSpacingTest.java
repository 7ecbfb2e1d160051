package vn.steerboard.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * How much longer a background drain of the indicator values waits: none for a few months (they cost next to
 * nothing), and for many, until ten times what they are expected to take has passed since the last drain started
 * (the drains take a tenth of the time at most), but a minute at most whatever they would take.
 */
class DrainSpacingTest {

    /** What a month took in the last drain: 1.1 s for 10,000. */
    private static final Duration PER_MONTH = Duration.ofNanos(110_000);

    @Test
    void aFewMonthsWaitForNothing() {
        assertThat(stillToWait(Duration.ofSeconds(5), 20)).isZero();
        assertThat(stillToWait(Duration.ofMillis(10), 1)).isZero();
    }

    @Test
    void manyMonthsWaitTillTenTimesTheirExpectedTimeSinceTheLastDrainStarted() {
        // 10,000 months: 1.1 s expected, so no sooner than 11 s after the last drain started
        assertThat(stillToWait(Duration.ofSeconds(5), 10_000)).isEqualTo(Duration.ofSeconds(6));
        assertThat(stillToWait(Duration.ofSeconds(11), 10_000)).isZero();
    }

    @Test
    void aMinuteAtMostHoweverManyWait() {
        assertThat(stillToWait(Duration.ofSeconds(5), 1_000_000)).isEqualTo(Duration.ofSeconds(55));
        assertThat(stillToWait(Duration.ofMinutes(1), 1_000_000)).isZero();
    }

    @Test
    void nothingToGoByWhenNoDrainHasRecordedYet() {
        assertThat(Duration.ofNanos(DrainSchedule.stillToWait(0, 0, 10_000))).isZero();
    }

    private static Duration stillToWait(Duration sinceLastStart, long months) {
        return Duration.ofNanos(DrainSchedule.stillToWait(sinceLastStart.toNanos(), PER_MONTH.toNanos(), months));
    }
}
