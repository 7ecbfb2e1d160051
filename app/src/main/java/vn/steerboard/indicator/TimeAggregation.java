package vn.steerboard.indicator;

import java.util.List;
import java.util.Objects;

/**
 * How a data element's values for consecutive periods combine into a longer period: counts of events add up
 * (dossiers received), stock figures take the latest period (hospitals using electronic records), rates average.
 */
public enum TimeAggregation {
    SUM, LAST, AVERAGE;

    /** Values in time order; missing periods (null) are left out, and none at all gives null. */
    public Double combine(List<Double> valuesInOrder) {
        List<Double> present = valuesInOrder.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        return switch (this) {
            case SUM -> present.stream().mapToDouble(Double::doubleValue).sum();
            case LAST -> present.get(present.size() - 1);
            case AVERAGE -> present.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        };
    }
}
