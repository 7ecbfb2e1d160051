package vn.steerboard.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.dictionary.Kinds;
import vn.steerboard.quality.engine.suite.SuiteReader;

/**
 * The same generated registry scanned as CSV, Parquet, H2 and PostgreSQL: identical counts for every check and
 * every finding kind, each equal to the planted truth.
 */
class SameCountsOnEverySourceTest {

    static final RegistryTable TABLE = new RegistryTable(6_000);
    static Suite suite;

    @TempDir
    static Path files;

    @BeforeAll
    static void readSuite() throws IOException {
        try (var in = SameCountsOnEverySourceTest.class.getResourceAsStream("/registry.yaml")) {
            suite = new SuiteReader(Dictionary.standard()).read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static QualityEngine engine() {
        return new QualityEngine(Dictionary.standard(), Clock.systemUTC());
    }

    static QualityEngine.Options options() {
        return QualityEngine.Options.defaults().asOf(RegistryTable.AS_OF);
    }

    static Path export(String format) throws SQLException {
        Path file = files.resolve("registry." + format);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            TABLE.load(duck);
            try (Statement statement = duck.createStatement()) {
                statement.execute("COPY citizen TO '" + file + "' (" + (format.equals("csv") ? "HEADER" : "FORMAT parquet") + ")");
            }
        }
        return file;
    }

    /** Each check's denominator, failures and failures by kind. */
    static Map<String, Object> counts(ScanReport report) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (CheckResult check : report.checks()) {
            counts.put(check.id(), List.of(check.denominator(), check.failed(),
                    String.valueOf(check.details().get("findings"))));
        }
        return counts;
    }

    @Test
    void csvParquetH2AndPostgresqlGiveIdenticalCountsPerCheckAndPerKind() throws SQLException {
        Map<String, ScanReport> reports = new LinkedHashMap<>();
        reports.put("parquet", engine().scanFile(suite, export("parquet"), options()));
        reports.put("csv", engine().scanFile(suite, export("csv"), options()));
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:registry;DB_CLOSE_DELAY=-1")) {
            TABLE.load(h2);
            reports.put("h2", engine().scan(suite, h2, "h2", options()));
        }
        try (Connection pg = PostgresAvailability.connect()) {
            TABLE.load(pg);
            reports.put("postgresql", engine().scan(suite, pg, "postgresql", options()));
            try (Statement statement = pg.createStatement()) {
                statement.execute("DROP TABLE citizen");
            }
        }
        Map<String, Object> parquet = counts(reports.get("parquet"));
        for (Map.Entry<String, ScanReport> report : reports.entrySet()) {
            assertThat(counts(report.getValue())).as(report.getKey() + " vs parquet").isEqualTo(parquet);
            // the examples came in the same pass: one statement, and every failing check counted by kind shows one
            assertThat(report.getValue().sqlStatements()).as(report.getKey()).isEqualTo(1);
            assertThat(report.getValue().checks().stream().filter(c -> c.failed() > 0 && c.details().get("findings") != null)
                    .filter(c -> c.examples().isEmpty()).map(CheckResult::id)).as(report.getKey() + ": failing checks without an example").isEmpty();
        }
        // which checks ran where: PostgreSQL and DuckDB need no Java pass; H2 only for NFC (it has no NFC test)
        assertThat(reports.get("parquet").javaPass()).isFalse();
        assertThat(reports.get("csv").javaPass()).isFalse();
        assertThat(reports.get("postgresql").javaPass()).isFalse();
        assertThat(reports.get("h2").checks().stream().filter(c -> "java".equals(c.evaluatedBy())).map(CheckResult::id))
                .containsExactlyInAnyOrder("name_valid", "nfc_full_name");
        assertMatchesTruth(reports.get("parquet"));
    }

    @SuppressWarnings("unchecked")
    static void assertMatchesTruth(ScanReport report) {
        for (CheckResult check : report.checks()) {
            Object findings = check.details().get("findings");
            if (findings instanceof Map<?, ?> byKind) {
                long total = 0;
                for (Map.Entry<String, Long> kind : ((Map<String, Long>) byKind).entrySet()) {
                    assertThat(kind.getValue()).as(check.id() + "." + kind.getKey())
                            .isEqualTo(TABLE.truth(check.id() + "." + kind.getKey()));
                    total += kind.getValue();
                }
                assertThat(check.failed()).as(check.id() + " total").isEqualTo(total);
            } else if (!check.id().startsWith("shared_") && !check.id().equals("row_count")) {
                assertThat(check.failed()).as(check.id()).isEqualTo(TABLE.truth(check.id()));
            }
        }
        // every finding kind of the issue is planted and found
        for (String kind : List.of(Kinds.BAD_FORMAT, Kinds.UNKNOWN_PROVINCE_PREFIX, Kinds.CENTURY_MISMATCH,
                Kinds.GENDER_MISMATCH, Kinds.YEAR_MISMATCH, Kinds.BAD_CHECK_DIGIT, Kinds.RETIRED, Kinds.UNKNOWN_CODE,
                Kinds.COMMUNE_NOT_IN_PROVINCE, Kinds.SURROUNDING_WHITESPACE, Kinds.NOT_NFC, Kinds.DIGITS_IN_NAME)) {
            assertThat(report.checks().stream().anyMatch(c -> c.details().get("findings") instanceof Map<?, ?> m
                    && m.get(kind) instanceof Long n && n > 0)).as(kind).isTrue();
        }
    }

    /** Bug 1: a quoted empty string in a CSV file is an empty string, as in Parquet, never a NULL. */
    @Test
    void quotedEmptyStringsInCsvAreNotNulls() throws IOException {
        Path csv = files.resolve("quoted.csv");
        Files.writeString(csv, "id,full_name,email\n1,\"\",\"\"\n2,,\n3,\"Nguyễn Văn An\",\"an@example.vn\"\n",
                StandardCharsets.UTF_8);
        Suite small = new SuiteReader(Dictionary.standard()).read("table: t\nchecks:\n"
                + "  - id: name_recorded\n    type: expression\n    expression: \"full_name IS NOT NULL\"\n"
                + "  - id: email_recorded\n    type: expression\n    expression: \"email IS NOT NULL\"\n"
                + "  - type: completeness\n    column: email\n");
        ScanReport fromCsv = engine().scanFile(small, csv, options());
        Map<String, CheckResult> byId = new LinkedHashMap<>();
        fromCsv.checks().forEach(c -> byId.put(c.id(), c));
        assertThat(byId.get("name_recorded").failed()).as("only the unquoted empty field is NULL").isEqualTo(1);
        assertThat(byId.get("email_recorded").failed()).isEqualTo(1);
        assertThat(byId.get("completeness_email").failed()).as("blank or null, both missing").isEqualTo(2);
    }
}
