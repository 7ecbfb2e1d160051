package vn.steerboard.quality.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * One declared check. Which fields matter depends on the type: {@code pattern} for PATTERN, {@code values}
 * for ALLOWED_VALUES, {@code min}/{@code max}/{@code notInFuture} for RANGE, {@code element} for DICTIONARY,
 * {@code days} for FRESHNESS, {@code minRows} for ROW_COUNT, {@code expectedColumns} (and the kinds of those that declare one, {@code expectedTypes}) for SCHEMA.
 *
 * @param trim        pattern and dictionary checks: remove surrounding whitespace before testing (default false: a
 *                    value with leading or trailing whitespace is the finding "surrounding_whitespace")
 * @param genderColumn CCCD checks: the column holding the gender, for the "gender mismatch" finding
 * @param kindGates   a gate per finding kind: the share of values free of that kind must reach it
 * @param capBelow when the pass rate is below this, the criterion score cannot exceed {@code capMax}
 */
public record Check(String id, CheckType type, List<String> columns, Criterion criterion, double importance,
        String pattern, List<String> values, BigDecimal min, BigDecimal max, String minDate, String maxDate,
        boolean notInFuture, String element, String relatedColumn, Integer days, Long minRows,
        List<String> expectedColumns, java.util.Map<String, ColumnType> expectedTypes, Double capBelow, Double capMax, Double gate, String referenceTable,
        String referenceColumn, String expression, boolean trim, String genderColumn,
        java.util.Map<String, Double> kindGates, int line) {

    public String column() {
        return columns.isEmpty() ? null : columns.get(0);
    }
}
