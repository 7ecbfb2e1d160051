package vn.steerboard.analytics;

import java.time.LocalDate;
import java.util.List;
import vn.steerboard.indicator.Forecast;
import vn.steerboard.indicator.HumanRating;
import vn.steerboard.indicator.TargetStatus;
import vn.steerboard.indicator.TargetView;

/**
 * One indicator for one unit as of a day: current value, target, progress, trajectory gap, forecast at the
 * deadline, computed status, the human rating beside it, and the unit's rank among its peers (official values).
 *
 * @param progressPercent     (current − baseline) ÷ (target − baseline) × 100
 * @param gapToTrajectory     current minus the planned value at the current period's end; positive is ahead when
 *                            higher is better
 * @param includesUnapproved  the current value counts values not yet approved (shown only to the unit and above)
 */
public record IndicatorProgress(String indicatorCode, String nameVi, String nameEn, String unitLabel, int decimals,
        TargetStatus.Polarity polarity, String unitCode, Double current, String currentPeriod, LocalDate currentPeriodEnd,
        boolean includesUnapproved, TargetView target, Double progressPercent, Double trajectoryValue,
        Double gapToTrajectory, Forecast.Result forecast, TargetStatus status, HumanRating rating, Integer rank,
        Integer peers, List<PeriodValue> series) {

    public record PeriodValue(String period, LocalDate end, Double value) {
    }

    /** The same progress placed in its league: its rank among {@code peers}, and whether it counts unapproved values. */
    public IndicatorProgress withRank(boolean pending, Integer rank, int peers) {
        return new IndicatorProgress(indicatorCode, nameVi, nameEn, unitLabel, decimals, polarity, unitCode, current,
                currentPeriod, currentPeriodEnd, pending, target, progressPercent, trajectoryValue, gapToTrajectory, forecast,
                status, rating, rank, peers == 0 ? null : peers, series);
    }

    public String name(boolean english) {
        return english ? nameEn : nameVi;
    }
}
