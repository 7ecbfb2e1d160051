package vn.steerboard.quality.engine.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.steerboard.quality.engine.Check;
import vn.steerboard.quality.engine.CheckResult;
import vn.steerboard.quality.engine.CheckType;
import vn.steerboard.quality.engine.Suite;
import vn.steerboard.quality.engine.dictionary.Dictionary;

/**
 * Compiles a suite into one aggregate SELECT over the table: each SQL-expressible check becomes a pair of
 * {@code SUM(CASE …)} columns (denominator, failures), uniqueness a pair of scalar sub-queries over a GROUP BY.
 * Checks the dialect cannot express are listed for the Java pass, which reads only their columns.
 *
 * <p>The parts: {@link AggregateStatement} writes the statement, with {@link CheckPredicates} (checks counted
 * by pass and fail) and {@link KindCases} (checks counted by finding kind, {@link DictionaryRules} and
 * {@link CommuneReference} for the dictionary's elements); {@link AggregateFigures} reads the row it returns,
 * {@link FindingTokens} names what it found.
 */
public final class ScanPlan {

    private final Suite suite;
    private final PlanContext context;
    private final CheckPredicates predicates;
    private final AggregateStatement statement;
    private final AggregateFigures figures;
    private final FindingTokens tokens;
    private final String aggregateSql;
    private final String fromClause;

    public ScanPlan(Suite suite, Dialect dialect, String tableExpression, Dictionary dictionary, LocalDate today) {
        this(suite, dialect, tableExpression, dictionary, today, false);
    }

    /** @param textSource every column arrives as text (CSV): dates and numbers are compared after a safe cast */
    public ScanPlan(Suite suite, Dialect dialect, String tableExpression, Dictionary dictionary, LocalDate today,
            boolean textSource) {
        this(suite, dialect, tableExpression, dictionary, today, textSource, true);
    }

    /**
     * @param today        the scan's as-of date: freshness, not_in_future and codes in force on undated records
     * @param unicodeCtype PostgreSQL only: the database's LC_CTYPE is a UTF-8 locale, so [[:alpha:]] knows
     *                     Vietnamese letters (otherwise the person-name letters rule runs in Java)
     */
    public ScanPlan(Suite suite, Dialect dialect, String tableExpression, Dictionary dictionary, LocalDate today,
            boolean textSource, boolean unicodeCtype) {
        this.suite = suite;
        this.context = new PlanContext(dialect, tableExpression, dictionary, today, textSource, unicodeCtype);
        this.predicates = new CheckPredicates(context);
        this.statement = new AggregateStatement(context, predicates, suite.checks());
        this.tokens = new FindingTokens(context);
        this.figures = new AggregateFigures(statement, tokens, today);
        this.fromClause = statement.fromClause();
        this.aggregateSql = statement.sql();
    }

    public String aggregateSql() {
        return aggregateSql;
    }

    /** The source the statement reads, as the caller named it (a quoted table name, or a reader call). */
    public String tableExpression() {
        return context.table();
    }

    public List<Check> javaChecks() {
        return statement.javaChecks;
    }

    /** The checks whose finding kinds the aggregate statement counts, with their kinds. */
    public Map<Check, List<String>> kindChecks() {
        return statement.kindChecks;
    }

    /** The columns the Java pass reads: primary key, then each Java check's column and related columns. */
    public List<String> javaPassColumns() {
        Set<String> columns = new LinkedHashSet<>(suite.primaryKey());
        for (Check check : statement.javaChecks) {
            columns.addAll(check.columns());
            if (check.relatedColumn() != null) {
                columns.add(check.relatedColumn());
            }
            if (check.genderColumn() != null) {
                columns.add(check.genderColumn());
            }
        }
        return new ArrayList<>(columns);
    }

    public String javaPassSql() {
        return "SELECT " + javaPassColumns().stream().map(context.dialect()::quote).collect(Collectors.joining(", "))
                + " FROM " + context.table();
    }

    /** Primary keys of failing rows, for the local remediation list; null without a primary key. */
    public String remediationSql(Check check) {
        if (suite.primaryKey().isEmpty()) {
            return null;
        }
        Dialect dialect = context.dialect();
        String table = context.table();
        String keys = suite.primaryKey().stream().map(dialect::quote).collect(Collectors.joining(", "));
        if (check.type() == CheckType.UNIQUENESS) {
            String cols = check.columns().stream().map(dialect::quote).collect(Collectors.joining(", "));
            String tuple = check.columns().size() == 1 ? cols : "(" + cols + ")";
            return "SELECT " + keys + " FROM " + table + " WHERE " + predicates.denominator(check) + " AND " + tuple
                    + " IN (SELECT " + cols + " FROM " + table + " WHERE " + predicates.denominator(check)
                    + " GROUP BY " + cols + " HAVING COUNT(*) > 1)";
        }
        if (statement.kindChecks.containsKey(check)) {
            int i = statement.index.get(check);
            return "SELECT " + keys + ", q_k" + i + ", " + dialect.text(context.col(check)) + " FROM " + fromClause
                    + " WHERE q_k" + i + " > 0";
        }
        return "SELECT " + keys + " FROM " + table + " src WHERE " + predicates.failure(check);
    }

    /**
     * The finding token of a failing value the statement counted under {@code kind}: the element's own finding
     * when it tells the same kind from the value alone (check digits, retired codes with successors), else the
     * kind's message.
     */
    public String token(Check check, String kind, String value) {
        return tokens.token(check, kind, value);
    }

    public static String reason(Check check) {
        return switch (check.type()) {
            case COMPLETENESS -> "missing (null or blank)";
            case PATTERN -> "does not match " + check.pattern();
            case ALLOWED_VALUES -> "not one of " + check.values();
            case RANGE -> "out of range";
            case DICTIONARY -> "not a valid " + check.element();
            case UNIQUENESS -> "duplicate " + check.columns();
            case NFC -> "not Unicode NFC";
            case FRESHNESS -> "not updated within " + check.days() + " days";
            case REFERENCE -> "not found in " + check.referenceTable() + "." + check.referenceColumn();
            case EXPRESSION -> "breaks the rule " + check.expression();
            case RECONCILIATION -> "no matching record in " + check.referenceTable() + " on " + check.columns();
            case ROW_COUNT, SCHEMA -> check.type().yamlName();
        };
    }

    /** Reads a SQL-evaluated check's figures out of the aggregate row. */
    public CheckResult sqlResult(Check check, Map<String, Object> row, int maxExamples) {
        return figures.result(check, row, maxExamples);
    }
}
