package vn.steerboard.quality.engine.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.steerboard.quality.engine.QualityEngine;
import vn.steerboard.quality.engine.ScanException;
import vn.steerboard.quality.engine.ScanReport;
import vn.steerboard.quality.engine.Suite;
import vn.steerboard.quality.engine.SuiteException;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.report.ReportWriters;
import vn.steerboard.quality.engine.report.Summary;
import vn.steerboard.quality.engine.suite.SuiteReader;

/**
 * {@code quality scan}: runs a suite against a database (JDBC) or a file (CSV, Parquet) inside the agency's
 * own network and writes the report as text, JSON and HTML. Exit code 0 when every gate passes, 1 when a gate
 * fails, 2 when the scan could not run or the engine failed (out of memory, a lost connection, any error): a
 * crash never looks like a failed gate.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scan a database table or a file with a quality suite; only aggregates and masked examples are reported.")
public class ScanCommand implements Callable<Integer> {

    @Option(names = "--suite", required = true, description = "the suite (YAML)")
    Path suite;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static class Target {
        @Option(names = "--jdbc-url", description = "JDBC URL of the source database") String jdbcUrl;
        @Option(names = "--file", description = "a .csv or .parquet file") Path file;
    }

    @Option(names = "--user", description = "database user") String user;
    @Option(names = "--password", description = "database password (or env QUALITY_DB_PASSWORD)", interactive = true, arity = "0..1")
    String password;
    @Option(names = "--json", description = "write the JSON report here") Path json;
    @Option(names = "--html", description = "write the HTML report here") Path html;
    @Option(names = "--lang", defaultValue = "vi", description = "language of the findings: vi (default) or en") String lang;
    @Option(names = "--statement-timeout", defaultValue = "0", description = "seconds each statement may run (0: no limit)")
    int statementTimeout;
    @Option(names = "--show-driver-errors", description = "also print the database driver's own error text (it may quote data)")
    boolean showDriverErrors;
    @Option(names = "--as-of", description = "reference date (yyyy-mm-dd) of freshness, not_in_future and codes in force;"
            + " default today in Vietnam") java.time.LocalDate asOf;
    @Option(names = "--text", description = "write the full text report (every check) here") Path text;
    @Option(names = {"-q", "--quiet"}, description = "no progress bar (there is none either when the output is not a terminal)")
    boolean quiet;
    @Option(names = "--remediation", description = "write failing rows (primary key, check, reason) here; stays local") Path remediation;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ScanCommand()).execute(args));
    }

    /** Whether the output is a terminal, where a progress bar belongs (a seam for tests). */
    protected boolean interactive() {
        return System.console() != null;
    }

    /** The dictionary scans use (a seam for tests). */
    protected Dictionary dictionary() {
        return Dictionary.standard();
    }

    @Override
    public Integer call() {
        try {
            return scan();
        } catch (Throwable e) { // NOPMD: an engine failure of any kind exits 2, with a message, never 1
            System.err.println("Scan failed: the engine stopped: " + e.getClass().getSimpleName()
                    + (e instanceof OutOfMemoryError ? " (give the JVM more memory with -Xmx, or scan fewer columns)" : "")
                    + (e.getMessage() == null || e instanceof java.sql.SQLException ? "" : ": " + e.getMessage()));
            return 2;
        }
    }

    private Integer scan() throws Exception {
        Suite parsed;
        try {
            parsed = new SuiteReader(dictionary()).read(Files.readString(suite, StandardCharsets.UTF_8));
        } catch (SuiteException e) {
            System.err.println(suite + ": " + e.getMessage());
            return 2;
        }
        java.util.Locale language = java.util.Locale.forLanguageTag("en".equals(lang) ? "en" : "vi");
        QualityEngine engine = new QualityEngine(dictionary(), Clock.system(QualityEngine.VIETNAM));
        Writer remediationWriter = remediation == null ? null : Files.newBufferedWriter(remediation, StandardCharsets.UTF_8);
        try (Progress progress = Progress.of(!quiet && interactive(), language)) {
            if (remediationWriter != null) {
                remediationWriter.write("primary_key,check,reason\n");
            }
            QualityEngine.Options options = new QualityEngine.Options(remediationWriter, progress::message, 5,
                    statementTimeout, asOf).rows(progress::rows);
            ScanReport report = run(engine, parsed, options);
            progress.close();
            java.util.List<Path> written = writeReports(report, language);
            System.out.print(Summary.of(report, language, written));
            return report.gatePassed() ? 0 : 1;
        } catch (ScanException e) {
            System.err.println("Scan failed: " + e.getMessage());
            if (showDriverErrors && e.getCause() != null) {
                System.err.println("Driver: " + e.getCause());
            }
            return 2;
        } finally {
            if (remediationWriter != null) {
                remediationWriter.close();
            }
        }
    }

    /** Scans the file, or the database at the JDBC URL (password from --password or QUALITY_DB_PASSWORD). */
    private ScanReport run(QualityEngine engine, Suite parsed, QualityEngine.Options options) {
        if (target.file != null) {
            return engine.scanFile(parsed, target.file, options);
        }
        String secret = password != null ? password : System.getenv("QUALITY_DB_PASSWORD");
        try (Connection connection = DriverManager.getConnection(target.jdbcUrl, user, secret)) {
            return engine.scan(parsed, connection, redact(target.jdbcUrl), options);
        } catch (SQLException e) {
            throw new ScanException("Cannot connect to " + redact(target.jdbcUrl) + ": "
                    + vn.steerboard.quality.engine.SqlErrors.describe(e), e);
        }
    }

    /** Writes the reports asked for (JSON, HTML, text); the files written, the remediation list last. */
    private java.util.List<Path> writeReports(ScanReport report, java.util.Locale language) throws java.io.IOException {
        java.util.List<Path> written = new java.util.ArrayList<>();
        if (json != null) {
            Files.writeString(json, ReportWriters.json(report), StandardCharsets.UTF_8);
            written.add(json);
        }
        if (html != null) {
            Files.writeString(html, ReportWriters.html(report, language), StandardCharsets.UTF_8);
            written.add(html);
        }
        if (text != null) {
            Files.writeString(text, ReportWriters.text(report, language), StandardCharsets.UTF_8);
            written.add(text);
        }
        if (remediation != null) {
            written.add(remediation);
        }
        return written;
    }

    /** A JDBC URL without user or password parameters, for reports. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password|user)=[^&;]*", "$1=***");
    }
}
