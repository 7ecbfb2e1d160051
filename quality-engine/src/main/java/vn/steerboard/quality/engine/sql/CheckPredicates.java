package vn.steerboard.quality.engine.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.steerboard.quality.engine.Check;
import vn.steerboard.quality.engine.CheckResult;
import vn.steerboard.quality.engine.CheckType;
import vn.steerboard.quality.engine.expression.RowExpression;

/** For a check counted by pass and fail (not by kind): the rows it is measured on and the rows that fail it. */
final class CheckPredicates {

    private final PlanContext context;
    private final Dialect dialect;

    CheckPredicates(PlanContext context) {
        this.context = context;
        this.dialect = context.dialect();
    }

    /** Checks whose smallest and largest failing values are shown as examples. */
    static boolean hasValueExamples(Check check) {
        return check.column() != null && (check.type() == CheckType.ALLOWED_VALUES || check.type() == CheckType.RANGE
                || check.type() == CheckType.FRESHNESS);
    }

    /** Which rows a check is measured on; see {@link CheckResult} for the stated denominators. */
    String denominator(Check check) {
        return switch (check.type()) {
            case COMPLETENESS -> "1 = 1";
            case RANGE -> context.col(check) + " IS NOT NULL";
            case FRESHNESS -> context.typed(context.col(check), "DATE") + " IS NOT NULL";
            case UNIQUENESS, RECONCILIATION -> check.columns().stream()
                    .map(c -> "(" + context.notBlank(dialect.quote(c)) + ")").collect(Collectors.joining(" AND "));
            case EXPRESSION -> "1 = 1";
            default -> context.notBlank(context.col(check));
        };
    }

    /** The rows failing a check, as SQL; null when only Java can tell. */
    String failure(Check check) {
        String column = check.column() == null ? null : context.col(check);
        return switch (check.type()) {
            case COMPLETENESS -> "NOT (" + context.notBlank(column) + ")";
            case PATTERN, DICTIONARY, NFC -> null; // counted by kind, see KindCases
            case ALLOWED_VALUES -> context.notBlank(column) + " AND TRIM(" + dialect.text(column) + ") NOT IN ("
                    + check.values().stream().map(dialect::literal).collect(Collectors.joining(", ")) + ")";
            case RANGE -> rangeFailure(check, column);
            case UNIQUENESS -> "1 = 1";
            case FRESHNESS -> context.typed(column, "DATE") + " IS NOT NULL AND " + context.typed(column, "DATE") + " < "
                    + dialect.date(context.today().minusDays(check.days()).toString());
            case REFERENCE -> referenceFailure(check, column);
            // a rule that cannot be evaluated (a value missing) is not a failure: completeness counts that
            case EXPRESSION -> "NOT " + RowExpression.parse(check.expression()).sql(dialect);
            case RECONCILIATION -> denominator(check) + " AND NOT EXISTS (SELECT 1 FROM "
                    + dialect.quote(check.referenceTable()) + " r WHERE " + check.columns().stream()
                    .map(c -> "r." + dialect.quote(c) + " = src." + dialect.quote(c)).collect(Collectors.joining(" AND ")) + ")";
            case ROW_COUNT, SCHEMA -> null;
        };
    }

    private String referenceFailure(Check check, String column) {
        String referenceColumn = dialect.quote(check.referenceColumn());
        return context.notBlank(column) + " AND " + column + " NOT IN (SELECT r." + referenceColumn
                + " FROM " + dialect.quote(check.referenceTable()) + " r WHERE r." + referenceColumn + " IS NOT NULL)";
    }

    private String rangeFailure(Check check, String raw) {
        boolean dates = check.minDate() != null || check.maxDate() != null || check.notInFuture();
        String column = context.typed(raw, dates ? "DATE" : "DOUBLE");
        List<String> outside = new ArrayList<>();
        if (check.min() != null) {
            outside.add(column + " < " + check.min().toPlainString());
        }
        if (check.max() != null) {
            outside.add(column + " > " + check.max().toPlainString());
        }
        if (check.minDate() != null) {
            outside.add(column + " < " + dialect.date(check.minDate()));
        }
        String maxDate = check.maxDate();
        String today = context.today().toString();
        if (check.notInFuture() && (maxDate == null || today.compareTo(maxDate) < 0)) {
            maxDate = today;
        }
        if (maxDate != null) {
            outside.add(column + " > " + dialect.date(maxDate));
        }
        return column + " IS NOT NULL AND (" + String.join(" OR ", outside) + ")";
    }
}
