package vn.steerboard.indicator;

import java.util.Comparator;
import java.util.List;

/**
 * How a data element's values combine, over the organisation tree (children into their parent) or over
 * time (periods into a longer one). Missing values are left out, never counted as zero; with no value at all
 * the result is null.
 */
public enum Aggregation {
    SUM, AVERAGE, MIN, MAX, LAST, WEIGHTED_AVERAGE;

    /** A reported value with its weight (the denominator, for weighted averages) and its order in time. */
    public record Value(Double value, double weight, long order) {

        public static Value of(double value) {
            return new Value(value, 1, 0);
        }
    }

    public Double combine(List<Value> values) {
        List<Value> present = values.stream().filter(v -> v.value() != null).toList();
        if (present.isEmpty()) {
            return null;
        }
        return switch (this) {
            case SUM -> present.stream().mapToDouble(Value::value).sum();
            case AVERAGE -> present.stream().mapToDouble(Value::value).average().orElseThrow();
            case MIN -> present.stream().mapToDouble(Value::value).min().orElseThrow();
            case MAX -> present.stream().mapToDouble(Value::value).max().orElseThrow();
            case LAST -> present.stream().max(Comparator.comparingLong(Value::order)).orElseThrow().value();
            case WEIGHTED_AVERAGE -> {
                double weights = present.stream().mapToDouble(Value::weight).sum();
                yield weights == 0 ? null : present.stream().mapToDouble(v -> v.value() * v.weight()).sum() / weights;
            }
        };
    }
}
