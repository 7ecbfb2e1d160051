package vn.steerboard.quality.engine.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import vn.steerboard.quality.engine.dictionary.Element;
import vn.steerboard.quality.engine.expression.RowExpression;

/**
 * Compiles a suite into one aggregate SELECT over the table: each SQL-expressible check becomes a pair of
 * {@code SUM(CASE …)} columns (denominator, failures), uniqueness a pair of scalar sub-queries over a GROUP BY.
 * Checks the dialect cannot express are listed for the Java pass, which reads only their columns.
 */
public final class ScanPlan {

    private final Suite suite;
    private final Dialect dialect;
    private final String table;
    private final Dictionary dictionary;
    private final LocalDate today;
    private final List<Check> javaChecks = new ArrayList<>();
    private final Map<Check, Integer> index = new LinkedHashMap<>();
    private final String aggregateSql;

    /** True when every column arrives as text (CSV): dates and numbers are compared after a safe cast. */
    private final boolean textSource;

    public ScanPlan(Suite suite, Dialect dialect, String tableExpression, Dictionary dictionary, LocalDate today) {
        this(suite, dialect, tableExpression, dictionary, today, false);
    }

    public ScanPlan(Suite suite, Dialect dialect, String tableExpression, Dictionary dictionary, LocalDate today,
            boolean textSource) {
        this.textSource = textSource;
        this.suite = suite;
        this.dialect = dialect;
        this.table = tableExpression;
        this.dictionary = dictionary;
        this.today = today;
        List<String> columns = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        columns.add("COUNT(*) AS row_count");
        int i = 0;
        for (Check check : suite.checks()) {
            index.put(check, i);
            if (check.type() == CheckType.SCHEMA || check.type() == CheckType.ROW_COUNT) {
                i++;
                continue;
            }
            String failure = failurePredicate(check);
            if (failure == null) {
                javaChecks.add(check);
                i++;
                continue;
            }
            columns.add("SUM(CASE WHEN " + denominatorPredicate(check) + " THEN 1 ELSE 0 END) AS d" + i);
            if (check.type() == CheckType.UNIQUENESS) {
                // One GROUP BY per uniqueness check, joined once: duplicate keys, rows involved, one example key.
                String keys = check.columns().stream().map(dialect::quote).collect(Collectors.joining(", "));
                String grouped = "SELECT " + dialect.quote(check.columns().get(0)) + " AS k, COUNT(*) AS c FROM " + table
                        + " WHERE " + denominatorPredicate(check) + " GROUP BY " + keys + " HAVING COUNT(*) > 1";
                joins.add("(SELECT COUNT(*) AS g, COALESCE(SUM(c), 0) AS r, MIN(k) AS e FROM (" + grouped + ") x" + i
                        + ") u" + i);
                columns.add("MAX(u" + i + ".g) AS g" + i);
                columns.add("MAX(u" + i + ".r) AS r" + i);
                columns.add("MAX(u" + i + ".e) AS e" + i);
            } else {
                columns.add("SUM(CASE WHEN " + failure + " THEN 1 ELSE 0 END) AS f" + i);
            }
            if (check.type() == CheckType.FRESHNESS) {
                columns.add("MAX(" + typed(dialect.quote(check.column()), "DATE") + ") AS n" + i);
            }
            i++;
        }
        aggregateSql = "SELECT " + String.join(", ", columns) + " FROM " + table + " src"
                + joins.stream().map(join -> " CROSS JOIN " + join).collect(Collectors.joining());
    }

    public String aggregateSql() {
        return aggregateSql;
    }

    public List<Check> javaChecks() {
        return javaChecks;
    }

    /** The columns the Java pass reads: primary key, then each Java check's column and related column. */
    public List<String> javaPassColumns() {
        Set<String> columns = new LinkedHashSet<>(suite.primaryKey());
        for (Check check : javaChecks) {
            columns.addAll(check.columns());
            if (check.relatedColumn() != null) {
                columns.add(check.relatedColumn());
            }
        }
        return new ArrayList<>(columns);
    }

    public String javaPassSql() {
        return "SELECT " + javaPassColumns().stream().map(dialect::quote).collect(Collectors.joining(", "))
                + " FROM " + table;
    }

    private String col(Check check) {
        return dialect.quote(check.column());
    }

    private String notBlank(String column) {
        return column + " IS NOT NULL AND TRIM(" + dialect.text(column) + ") <> ''";
    }

    /** Which rows a check is measured on; see {@link CheckResult} for the stated denominators. */
    String denominatorPredicate(Check check) {
        return switch (check.type()) {
            case COMPLETENESS -> "1 = 1";
            case RANGE -> col(check) + " IS NOT NULL";
            case FRESHNESS -> typed(col(check), "DATE") + " IS NOT NULL";
            case UNIQUENESS, RECONCILIATION -> check.columns().stream().map(c -> "(" + notBlank(dialect.quote(c)) + ")")
                    .collect(Collectors.joining(" AND "));
            case EXPRESSION -> "1 = 1";
            default -> notBlank(col(check));
        };
    }

    /** The rows failing a check, as SQL; null when only Java can tell. */
    String failurePredicate(Check check) {
        String column = check.column() == null ? null : col(check);
        return switch (check.type()) {
            case COMPLETENESS -> "NOT (" + notBlank(column) + ")";
            case PATTERN -> regexFailure(column, check.pattern());
            case ALLOWED_VALUES -> notBlank(column) + " AND TRIM(" + dialect.text(column) + ") NOT IN ("
                    + check.values().stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", ")) + ")";
            case RANGE -> rangeFailure(check, column);
            case DICTIONARY -> {
                Element element = dictionary.find(check.element()).orElseThrow();
                yield element.shapeIsEnough() && element.shape() != null ? regexFailure(column, element.shape()) : null;
            }
            case UNIQUENESS -> "1 = 1";
            case NFC -> {
                String nfc = dialect.isNfc(dialect.text(column));
                yield nfc == null ? null : notBlank(column) + " AND NOT (" + nfc + ")";
            }
            case FRESHNESS -> typed(column, "DATE") + " IS NOT NULL AND " + typed(column, "DATE") + " < "
                    + dialect.date(today.minusDays(check.days()).toString());
            case REFERENCE -> notBlank(column) + " AND " + column + " NOT IN (SELECT r." + dialect.quote(check.referenceColumn())
                    + " FROM " + dialect.quote(check.referenceTable()) + " r WHERE r." + dialect.quote(check.referenceColumn())
                    + " IS NOT NULL)";
            // a rule that cannot be evaluated (a value missing) is not a failure: completeness counts that
            case EXPRESSION -> "NOT " + RowExpression.parse(check.expression()).sql(dialect);
            case RECONCILIATION -> denominatorPredicate(check) + " AND NOT EXISTS (SELECT 1 FROM "
                    + dialect.quote(check.referenceTable()) + " r WHERE " + check.columns().stream()
                    .map(c -> "r." + dialect.quote(c) + " = src." + dialect.quote(c)).collect(Collectors.joining(" AND ")) + ")";
            case ROW_COUNT, SCHEMA -> null;
        };
    }

    private String regexFailure(String column, String regex) {
        String match = dialect.regexMatch("TRIM(" + dialect.text(column) + ")", regex);
        return match == null ? null : notBlank(column) + " AND NOT (" + match + ")";
    }

    private String typed(String column, String type) {
        return textSource ? "TRY_CAST(" + column + " AS " + type + ")" : column;
    }

    private String rangeFailure(Check check, String raw) {
        boolean dates = check.minDate() != null || check.maxDate() != null || check.notInFuture();
        String column = typed(raw, dates ? "DATE" : "DOUBLE");
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
        if (check.notInFuture() && (maxDate == null || today.toString().compareTo(maxDate) < 0)) {
            maxDate = today.toString();
        }
        if (maxDate != null) {
            outside.add(column + " > " + dialect.date(maxDate));
        }
        return column + " IS NOT NULL AND (" + String.join(" OR ", outside) + ")";
    }

    /** Up to a few failing values, fetched only to be masked; null for checks without value examples. */
    public String examplesSql(Check check) {
        if (check.type() == CheckType.UNIQUENESS) {
            return null; // its example key comes with the aggregate
        }
        String failure = failurePredicate(check);
        if (failure == null || check.type() == CheckType.COMPLETENESS || check.type() == CheckType.EXPRESSION
                || check.type() == CheckType.RECONCILIATION || check.column() == null) {
            return null;
        }
        String shown = check.column() == null ? "1" : col(check);
        return dialect.limit("SELECT " + shown + " FROM " + table + " src WHERE " + failure, 5);
    }

    /** Primary keys of failing rows, for the local remediation list; null without a primary key. */
    public String remediationSql(Check check) {
        if (suite.primaryKey().isEmpty()) {
            return null;
        }
        String keys = suite.primaryKey().stream().map(dialect::quote).collect(Collectors.joining(", "));
        if (check.type() == CheckType.UNIQUENESS) {
            String cols = check.columns().stream().map(dialect::quote).collect(Collectors.joining(", "));
            String tuple = check.columns().size() == 1 ? cols : "(" + cols + ")";
            return "SELECT " + keys + " FROM " + table + " WHERE " + denominatorPredicate(check) + " AND " + tuple
                    + " IN (SELECT " + cols + " FROM " + table + " WHERE " + denominatorPredicate(check)
                    + " GROUP BY " + cols + " HAVING COUNT(*) > 1)";
        }
        return "SELECT " + keys + " FROM " + table + " src WHERE " + failurePredicate(check);
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
    public CheckResult sqlResult(Check check, Map<String, Object> row) {
        int i = index.get(check);
        long total = number(row.get("row_count"));
        if (check.type() == CheckType.ROW_COUNT) {
            long min = check.minRows() == null ? 1 : check.minRows();
            return new CheckResult(check.id(), check.type(), check.columns(), check.criterion(), check.importance(), 1,
                    total < min ? 1 : 0, Map.of("rows", total, "minRows", min), List.of(), "sql");
        }
        long denominator = number(row.get("d" + i));
        Map<String, Object> details = new LinkedHashMap<>();
        List<String> examples = List.of();
        long failed;
        if (check.type() == CheckType.UNIQUENESS) {
            long groups = number(row.get("g" + i));
            long involved = number(row.get("r" + i));
            failed = involved - groups;
            details.put("duplicateKeys", groups);
            details.put("rowsInvolved", involved);
            details.put("surplusRows", failed);
            Object example = row.get("e" + i);
            if (example != null) {
                examples = List.of(example.toString()); // masked at the report's exit
            }
        } else {
            failed = number(row.get("f" + i));
        }
        if (check.type() == CheckType.FRESHNESS) {
            Object newest = row.get("n" + i);
            details.put("newest", newest == null ? null : newest.toString());
            LocalDate newestDay = newest == null ? null : Element.asDate(newest);
            details.put("newestAgeDays", newestDay == null ? null : today.toEpochDay() - newestDay.toEpochDay());
        }
        return new CheckResult(check.id(), check.type(), check.columns(), check.criterion(), check.importance(),
                denominator, failed, details, examples, "sql");
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
