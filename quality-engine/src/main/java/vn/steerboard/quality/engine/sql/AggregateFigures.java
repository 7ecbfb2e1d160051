package vn.steerboard.quality.engine.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.steerboard.quality.engine.Check;
import vn.steerboard.quality.engine.CheckResult;
import vn.steerboard.quality.engine.CheckType;
import vn.steerboard.quality.engine.Findings;
import vn.steerboard.quality.engine.dictionary.Element;

/** Reads a SQL-evaluated check's figures out of the aggregate row (columns named as in {@link AggregateStatement}). */
final class AggregateFigures {

    private final AggregateStatement statement;
    private final FindingTokens tokens;
    private final LocalDate today;

    AggregateFigures(AggregateStatement statement, FindingTokens tokens, LocalDate today) {
        this.statement = statement;
        this.tokens = tokens;
        this.today = today;
    }

    /** What one check's columns say; {@code failed}, {@code details} and {@code examples} filled by the kind. */
    private static final class Figures {
        long failed;
        final Map<String, Object> details = new LinkedHashMap<>();
        List<String> examples = List.of();
    }

    CheckResult result(Check check, Map<String, Object> row, int maxExamples) {
        int i = statement.index.get(check);
        long total = number(row.get("row_count"));
        if (check.type() == CheckType.ROW_COUNT) {
            long min = check.minRows() == null ? 1 : check.minRows();
            return new CheckResult(check.id(), check.type(), check.columns(), check.criterion(), check.importance(), 1,
                    total < min ? 1 : 0, Map.of("rows", total, "minRows", min), List.of(), "sql");
        }
        long denominator = number(row.get("d" + i));
        Figures figures = new Figures();
        if (check.type() == CheckType.UNIQUENESS) {
            duplicates(row, i, figures);
        } else if (statement.kindChecks.containsKey(check)) {
            byKind(check, row, i, maxExamples, figures);
        } else {
            failures(check, row, i, maxExamples, figures);
        }
        if (check.type() == CheckType.FRESHNESS) {
            newest(row, i, figures.details);
        }
        return new CheckResult(check.id(), check.type(), check.columns(), check.criterion(), check.importance(),
                denominator, figures.failed, figures.details, figures.examples, "sql");
    }

    private static void duplicates(Map<String, Object> row, int i, Figures figures) {
        long groups = number(row.get("g" + i));
        long involved = number(row.get("r" + i));
        figures.failed = involved - groups;
        figures.details.put("duplicateKeys", groups);
        figures.details.put("rowsInvolved", involved);
        figures.details.put("surplusRows", figures.failed);
        Object example = row.get("e" + i);
        if (example != null) {
            figures.examples = List.of(example.toString()); // masked at the report's exit
        }
    }

    private void byKind(Check check, Map<String, Object> row, int i, int maxExamples, Figures figures) {
        List<String> kinds = statement.kindChecks.get(check);
        Map<String, Long> byKind = new LinkedHashMap<>();
        List<String> shown = new ArrayList<>();
        for (int j = 1; j <= kinds.size(); j++) {
            long count = number(row.get("f" + i + "_" + j));
            byKind.put(kinds.get(j - 1), count);
            figures.failed += count;
            Object example = row.get("x" + i + "_" + j);
            if (example != null && shown.size() < maxExamples) {
                // raw here; the report leaves only through Masking.exit
                shown.add(example + Findings.SEPARATOR + tokens.token(check, kinds.get(j - 1), example.toString()));
            }
        }
        figures.details.put("findings", byKind);
        figures.examples = List.copyOf(shown);
    }

    private static void failures(Check check, Map<String, Object> row, int i, int maxExamples, Figures figures) {
        figures.failed = number(row.get("f" + i));
        if (CheckPredicates.hasValueExamples(check)) {
            List<String> shown = new ArrayList<>();
            for (String key : List.of("x" + i + "_1", "x" + i + "_2")) {
                Object example = row.get(key);
                if (example != null && !shown.contains(example.toString()) && shown.size() < maxExamples) {
                    shown.add(example.toString());
                }
            }
            figures.examples = List.copyOf(shown);
        }
    }

    private void newest(Map<String, Object> row, int i, Map<String, Object> details) {
        Object newest = row.get("n" + i);
        details.put("newest", newest == null ? null : newest.toString());
        LocalDate newestDay = newest == null ? null : Element.asDate(newest);
        details.put("newestAgeDays", newestDay == null ? null : today.toEpochDay() - newestDay.toEpochDay());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
