package vn.steerboard.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The Wilson bound against hand-computed values: (p + z²/2n − z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n), z = 1,96. */
class SmallSampleTest {

    @Test
    void aSmallPerfectRecordRanksBelowALargeNearlyPerfectOne() {
        assertThat(SmallSample.wilsonLowerBound(13, 13)).isCloseTo(0.7719, within(1e-4));
        assertThat(SmallSample.wilsonLowerBound(55, 59)).isCloseTo(0.8382, within(1e-4));
        assertThat(SmallSample.wilsonLowerBoundPercent(13, 13)).isEqualTo(77.2);
        assertThat(SmallSample.wilsonLowerBoundPercent(55, 59)).isEqualTo(83.8);
    }

    @Test
    void theBoundIsBelowTheRateAndRisesWithTheSample() {
        assertThat(SmallSample.wilsonLowerBound(1, 2)).isCloseTo(0.0945, within(1e-4));
        assertThat(SmallSample.wilsonLowerBound(50, 100)).isLessThan(0.5).isGreaterThan(SmallSample.wilsonLowerBound(5, 10));
        assertThat(SmallSample.wilsonLowerBound(0, 10)).isEqualTo(0.0);
    }

    @Test
    void nothingToMeasureIsNotZero() {
        assertThat(SmallSample.wilsonLowerBound(0, 0)).isNaN();
        assertThat(SmallSample.wilsonLowerBoundPercent(0, 0)).isNull();
        assertThatThrownBy(() -> SmallSample.wilsonLowerBound(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
