package vn.steerboard.programme;

import com.fasterxml.jackson.annotation.JsonProperty;
import vn.steerboard.common.SmallSample;

/**
 * Counts of tasks by status on one day, and the three rates defined in the README:
 * <ul>
 * <li>on-time completion rate = completed on time ÷ due, where due = deadline passed or completed
 * (the Government Office's definition);</li>
 * <li>completion rate = completed ÷ due;</li>
 * <li>on-schedule rate = (completed on time + in progress within deadline) ÷ (started or due).</li>
 * </ul>
 * A rate with a zero denominator is null, not zero: there is nothing to measure yet. Leagues rank on
 * {@link #onTimeRankingScore()}, the on-time rate's small-sample lower bound.
 */
public record StatusCounts(long completedOnTime, long completedLate, long inProgress, long overdue, long notStarted,
        long overdueDays) {

    public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0, 0, 0);

    @JsonProperty
    public long total() {
        return completedOnTime + completedLate + inProgress + overdue + notStarted;
    }

    @JsonProperty
    public long completed() {
        return completedOnTime + completedLate;
    }

    @JsonProperty
    public long due() {
        return completed() + overdue;
    }

    @JsonProperty
    public long startedOrDue() {
        return completed() + overdue + inProgress;
    }

    @JsonProperty
    public Double onTimeRate() {
        return ratio(completedOnTime, due());
    }

    /** The lower bound of the 95% Wilson interval of the on-time rate, in percent: what leagues rank on. */
    @JsonProperty
    public Double onTimeRankingScore() {
        return SmallSample.wilsonLowerBoundPercent(completedOnTime, due());
    }

    @JsonProperty
    public Double completionRate() {
        return ratio(completed(), due());
    }

    @JsonProperty
    public Double onScheduleRate() {
        return ratio(completedOnTime + inProgress, startedOrDue());
    }

    /** Mean days past the deadline of the tasks overdue on the day; null when none is overdue. */
    @JsonProperty
    public Double averageDaysOverdue() {
        return overdue == 0 ? null : (double) overdueDays / overdue;
    }

    public long count(TaskStatus status) {
        return switch (status) {
            case COMPLETED_ON_TIME -> completedOnTime;
            case COMPLETED_LATE -> completedLate;
            case IN_PROGRESS -> inProgress;
            case OVERDUE -> overdue;
            case NOT_STARTED -> notStarted;
        };
    }

    public StatusCounts plus(StatusCounts other) {
        return new StatusCounts(completedOnTime + other.completedOnTime, completedLate + other.completedLate,
                inProgress + other.inProgress, overdue + other.overdue, notStarted + other.notStarted,
                overdueDays + other.overdueDays);
    }

    /** Percent with one decimal, as reports print it. */
    private static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : Math.round(1000.0 * numerator / denominator) / 10.0;
    }
}
