package vn.steerboard.quality.engine.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.steerboard.quality.engine.Check;
import vn.steerboard.quality.engine.CheckType;
import vn.steerboard.quality.engine.dictionary.Kinds;

/**
 * Compiles a suite's checks into one aggregate SELECT over the table. Check number i gets: {@code d<i>} (its
 * denominator) and {@code f<i>} (its failures), or {@code f<i>_<j>} per finding kind j; {@code x<i>_<j>} examples;
 * {@code g/r/e<i>} for a uniqueness check's groups, rows and example key; {@code n<i>} the newest date of a
 * freshness check. Checks the dialect cannot express are left for the Java pass.
 */
final class AggregateStatement {

    private final PlanContext context;
    private final Dialect dialect;
    private final CheckPredicates predicates;
    private final KindCases kindCases;

    private final List<String> columns = new ArrayList<>();
    private final List<String> joins = new ArrayList<>();
    private final List<String> kindColumns = new ArrayList<>();
    private final Map<String, String> referenceJoins = new LinkedHashMap<>();
    final Map<Check, Integer> index = new LinkedHashMap<>();
    final List<Check> javaChecks = new ArrayList<>();
    /** Checks whose finding kinds are computed in SQL, with their kinds (in test order). */
    final Map<Check, List<String>> kindChecks = new LinkedHashMap<>();

    AggregateStatement(PlanContext context, CheckPredicates predicates, List<Check> checks) {
        this.context = context;
        this.dialect = context.dialect();
        this.predicates = predicates;
        this.kindCases = new KindCases(context);
        columns.add("COUNT(*) AS row_count");
        int i = 0;
        for (Check check : checks) {
            index.put(check, i);
            if (check.type() != CheckType.SCHEMA && check.type() != CheckType.ROW_COUNT) {
                add(check, i);
            }
            i++;
        }
    }

    private void add(Check check, int i) {
        List<String> kinds = Kinds.of(check.type(), context.element(check), check.trim());
        if (!kinds.isEmpty()) {
            addByKind(check, i, kinds);
            return;
        }
        String failure = predicates.failure(check);
        if (failure == null) {
            javaChecks.add(check);
            return;
        }
        columns.add(dialect.countWhere(predicates.denominator(check)) + " AS d" + i);
        if (check.type() == CheckType.UNIQUENESS) {
            addDuplicates(check, i);
        } else {
            addFailures(check, i, failure);
        }
        if (check.type() == CheckType.FRESHNESS) {
            columns.add("MAX(" + context.typed(dialect.quote(check.column()), "DATE") + ") AS n" + i);
        }
    }

    private void addByKind(Check check, int i, List<String> kinds) {
        String kindCase = kindCases.kindCase(check, kinds, referenceJoins);
        if (kindCase == null) {
            javaChecks.add(check);
            return;
        }
        kindChecks.put(check, kinds);
        kindColumns.add(kindCase + " AS q_k" + i);
        columns.add("COUNT(q_k" + i + ") AS d" + i);
        for (int j = 1; j <= kinds.size(); j++) {
            columns.add(dialect.countWhere("q_k" + i + " = " + j) + " AS f" + i + "_" + j);
        }
        for (int j = 1; j <= kinds.size(); j++) {
            // one example per kind, in the same pass: the smallest failing value (masked at the exit)
            columns.add(dialect.extremeWhere("MIN", dialect.text(context.col(check)), "q_k" + i + " = " + j) + " AS x"
                    + i + "_" + j);
        }
    }

    /** One GROUP BY per uniqueness check, joined once: duplicate keys, rows involved, one example key. */
    private void addDuplicates(Check check, int i) {
        String keys = check.columns().stream().map(dialect::quote).collect(Collectors.joining(", "));
        String grouped = "SELECT " + dialect.quote(check.columns().get(0)) + " AS k, COUNT(*) AS c FROM " + context.table()
                + " WHERE " + predicates.denominator(check) + " GROUP BY " + keys + " HAVING COUNT(*) > 1";
        joins.add("(SELECT COUNT(*) AS g, COALESCE(SUM(c), 0) AS r, MIN(k) AS e FROM (" + grouped + ") x" + i
                + ") u" + i);
        columns.add("MAX(u" + i + ".g) AS g" + i);
        columns.add("MAX(u" + i + ".r) AS r" + i);
        columns.add("MAX(u" + i + ".e) AS e" + i);
    }

    private void addFailures(Check check, int i, String failure) {
        columns.add(dialect.countWhere(failure) + " AS f" + i);
        if (CheckPredicates.hasValueExamples(check)) {
            String shown = dialect.text(context.col(check));
            columns.add(dialect.extremeWhere("MIN", shown, failure) + " AS x" + i + "_1");
            columns.add(dialect.extremeWhere("MAX", shown, failure) + " AS x" + i + "_2");
        }
    }

    /** The table, or the derived table that adds each row's finding kinds (and the reference joins they read). */
    String fromClause() {
        if (kindColumns.isEmpty()) {
            return context.table() + " src";
        }
        // Each row's finding kinds computed once, in a derived table (PostgreSQL would otherwise inline the
        // CASE into every aggregate that reads it: OFFSET 0 keeps it a sub-query scan).
        return "(SELECT src.*, " + String.join(", ", kindColumns) + " FROM " + context.table() + " src"
                + String.join("", referenceJoins.values()) + (dialect == Dialect.POSTGRESQL ? " OFFSET 0" : "") + ") src";
    }

    String sql() {
        return "SELECT " + String.join(", ", columns) + " FROM " + fromClause()
                + joins.stream().map(join -> " CROSS JOIN " + join).collect(Collectors.joining());
    }
}
