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
import vn.steerboard.quality.engine.Findings;
import vn.steerboard.quality.engine.Suite;
import vn.steerboard.quality.engine.dictionary.AdministrativeCodes;
import vn.steerboard.quality.engine.dictionary.CitizenId;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.dictionary.Element;
import vn.steerboard.quality.engine.dictionary.Kinds;
import vn.steerboard.quality.engine.dictionary.TaxCode;
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
    /** Checks whose finding kinds are computed in SQL, with their kinds (in test order). */
    private final Map<Check, List<String>> kindChecks = new LinkedHashMap<>();
    private final String aggregateSql;
    private final String fromClause;
    private final boolean unicodeCtype;

    /** True when every column arrives as text (CSV): dates and numbers are compared after a safe cast. */
    private final boolean textSource;

    public ScanPlan(Suite suite, Dialect dialect, String tableExpression, Dictionary dictionary, LocalDate today) {
        this(suite, dialect, tableExpression, dictionary, today, false);
    }

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
        this.textSource = textSource;
        this.suite = suite;
        this.dialect = dialect;
        this.table = tableExpression;
        this.dictionary = dictionary;
        this.today = today;
        this.unicodeCtype = unicodeCtype;
        List<String> columns = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        List<String> kindColumns = new ArrayList<>();
        Map<String, String> referenceJoins = new LinkedHashMap<>();
        columns.add("COUNT(*) AS row_count");
        int i = 0;
        for (Check check : suite.checks()) {
            index.put(check, i);
            if (check.type() == CheckType.SCHEMA || check.type() == CheckType.ROW_COUNT) {
                i++;
                continue;
            }
            List<String> kinds = Kinds.of(check.type(), element(check), check.trim());
            if (!kinds.isEmpty()) {
                String kindCase = kindCase(check, kinds, referenceJoins);
                if (kindCase == null) {
                    javaChecks.add(check);
                } else {
                    kindChecks.put(check, kinds);
                    kindColumns.add(kindCase + " AS q_k" + i);
                    columns.add("COUNT(q_k" + i + ") AS d" + i);
                    for (int j = 1; j <= kinds.size(); j++) {
                        columns.add("SUM(CASE WHEN q_k" + i + " = " + j + " THEN 1 ELSE 0 END) AS f" + i + "_" + j);
                    }
                    for (int j = 1; j <= kinds.size(); j++) {
                        // one example per kind, in the same pass: the smallest failing value (masked at the exit)
                        columns.add("MIN(CASE WHEN q_k" + i + " = " + j + " THEN " + dialect.text(col(check)) + " END) AS x"
                                + i + "_" + j);
                    }
                }
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
                if (hasValueExamples(check)) {
                    String shown = dialect.text(col(check));
                    columns.add("MIN(CASE WHEN " + failure + " THEN " + shown + " END) AS x" + i + "_1");
                    columns.add("MAX(CASE WHEN " + failure + " THEN " + shown + " END) AS x" + i + "_2");
                }
            }
            if (check.type() == CheckType.FRESHNESS) {
                columns.add("MAX(" + typed(dialect.quote(check.column()), "DATE") + ") AS n" + i);
            }
            i++;
        }
        if (kindColumns.isEmpty()) {
            fromClause = table + " src";
        } else {
            // Each row's finding kinds computed once, in a derived table (PostgreSQL would otherwise inline the
            // CASE into every aggregate that reads it: OFFSET 0 keeps it a sub-query scan).
            fromClause = "(SELECT src.*, " + String.join(", ", kindColumns) + " FROM " + table + " src"
                    + String.join("", referenceJoins.values()) + (dialect == Dialect.POSTGRESQL ? " OFFSET 0" : "") + ") src";
        }
        aggregateSql = "SELECT " + String.join(", ", columns) + " FROM " + fromClause
                + joins.stream().map(join -> " CROSS JOIN " + join).collect(Collectors.joining());
    }

    private Element element(Check check) {
        return check.type() == CheckType.DICTIONARY ? dictionary.find(check.element()).orElseThrow() : null;
    }

    private static boolean hasValueExamples(Check check) {
        return check.column() != null && (check.type() == CheckType.ALLOWED_VALUES || check.type() == CheckType.RANGE
                || check.type() == CheckType.FRESHNESS);
    }

    public String aggregateSql() {
        return aggregateSql;
    }

    public List<Check> javaChecks() {
        return javaChecks;
    }

    /** The checks whose finding kinds the aggregate statement counts, with their kinds. */
    public Map<Check, List<String>> kindChecks() {
        return kindChecks;
    }

    /** The columns the Java pass reads: primary key, then each Java check's column and related columns. */
    public List<String> javaPassColumns() {
        Set<String> columns = new LinkedHashSet<>(suite.primaryKey());
        for (Check check : javaChecks) {
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
        return "SELECT " + javaPassColumns().stream().map(dialect::quote).collect(Collectors.joining(", "))
                + " FROM " + table;
    }

    /**
     * The CASE that gives a row's finding kind for the check: NULL when the value is blank (completeness counts
     * it), 0 when it passes, else the 1-based position of the first kind that applies; null when the dialect
     * cannot express one of the rules (the check then runs in the Java pass).
     */
    private String kindCase(Check check, List<String> kinds, Map<String, String> referenceJoins) {
        String raw = dialect.text(col(check));
        String v = check.trim() ? dialect.trimWhitespace(raw) : raw;
        List<String[]> branches = new ArrayList<>(); // {kind, condition}
        if (!check.trim() && check.type() != CheckType.NFC) {
            branches.add(new String[] {Kinds.SURROUNDING_WHITESPACE, dialect.surroundingWhitespace(raw)});
        }
        List<String[]> rules = switch (check.type()) {
            case NFC -> {
                String nfc = dialect.isNfc(raw);
                yield nfc == null ? null : List.<String[]>of(new String[] {Kinds.NOT_NFC, "NOT (" + nfc + ")"});
            }
            case PATTERN -> regexRule(v, check.pattern());
            case DICTIONARY -> dictionaryRules(check, element(check), v, referenceJoins);
            default -> null;
        };
        if (rules == null) {
            return null;
        }
        branches.addAll(rules);
        StringBuilder sql = new StringBuilder("CASE WHEN NOT (" + notBlank(col(check)) + ") THEN NULL");
        for (String[] branch : branches) {
            sql.append(" WHEN ").append(branch[1]).append(" THEN ").append(kinds.indexOf(branch[0]) + 1);
        }
        return sql.append(" ELSE 0 END").toString();
    }

    private List<String[]> regexRule(String v, String regex) {
        String match = dialect.regexMatch(v, regex);
        return match == null ? null : List.<String[]>of(new String[] {Kinds.BAD_FORMAT, "NOT (" + match + ")"});
    }

    private static String in(List<String> values) {
        return "(" + values.stream().sorted().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", ")) + ")";
    }

    /**
     * A test that the text is one of constant codes. DuckDB evaluates an IN list as a chain of comparisons (63
     * codes cost more than a regular expression), so there it is a list lookup.
     */
    private String oneOf(String text, List<String> values, boolean negated) {
        if (dialect == Dialect.DUCKDB) {
            String list = values.stream().sorted().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", "));
            return (negated ? "NOT " : "") + "list_contains([" + list + "], " + text + ")";
        }
        return text + (negated ? " NOT IN " : " IN ") + in(values);
    }

    /** The i-th character (1-based) of a digit string as a number: ASCII arithmetic, never a failing cast. */
    private static String digit(String v, int position) {
        return "(ASCII(SUBSTR(" + v + ", " + position + ", 1)) - 48)";
    }

    private List<String[]> dictionaryRules(Check check, Element element, String v, Map<String, String> referenceJoins) {
        if (element.shapeIsEnough() && element.shape() != null) {
            return regexRule(v, element.shape());
        }
        if (!dialect.structuralRules()) {
            return null;
        }
        String related = check.relatedColumn() == null ? null : dialect.quote(check.relatedColumn());
        String asOf = dialect.date(today.toString());
        String recordDate = related == null ? asOf : "COALESCE(" + typed(related, "DATE") + ", " + asOf + ")";
        String before = recordDate + " < " + dialect.date(AdministrativeCodes.TWO_TIER_START.toString());
        AdministrativeCodes codes = dictionary.codes();
        List<String[]> rules = new ArrayList<>();
        switch (element.name()) {
            case "cccd" -> {
                rules.add(new String[] {Kinds.BAD_FORMAT, "NOT (" + dialect.regexMatch(v, "^[0-9]{12}$") + ")"});
                rules.add(new String[] {Kinds.UNKNOWN_PROVINCE_PREFIX, oneOf("SUBSTR(" + v + ", 1, 3)",
                        new ArrayList<>(CitizenId.PROVINCES), true)});
                String d = digit(v, 4);
                if (related != null) {
                    String birth = typed(related, "DATE");
                    // an integer: PostgreSQL's EXTRACT gives numeric, whose arithmetic is several times slower
                    String year = "CAST(EXTRACT(YEAR FROM " + birth + ") AS INTEGER)";
                    rules.add(new String[] {Kinds.CENTURY_MISMATCH, birth + " IS NOT NULL AND (" + year + " < 1900 OR 50 * ("
                            + d + " - MOD(" + d + ", 2)) <> (" + year + " - 1900) - MOD(" + year + " - 1900, 100))"});
                    rules.add(new String[] {Kinds.YEAR_MISMATCH, birth + " IS NOT NULL AND " + digit(v, 5) + " * 10 + "
                            + digit(v, 6) + " <> MOD(" + year + ", 100)"});
                }
                if (check.genderColumn() != null) {
                    String g = "UPPER(" + dialect.text(dialect.quote(check.genderColumn())) + ")";
                    rules.add(new String[] {Kinds.GENDER_MISMATCH, "(MOD(" + d + ", 2) = 0 AND " + oneOf(g, CitizenId.FEMALE, false)
                            + " OR MOD(" + d + ", 2) = 1 AND " + oneOf(g, CitizenId.MALE, false) + ")"});
                }
            }
            case "mst" -> {
                rules.add(new String[] {Kinds.BAD_FORMAT, "NOT (" + dialect.regexMatch(v, "^[0-9]{10}(-?[0-9]{3})?$") + ")"});
                List<String> terms = new ArrayList<>();
                for (int k = 0; k < 9; k++) {
                    terms.add(TaxCode.CHECK_WEIGHTS[k] + " * " + digit(v, k + 1));
                }
                String remainder = "MOD(" + String.join(" + ", terms) + ", 11)";
                // 10 − (weighted sum mod 11); a remainder of 0 (check digit 10) is never issued
                rules.add(new String[] {Kinds.BAD_CHECK_DIGIT, remainder + " = 0 OR " + digit(v, 10) + " <> 10 - " + remainder});
                rules.add(new String[] {Kinds.BAD_FORMAT, "LENGTH(" + v + ") > 10 AND RIGHT(" + v + ", 3) = '000'"});
            }
            case "person_name" -> {
                String nfc = dialect.isNfc(v);
                String letters = dialect.lettersRegex(unicodeCtype);
                if (nfc == null || letters == null) {
                    return null;
                }
                rules.add(new String[] {Kinds.NOT_NFC, "NOT (" + nfc + ")"});
                rules.add(new String[] {Kinds.DIGITS_IN_NAME, dialect.regexFind(v, "[0-9]")});
                rules.add(new String[] {Kinds.BAD_FORMAT, "NOT (" + dialect.regexMatch(v, letters) + ")"});
            }
            case "province_code" -> {
                rules.add(new String[] {Kinds.BAD_FORMAT, "NOT (" + dialect.regexMatch(v, "^[0-9]{2}$") + ")"});
                String retired = oneOf(v, new ArrayList<>(codes.retiredProvinces().keySet()), false);
                rules.add(new String[] {Kinds.RETIRED, retired + " AND NOT (" + before + ")"});
                rules.add(new String[] {Kinds.UNKNOWN_CODE, "NOT (" + retired + ") AND "
                        + oneOf(v, new ArrayList<>(codes.provincesInForce()), true)});
            }
            case "commune_code", "commune_in_province" -> {
                if (dialect == Dialect.H2) {
                    // H2 joins a VALUES list row by row (no index): constant IN lists, which it hashes, instead
                    String inForce = v + " IN " + in(new ArrayList<>(codes.communeProvinces().keySet()));
                    String legacy = v + " IN " + in(new ArrayList<>(codes.legacyCommunes()));
                    if (element.name().equals("commune_code")) {
                        rules.add(new String[] {Kinds.BAD_FORMAT, "NOT (" + dialect.regexMatch(v, "^[0-9]{5}$") + ")"});
                        rules.add(new String[] {Kinds.RETIRED, "NOT (" + inForce + ") AND " + legacy + " AND NOT (" + before + ")"});
                        rules.add(new String[] {Kinds.UNKNOWN_CODE, "NOT (" + inForce + ") AND NOT (" + legacy + ")"});
                    } else {
                        rules.add(new String[] {Kinds.UNKNOWN_CODE, "NOT (" + inForce + ")"});
                        if (related != null) {
                            String rowProvince = "TRIM(" + dialect.text(related) + ")";
                            List<String> pairs = new ArrayList<>();
                            codes.communeProvinces().forEach((code, province) -> pairs.add(code + "|" + province));
                            rules.add(new String[] {Kinds.COMMUNE_NOT_IN_PROVINCE, rowProvince + " <> '' AND " + v
                                    + " || '|' || " + rowProvince + " NOT IN " + in(pairs)});
                        }
                    }
                    break;
                }
                String ref = communeReference(check, v, referenceJoins);
                if (element.name().equals("commune_code")) {
                    rules.add(new String[] {Kinds.BAD_FORMAT, "NOT (" + dialect.regexMatch(v, "^[0-9]{5}$") + ")"});
                    rules.add(new String[] {Kinds.RETIRED, ref + ".province IS NULL AND " + ref + ".legacy = 1 AND NOT ("
                            + before + ")"});
                    rules.add(new String[] {Kinds.UNKNOWN_CODE, ref + ".code IS NULL"});
                } else {
                    rules.add(new String[] {Kinds.UNKNOWN_CODE, ref + ".province IS NULL"});
                    if (related != null) {
                        String rowProvince = "TRIM(" + dialect.text(related) + ")";
                        rules.add(new String[] {Kinds.COMMUNE_NOT_IN_PROVINCE, rowProvince + " <> '' AND " + rowProvince
                                + " <> " + ref + ".province"});
                    }
                }
            }
            default -> {
                return null; // an element only Java knows
            }
        }
        return rules;
    }

    /**
     * The commune reference list joined into the statement once per checked column: every 2025 commune code with
     * its province, and every pre-2025 code (legacy = 1), as a VALUES list (the scan's connection is read-only, so
     * no temporary table can be created; the list travels inside the one statement).
     */
    private String communeReference(Check check, String v, Map<String, String> referenceJoins) {
        String alias = "ref_" + check.column().toLowerCase(java.util.Locale.ROOT).replace('.', '_') + (check.trim() ? "_t" : "");
        if (!referenceJoins.containsKey(alias)) {
            AdministrativeCodes codes = dictionary.codes();
            java.util.TreeMap<String, String[]> rows = new java.util.TreeMap<>();
            codes.communeProvinces().forEach((code, province) -> rows.put(code, new String[] {"'" + province + "'", "0"}));
            for (String legacy : codes.legacyCommunes()) {
                String[] row = rows.computeIfAbsent(legacy, k -> new String[] {"NULL", "0"});
                row[1] = "1";
            }
            String relation;
            if (dialect == Dialect.DUCKDB) {
                // DuckDB binds a 10,000-row VALUES list slowly (half a second); one text literal split in SQL is instant
                String packed = rows.entrySet().stream().map(e -> e.getKey() + "," + e.getValue()[0].replace("'", "")
                        .replace("NULL", "") + "," + e.getValue()[1]).collect(Collectors.joining(";"));
                relation = "(SELECT split_part(r, ',', 1) AS code, NULLIF(split_part(r, ',', 2), '') AS province,"
                        + " CAST(split_part(r, ',', 3) AS INTEGER) AS legacy FROM (SELECT unnest(string_split('" + packed
                        + "', ';')) AS r)) AS " + alias;
            } else {
                relation = "(VALUES " + rows.entrySet().stream()
                        .map(e -> "('" + e.getKey() + "', " + e.getValue()[0] + ", " + e.getValue()[1] + ")")
                        .collect(Collectors.joining(", ")) + ") AS " + alias + "(code, province, legacy)";
            }
            referenceJoins.put(alias, " LEFT JOIN " + relation + " ON " + alias + ".code = " + v);
        }
        return alias;
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
            case PATTERN, DICTIONARY, NFC -> null; // counted by kind, see kindCase
            case ALLOWED_VALUES -> notBlank(column) + " AND TRIM(" + dialect.text(column) + ") NOT IN ("
                    + check.values().stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", ")) + ")";
            case RANGE -> rangeFailure(check, column);
            case UNIQUENESS -> "1 = 1";
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
        if (kindChecks.containsKey(check)) {
            int i = index.get(check);
            return "SELECT " + keys + ", q_k" + i + ", " + dialect.text(col(check)) + " FROM " + fromClause + " WHERE q_k" + i + " > 0";
        }
        return "SELECT " + keys + " FROM " + table + " src WHERE " + failurePredicate(check);
    }

    /**
     * The finding token of a failing value the statement counted under {@code kind}: the element's own finding
     * when it tells the same kind from the value alone (check digits, retired codes with successors), else the
     * kind's message.
     */
    public String token(Check check, String kind, String value) {
        if (Kinds.SURROUNDING_WHITESPACE.equals(kind)) {
            return Findings.token("whitespace", List.of());
        }
        if (check.type() == CheckType.NFC) {
            return Findings.token("nfc", List.of());
        }
        if (check.type() == CheckType.PATTERN) {
            return Findings.token("pattern.regex", List.of());
        }
        Element element = element(check);
        String tested = check.trim() ? Kinds.trim(value) : value;
        java.util.Optional<Element.Finding> finding = element.problem(tested, null, null);
        if (finding.isPresent() && finding.get().kind().equals(kind)) {
            return Findings.token(finding.get().code(), finding.get().params());
        }
        return switch (kind) {
            case Kinds.CENTURY_MISMATCH -> Findings.token("cccd.century", List.of());
            case Kinds.YEAR_MISMATCH -> Findings.token("cccd.year", List.of());
            case Kinds.GENDER_MISMATCH -> Findings.token("cccd.gender", List.of());
            case Kinds.COMMUNE_NOT_IN_PROVINCE -> Findings.token("commune.other_province",
                    List.of(tested, String.valueOf(dictionary.codes().communeProvinces().get(tested))));
            case Kinds.RETIRED -> Findings.token(element.name().startsWith("province") ? "province.retired" : "commune.retired",
                    List.of(tested, String.join(", ", (element.name().startsWith("province")
                            ? dictionary.codes().retiredProvinces() : dictionary.codes().retiredCommunes())
                            .getOrDefault(tested, List.of()))));
            default -> Findings.token(kind, List.of());
        };
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
        } else if (kindChecks.containsKey(check)) {
            List<String> kinds = kindChecks.get(check);
            Map<String, Long> byKind = new LinkedHashMap<>();
            List<String> shown = new ArrayList<>();
            failed = 0;
            for (int j = 1; j <= kinds.size(); j++) {
                long count = number(row.get("f" + i + "_" + j));
                byKind.put(kinds.get(j - 1), count);
                failed += count;
                Object example = row.get("x" + i + "_" + j);
                if (example != null && shown.size() < maxExamples) {
                    // raw here; the report leaves only through Masking.exit
                    shown.add(example + Findings.SEPARATOR + token(check, kinds.get(j - 1), example.toString()));
                }
            }
            details.put("findings", byKind);
            examples = List.copyOf(shown);
        } else {
            failed = number(row.get("f" + i));
            if (hasValueExamples(check)) {
                List<String> shown = new ArrayList<>();
                for (String key : List.of("x" + i + "_1", "x" + i + "_2")) {
                    Object example = row.get(key);
                    if (example != null && !shown.contains(example.toString()) && shown.size() < maxExamples) {
                        shown.add(example.toString());
                    }
                }
                examples = List.copyOf(shown);
            }
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
