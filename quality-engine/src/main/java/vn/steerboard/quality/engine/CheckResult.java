package vn.steerboard.quality.engine;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one check, recomputable from its numbers: {@code passRate = (denominator − failed) ÷ denominator}.
 * Denominators: all rows for completeness and row count; non-blank values for pattern, allowed values,
 * dictionary and NFC (a null is counted once, by completeness, never also as invalid); non-null values for
 * range and freshness; rows with every key column present for uniqueness, where {@code failed} is the surplus
 * rows (rows beyond the first of each duplicated key) and {@code details.rowsInvolved} all rows sharing a key.
 */
public record CheckResult(String id, CheckType type, List<String> columns, Criterion criterion, double importance,
        long denominator, long failed, Map<String, Object> details, List<String> examples, String evaluatedBy) {

    public double passRate() {
        return denominator == 0 ? 1.0 : (double) (denominator - failed) / denominator;
    }
}
