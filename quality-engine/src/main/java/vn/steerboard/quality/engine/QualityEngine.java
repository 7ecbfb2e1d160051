package vn.steerboard.quality.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.sql.Dialect;
import vn.steerboard.quality.engine.sql.ScanPlan;

/**
 * Runs a suite where the data is: one aggregate SQL statement per table pushed to the source, plus one
 * streaming pass in Java only for checks the dialect cannot express. Only counts, ratios and masked examples
 * come back; the failing rows themselves go, on request, to a local remediation writer and nowhere else.
 */
public final class QualityEngine {

    private final Dictionary dictionary;
    private final Clock clock;

    public QualityEngine(Dictionary dictionary, Clock clock) {
        this.dictionary = dictionary;
        this.clock = clock;
    }

    /** Options of one scan. {@code remediation} receives "primary key, check, reason" lines; may be null. */
    public record Options(Writer remediation, Consumer<String> progress, int maxExamples, int statementTimeoutSeconds,
            LocalDate asOf, RowProgress rowProgress) {

        public Options {
            rowProgress = rowProgress == null ? RowProgress.NONE : rowProgress;
        }

        public Options(Writer remediation, Consumer<String> progress, int maxExamples) {
            this(remediation, progress, maxExamples, 0, null);
        }

        public Options(Writer remediation, Consumer<String> progress, int maxExamples, int statementTimeoutSeconds) {
            this(remediation, progress, maxExamples, statementTimeoutSeconds, null);
        }

        public Options(Writer remediation, Consumer<String> progress, int maxExamples, int statementTimeoutSeconds,
                LocalDate asOf) {
            this(remediation, progress, maxExamples, statementTimeoutSeconds, asOf, RowProgress.NONE);
        }

        /** The same options with a fixed as-of date (null: today in Vietnam). */
        public Options asOf(LocalDate date) {
            return new Options(remediation, progress, maxExamples, statementTimeoutSeconds, date, rowProgress);
        }

        /** The same options reporting rows read as the scan goes (a progress bar). */
        public Options rows(RowProgress rows) {
            return new Options(remediation, progress, maxExamples, statementTimeoutSeconds, asOf, rows);
        }

        public static Options defaults() {
            return new Options(null, message -> { }, 5);
        }
    }

    /** Scans a table over JDBC. The connection's database decides the dialect. */
    public ScanReport scan(Suite suite, Connection connection, String sourceDescription, Options options) {
        try {
            Dialect dialect = Dialect.fromProductName(connection.getMetaData().getDatabaseProductName());
            return scan(suite, connection, dialect, dialect.quote(suite.table()), sourceDescription, options, false);
        } catch (SQLException e) {
            throw new ScanException("Could not read the database's metadata: " + SqlErrors.describe(e), e);
        }
    }

    /** Scans a CSV or Parquet file in place with an embedded DuckDB. */
    public ScanReport scanFile(Suite suite, Path file, Options options) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String path = file.toAbsolutePath().toString().replace("'", "''");
        String table = name.endsWith(".parquet") ? "read_parquet('" + path + "')"
                : name.endsWith(".csv") || name.endsWith(".csv.gz") ? "read_csv('" + path + "', header = true, all_varchar = true, allow_quoted_nulls = false)"
                : null;
        if (table == null) {
            throw new ScanException("Unsupported file type: " + file.getFileName() + " (use .csv or .parquet)", null);
        }
        if (!java.nio.file.Files.isReadable(file)) {
            throw new ScanException("Cannot read " + file.getFileName(), null);
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            // The file is the only thing DuckDB may touch: no other path, no extension, and the settings locked.
            try (Statement lock = duck.createStatement()) {
                lock.execute("SET autoinstall_known_extensions = false");
                lock.execute("SET autoload_known_extensions = false");
                lock.execute("SET allowed_paths = ['" + path + "']");
                lock.execute("SET enable_external_access = false");
            if (options.rowProgress() != RowProgress.NONE) {
                // DuckDB tracks a statement's progress only with its progress bar on; it prints nothing here
                lock.execute("SET enable_progress_bar = true");
                lock.execute("SET enable_progress_bar_print = false");
            }
                lock.execute("SET lock_configuration = true");
            }
            // CSV columns are read as text, so codes keep their leading zeros; dates are cast where compared.
            return scan(suite, duck, Dialect.DUCKDB, table, file.getFileName().toString(), options,
                    table.startsWith("read_csv"));
        } catch (SQLException e) {
            throw new ScanException("DuckDB could not open " + file.getFileName() + ": " + SqlErrors.describe(e), e);
        }
    }

    private ScanReport scan(Suite suite, Connection connection, Dialect dialect, String tableExpression,
            String source, Options options, boolean textSource) {
        long started = System.nanoTime();
        LocalDate today = options.asOf() != null ? options.asOf() : LocalDate.now(clock.withZone(VIETNAM));
        Dictionary dictionary = this.dictionary.with(suite.elements());
        ScanPlan plan = new ScanPlan(suite, dialect, tableExpression, dictionary, today, textSource,
                dialect != Dialect.POSTGRESQL || unicodeCtype(connection));
        Map<String, ColumnType> columnTypes = columnsOf(connection, dialect, tableExpression, suite);
        Set<String> columns = columnTypes.keySet();
        for (Check check : suite.checks()) {
            List<String> used = new ArrayList<>(check.columns());
            if (check.relatedColumn() != null) {
                used.add(check.relatedColumn());
            }
            if (check.type() == CheckType.EXPRESSION) {
                used.addAll(vn.steerboard.quality.engine.expression.RowExpression.parse(check.expression()).columns());
            }
            for (String column : used) {
                if (check.type() != CheckType.SCHEMA && !columns.contains(column.toLowerCase(Locale.ROOT))) {
                    throw new ScanException("Check '" + check.id() + "' (suite line " + check.line() + ") names column '"
                            + column + "', which " + suite.table() + " does not have; it has " + columns, null);
                }
            }
        }
        options.progress().accept("aggregate query on " + suite.table());
        int statements = 1;
        long sqlStarted = System.nanoTime();
        Map<String, Object> aggregates = new LinkedHashMap<>();
        try (PostgresSession session = PostgresSession.jitOff(connection, dialect);
             Statement statement = statement(connection, options);
             RowProgress.Poller poller = RowProgress.Poller.start(statement, options.rowProgress());
             ResultSet rs = statement.executeQuery(plan.aggregateSql())) {
            rs.next();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                aggregates.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
            }
        } catch (SQLException e) {
            throw new ScanException("The aggregate query failed on " + source + ": " + SqlErrors.describe(e), e);
        }
        long sqlMillis = (System.nanoTime() - sqlStarted) / 1_000_000;
        long rows = number(aggregates.get("row_count"));
        options.rowProgress().rows(rows, rows);
        JavaPass javaPass = new JavaPass(plan.javaChecks(), dictionary, suite.primaryKey(), options.maxExamples(),
                options.remediation(), today);
        long javaStarted = System.nanoTime();
        if (!plan.javaChecks().isEmpty()) {
            options.progress().accept("streaming pass for " + plan.javaChecks().size() + " check(s) SQL cannot express");
            streamingPass(connection, dialect, plan, javaPass, rows, source, options);
        }
        long javaMillis = plan.javaChecks().isEmpty() ? 0 : (System.nanoTime() - javaStarted) / 1_000_000;
        List<CheckResult> results = new ArrayList<>();
        for (Check check : suite.checks()) {
            CheckResult result;
            if (plan.javaChecks().contains(check)) {
                result = javaPass.result(check);
            } else if (check.type() == CheckType.SCHEMA) {
                List<String> missing = check.expectedColumns().stream()
                        .filter(c -> !columns.contains(c.toLowerCase(Locale.ROOT))).toList();
                // a text file has no column types (every CSV column is read as text): kinds are checked on databases and Parquet
                List<String> wrongKind = new ArrayList<>();
                if (!textSource) {
                    check.expectedTypes().forEach((column, expected) -> {
                        ColumnType actual = columnTypes.get(column);
                        if (actual != null && !expected.acceptedFrom(actual)) {
                            wrongKind.add(column + ": expected " + expected.yamlName() + ", found " + actual.yamlName());
                        }
                    });
                }
                result = new CheckResult(check.id(), check.type(), check.expectedColumns(), check.criterion(),
                        check.importance(), check.expectedColumns().size(), missing.size() + wrongKind.size(),
                        Map.of("missingColumns", missing, "wrongKinds", wrongKind, "kindsChecked", !textSource), List.of(),
                        "metadata");
            } else {
                // examples come with the aggregate statement: no further query
                result = plan.sqlResult(check, aggregates, options.maxExamples());
                if (result.failed() > 0 && options.remediation() != null && plan.remediationSql(check) != null) {
                    writeRemediation(connection, plan, check, options.remediation());
                }
            }
            results.add(result);
        }
        results.addAll(sharingResults(suite));
        Scores scores = Scores.of(results, suite.checks(), suite.scoring());
        List<String> gateFailures = gateFailures(suite, results, scores);
        return Masking.exit(new ScanReport(suite.name(), suite.table(), source, dialect.name(), rows, Instant.now(clock),
                (System.nanoTime() - started) / 1_000_000, statements, !plan.javaChecks().isEmpty(), results, scores,
                gateFailures.isEmpty(), gateFailures, today.toString(), sqlMillis, javaMillis), suite, dictionary);
    }

    /** "Today" when a scan names no as-of date: the day in Vietnam. */
    public static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * The one streaming pass, in constant memory: PostgreSQL's driver honours the fetch size only inside a
     * transaction, so autocommit is off for the pass (and restored after); the result set is forward-only.
     */
    private static void streamingPass(Connection connection, Dialect dialect, ScanPlan plan, JavaPass javaPass, long rows,
            String source, Options options) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit && dialect == Dialect.POSTGRESQL) {
                connection.setAutoCommit(false);
            }
            try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                if (options.statementTimeoutSeconds() > 0) {
                    statement.setQueryTimeout(options.statementTimeoutSeconds());
                }
                statement.setFetchSize(10_000);
                try (ResultSet rs = statement.executeQuery(plan.javaPassSql())) {
                    javaPass.consume(rs, options.progress(), options.rowProgress(), rows);
                }
            } finally {
                if (autoCommit && !connection.getAutoCommit()) {
                    connection.rollback(); // the pass only read
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new ScanException("The streaming pass failed on " + source + ": " + SqlErrors.describe(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a PostgreSQL database's LC_CTYPE is a UTF-8 locale (so its regular expressions know Vietnamese letters). */
    private static boolean unicodeCtype(Connection connection) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SHOW lc_ctype")) {
            String ctype = rs.next() ? rs.getString(1).toLowerCase(Locale.ROOT) : "";
            return ctype.contains("utf-8") || ctype.contains("utf8");
        } catch (SQLException e) {
            return false;
        }
    }

    private static List<String> gateFailures(Suite suite, List<CheckResult> results, Scores scores) {
        List<String> gateFailures = new ArrayList<>();
        for (int i = 0; i < suite.checks().size(); i++) {
            Check check = suite.checks().get(i);
            if (check.gate() != null && results.get(i).passRate() < check.gate()) {
                gateFailures.add(check.id() + " pass rate " + Math.round(results.get(i).passRate() * 1000) / 10.0
                        + "% < gate " + check.gate() * 100 + "%");
            }
        }
        for (int i = 0; i < suite.checks().size(); i++) {
            Check check = suite.checks().get(i);
            CheckResult result = results.get(i);
            if (!check.kindGates().isEmpty() && result.details() != null
                    && result.details().get("findings") instanceof Map<?, ?> byKind) {
                check.kindGates().forEach((kind, gate) -> {
                    long count = byKind.get(kind) instanceof Number n ? n.longValue() : 0;
                    double rate = result.denominator() == 0 ? 1.0 : (double) (result.denominator() - count) / result.denominator();
                    if (rate < gate) {
                        gateFailures.add(check.id() + " " + kind + " pass rate " + Math.round(rate * 1000) / 10.0
                                + "% < gate " + gate * 100 + "%");
                    }
                });
            }
        }
        if (suite.minScore() != null && scores.database() < suite.minScore()) {
            gateFailures.add("database score " + scores.database() + " < min_score " + suite.minScore());
        }
        return gateFailures;
    }

    /**
     * A report made elsewhere (uploaded), scored again from its counts alone: each check's type, columns,
     * criterion and importance come from {@code suite}, the sharing items from the suite's declaration, and every
     * score, band and gate is recomputed; whatever the report claimed beyond its counts is ignored. The result
     * passes the same masking exit as a scan's. A check of the suite missing from the report, or one the suite
     * does not have, is refused.
     */
    public static ScanReport rescore(ScanReport uploaded, Suite suite, Dictionary dictionary) {
        Map<String, CheckResult> byId = new LinkedHashMap<>();
        for (CheckResult result : uploaded.checks() == null ? List.<CheckResult>of() : uploaded.checks()) {
            if (result == null || result.id() == null) {
                throw new IllegalArgumentException("checks: every check needs its id");
            }
            if (result.denominator() < 0 || result.failed() < 0 || result.failed() > result.denominator()) {
                throw new IllegalArgumentException("checks." + result.id() + ": failed must be between 0 and the number checked");
            }
            if (byId.put(result.id(), result) != null) {
                throw new IllegalArgumentException("checks." + result.id() + ": given twice");
            }
        }
        List<CheckResult> results = new ArrayList<>();
        for (Check check : suite.checks()) {
            CheckResult r = byId.remove(check.id());
            if (r == null) {
                throw new IllegalArgumentException("checks." + check.id() + ": missing from the report; the suite on the server has it");
            }
            String by = check.type() == CheckType.SCHEMA ? "metadata" : "java".equals(r.evaluatedBy()) ? "java" : "sql";
            long denominator = check.type() == CheckType.ROW_COUNT ? 1 : r.denominator();
            long failed = check.type() == CheckType.ROW_COUNT ? Math.min(1, r.failed()) : r.failed();
            results.add(new CheckResult(check.id(), check.type(), check.columns(), check.criterion(), check.importance(),
                    denominator, failed, r.details() == null ? Map.of() : r.details(),
                    r.examples() == null ? List.of() : r.examples().stream().limit(20).toList(), by));
        }
        for (String id : List.of("shared_declared", "shared_columns_documented", "shared_exchange_endpoint")) {
            byId.remove(id);
        }
        if (!byId.isEmpty()) {
            throw new IllegalArgumentException("checks." + byId.keySet().iterator().next() + ": not a check of the suite on the server");
        }
        results.addAll(sharingResults(suite));
        Scores scores = Scores.of(results, suite.checks(), suite.scoring());
        List<String> gates = gateFailures(suite, results, scores);
        return Masking.exit(new ScanReport(suite.name(), suite.table(), uploaded.source(), uploaded.dialect(),
                Math.max(0, uploaded.rows()), uploaded.scannedAt(), Math.max(0, uploaded.durationMillis()),
                Math.max(0, uploaded.sqlStatements()), uploaded.javaPass(), results, scores, gates.isEmpty(), gates,
                uploaded.asOf() != null && uploaded.asOf().matches("\\d{4}-\\d{2}-\\d{2}") ? uploaded.asOf() : null,
                Math.max(0, uploaded.sqlMillis()), Math.max(0, uploaded.javaMillis())),
                suite, dictionary);
    }

    private static List<CheckResult> sharingResults(Suite suite) {
        List<CheckResult> sharing = new ArrayList<>();
        Suite.Sharing s = suite.sharing();
        sharing.add(flag("shared_declared", s.declaredForSharing()));
        sharing.add(flag("shared_columns_documented", s.columnsDocumented()));
        sharing.add(flag("shared_exchange_endpoint", s.exchangeEndpointConnected()));
        return sharing;
    }

    private static CheckResult flag(String id, boolean yes) {
        return new CheckResult(id, CheckType.SCHEMA, List.of(), Criterion.SHARED, 1, 1, yes ? 0 : 1,
                Map.of("declared", yes), List.of(), "suite");
    }

    private static void writeRemediation(Connection connection, ScanPlan plan, Check check, Writer out) {
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(10_000);
            try (ResultSet rs = statement.executeQuery(plan.remediationSql(check))) {
                List<String> kinds = plan.kindChecks().get(check);
                int keys = rs.getMetaData().getColumnCount() - (kinds == null ? 0 : 2);
                while (rs.next()) {
                    List<String> key = new ArrayList<>();
                    for (int i = 1; i <= keys; i++) {
                        key.add(String.valueOf(rs.getObject(i)));
                    }
                    String reason = ScanPlan.reason(check);
                    if (kinds != null) {
                        String token = plan.token(check, kinds.get(rs.getInt(keys + 1) - 1), rs.getString(keys + 2));
                        List<String> parts = Findings.parts(token);
                        reason = Findings.text(parts.get(0), parts.subList(1, parts.size()), Locale.ENGLISH);
                    }
                    JavaPass.writeLine(out, String.join("/", key), check.id(), reason);
                }
            }
        } catch (SQLException e) {
            throw new ScanException("Could not write the remediation list of '" + check.id() + "': " + SqlErrors.describe(e), e);
        } catch (IOException e) {
            throw new ScanException("Could not write the remediation list of '" + check.id() + "': " + e.getMessage(), e);
        }
    }

    /** The table's columns (lower case) with their kinds, from the metadata of a query that reads no row. */
    private static Map<String, ColumnType> columnsOf(Connection connection, Dialect dialect, String tableExpression, Suite suite) {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(dialect.limit("SELECT * FROM " + tableExpression, 0))) {
            Map<String, ColumnType> columns = new LinkedHashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                columns.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT),
                        ColumnType.ofJdbc(rs.getMetaData().getColumnType(i)));
            }
            return columns;
        } catch (SQLException e) {
            throw new ScanException("Table " + suite.table() + " cannot be read: " + SqlErrors.describe(e), e);
        }
    }

    /** A statement bounded by the scan's timeout (the server sets one; the command line by default none). */
    private static Statement statement(Connection connection, Options options) throws SQLException {
        Statement statement = connection.createStatement();
        if (options.statementTimeoutSeconds() > 0) {
            statement.setQueryTimeout(options.statementTimeoutSeconds());
        }
        return statement;
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
