package vn.steerboard.analytics.internal;

import vn.steerboard.analytics.Contribution;
import vn.steerboard.indicator.Aggregation;

/** One roll-up row: the running totals from which every tree aggregation is read. */
public final class RollupTotals {
    long count;
    double sum;
    double weightSum;
    double weightedSum;
    Double min;
    Double max;
    Double last;
    Long lastSeq;
    boolean repair;

    public Double value(Aggregation aggregation) {
        if (count <= 0) {
            return null;
        }
        return switch (aggregation) {
            case SUM -> sum;
            case AVERAGE -> sum / count;
            case MIN -> min;
            case MAX -> max;
            case LAST -> last;
            case WEIGHTED_AVERAGE -> weightSum == 0 ? null : weightedSum / weightSum;
        };
    }

    /** Counts a value in ({@code sign} 1) or out (-1); taking out an extreme marks the row for repair. */
    void add(Contribution c, int sign, Aggregation aggregation) {
        count += sign;
        sum += sign * c.value();
        weightSum += sign * c.weight();
        weightedSum += sign * c.value() * c.weight();
        if (sign > 0) {
            if (aggregation == Aggregation.MIN) {
                min = min == null ? c.value() : Math.min(min, c.value());
            } else if (aggregation == Aggregation.MAX) {
                max = max == null ? c.value() : Math.max(max, c.value());
            } else if (aggregation == Aggregation.LAST && (lastSeq == null || c.seq() > lastSeq)) {
                last = c.value();
                lastSeq = c.seq();
            }
        } else if ((aggregation == Aggregation.MIN && min != null && c.value() <= min)
                || (aggregation == Aggregation.MAX && max != null && c.value() >= max)
                || (aggregation == Aggregation.LAST && lastSeq != null && c.seq() >= lastSeq)) {
            repair = true;
        }
    }
}
