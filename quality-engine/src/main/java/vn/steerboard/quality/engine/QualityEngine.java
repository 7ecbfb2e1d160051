package vn.steerboard.quality.engine;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.sql.Dialect;
import vn.steerboard.quality.engine.sql.ScanPlan;

/**
 * Runs a suite where the data is: one aggregate SQL statement per table pushed to the source, plus one
 * streaming pass in Java only for checks the dialect cannot express. Only counts, ratios and masked examples
 * come back; the failing rows themselves go, on request, to a local remediation writer and nowhere else.
 *
 * <p>The steps have their own classes: {@link SourceColumns} (what the table has), {@link SourcePasses} (the
 * aggregate statement and the streaming pass), {@link SchemaCheck}, {@link Remediation}, {@link SharingChecks},
 * {@link Gates}; {@link FileSource} locks DuckDB to one file, {@link Rescoring} scores an uploaded report.
 */
public final class QualityEngine {

    /** "Today" when a scan names no as-of date: the day in Vietnam. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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
        String table = FileSource.tableExpression(file);
        if (table == null) {
            throw new ScanException("Unsupported file type: " + file.getFileName() + " (use .csv or .parquet)", null);
        }
        if (!Files.isReadable(file)) {
            throw new ScanException("Cannot read " + file.getFileName(), null);
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            FileSource.lockDown(duck, file, options.rowProgress());
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
                dialect != Dialect.POSTGRESQL || SourcePasses.unicodeCtype(connection));
        Map<String, ColumnType> columnTypes = SourceColumns.of(connection, dialect, tableExpression, suite);
        SourceColumns.requireNamed(suite, columnTypes.keySet());
        options.progress().accept("aggregate query on " + suite.table());
        int statements = 1;
        long sqlStarted = System.nanoTime();
        Map<String, Object> aggregates = SourcePasses.aggregate(connection, dialect, plan,
                options.statementTimeoutSeconds(), options.rowProgress(), source);
        long sqlMillis = (System.nanoTime() - sqlStarted) / 1_000_000;
        long rows = number(aggregates.get("row_count"));
        options.rowProgress().rows(rows, rows);
        JavaPass javaPass = new JavaPass(plan.javaChecks(), dictionary, suite.primaryKey(), options.maxExamples(),
                options.remediation(), today);
        long javaStarted = System.nanoTime();
        if (!plan.javaChecks().isEmpty()) {
            options.progress().accept("streaming pass for " + plan.javaChecks().size() + " check(s) SQL cannot express");
            SourcePasses.streaming(connection, dialect, plan, javaPass, rows, source, options.statementTimeoutSeconds(),
                    options.progress(), options.rowProgress());
        }
        long javaMillis = plan.javaChecks().isEmpty() ? 0 : (System.nanoTime() - javaStarted) / 1_000_000;
        List<CheckResult> results = results(suite, connection, plan, javaPass, aggregates, columnTypes, textSource, options);
        results.addAll(SharingChecks.of(suite));
        Scores scores = Scores.of(results, suite.checks(), suite.scoring());
        List<String> gateFailures = Gates.failures(suite, results, scores);
        return Masking.exit(new ScanReport(suite.name(), suite.table(), source, dialect.name(), rows, Instant.now(clock),
                (System.nanoTime() - started) / 1_000_000, statements, !plan.javaChecks().isEmpty(), results, scores,
                gateFailures.isEmpty(), gateFailures, today.toString(), sqlMillis, javaMillis), suite, dictionary);
    }

    /** Each check's result, in the suite's order: from the Java pass, the metadata, or the aggregate row. */
    private static List<CheckResult> results(Suite suite, Connection connection, ScanPlan plan, JavaPass javaPass,
            Map<String, Object> aggregates, Map<String, ColumnType> columnTypes, boolean textSource, Options options) {
        List<CheckResult> results = new ArrayList<>();
        for (Check check : suite.checks()) {
            if (plan.javaChecks().contains(check)) {
                results.add(javaPass.result(check));
            } else if (check.type() == CheckType.SCHEMA) {
                results.add(SchemaCheck.result(check, columnTypes, textSource));
            } else {
                // examples come with the aggregate statement: no further query
                CheckResult result = plan.sqlResult(check, aggregates, options.maxExamples());
                if (result.failed() > 0 && options.remediation() != null && plan.remediationSql(check) != null) {
                    Remediation.write(connection, plan, check, options.remediation());
                }
                results.add(result);
            }
        }
        return results;
    }

    /**
     * A report made elsewhere (uploaded), scored again from its counts alone: each check's type, columns,
     * criterion and importance come from {@code suite}, the sharing items from the suite's declaration, and every
     * score, band and gate is recomputed; whatever the report claimed beyond its counts is ignored. The result
     * passes the same masking exit as a scan's. A check of the suite missing from the report, or one the suite
     * does not have, is refused.
     */
    public static ScanReport rescore(ScanReport uploaded, Suite suite, Dictionary dictionary) {
        return Rescoring.rescore(uploaded, suite, dictionary);
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
