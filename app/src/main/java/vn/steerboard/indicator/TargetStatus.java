package vn.steerboard.indicator;

/**
 * On track / at risk / off track for a target, by a stated rule. With a forecast (3 or more points): on track
 * when even the pessimistic end of the 95% interval reaches the target, off track when even the optimistic end
 * misses it, at risk in between. Without a forecast, from the gap to the planned trajectory today: on track when
 * at or ahead of it, at risk when behind by at most 10% of the baseline-to-target distance, off track beyond.
 */
public enum TargetStatus {
    ON_TRACK, AT_RISK, OFF_TRACK;

    public static TargetStatus of(Polarity polarity, double target, Forecast.Result forecast, double baseline,
            Double current, double trajectoryToday) {
        if (forecast != null) {
            double pessimistic = polarity == Polarity.HIGHER_IS_BETTER ? forecast.low() : forecast.high();
            double optimistic = polarity == Polarity.HIGHER_IS_BETTER ? forecast.high() : forecast.low();
            if (reaches(polarity, pessimistic, target)) {
                return ON_TRACK;
            }
            return reaches(polarity, optimistic, target) ? AT_RISK : OFF_TRACK;
        }
        if (current == null) {
            return OFF_TRACK;
        }
        double behind = polarity == Polarity.HIGHER_IS_BETTER ? trajectoryToday - current : current - trajectoryToday;
        if (behind <= 0) {
            return ON_TRACK;
        }
        return behind <= 0.1 * Math.abs(target - baseline) ? AT_RISK : OFF_TRACK;
    }

    private static boolean reaches(Polarity polarity, double value, double target) {
        return polarity == Polarity.HIGHER_IS_BETTER ? value >= target : value <= target;
    }

    /** Which direction is good for an indicator. */
    public enum Polarity {
        HIGHER_IS_BETTER, LOWER_IS_BETTER
    }
}
