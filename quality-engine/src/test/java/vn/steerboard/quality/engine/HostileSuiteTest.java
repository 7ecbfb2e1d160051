package vn.steerboard.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.steerboard.quality.engine.dictionary.BoundedMatch;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.report.Summary;
import vn.steerboard.quality.engine.sql.Dialect;
import vn.steerboard.quality.engine.suite.SuiteReader;

/**
 * Every field of a suite treated as hostile: names that are not plain names are refused, texts that reach SQL
 * (patterns, allowed values) mean exactly themselves on every dialect and server setting, characters that would
 * drive a terminal are refused in the suite and neutralised from the data, and a remediation list is not a
 * spreadsheet formula.
 */
class HostileSuiteTest {

    static final String QUOTE_BREAKER = "x\\' OR 1=1 --";

    private final SuiteReader reader = new SuiteReader(Dictionary.standard());

    private SuiteException refusal(String yaml) {
        return catchThrowableOfType(SuiteException.class, () -> reader.read(yaml));
    }

    @Test
    void namesThatAreNotPlainNamesAreRefusedInEveryNameField() {
        for (String name : List.of("cccd; DROP TABLE citizen", "cccd--", "\"cccd\"", "c d", "1cccd", "cccd)", "a.b.c", "src.*")) {
            String quoted = "'" + name.replace("'", "''") + "'";
            for (String check : List.of("{type: completeness, column: " + quoted + "}",
                    "{type: uniqueness, columns: [cccd, " + quoted + "]}",
                    "{type: dictionary, column: cccd, element: cccd, related_column: " + quoted + "}",
                    "{type: dictionary, column: cccd, element: cccd, gender_column: " + quoted + "}",
                    "{type: reference, column: cccd, reference_table: " + quoted + "}",
                    "{type: reference, column: cccd, reference_table: r, reference_column: " + quoted + "}")) {
                SuiteException e = refusal("table: citizen\nchecks:\n  - " + check + "\n");
                assertThat(e).as(check).isNotNull();
                assertThat(e.key()).as(check).isIn("name", "columnName");
                assertThat(e.line()).isEqualTo(3);
            }
            assertThat(refusal("table: " + quoted + "\nchecks:\n  - {type: row_count}\n").field()).isEqualTo("table");
            assertThat(refusal("table: t\nprimary_key: [" + quoted + "]\nchecks:\n  - {type: row_count}\n").field())
                    .isEqualTo("primary_key");
        }
    }

    @Test
    void controlAndTextDirectionCharactersAreRefusedWithTheirCodePoint() {
        for (String hostile : List.of("\\e[2J", "a\\nb", "\\u202Eevil", "\\u2066x", "\\x9b31m", "\\x7f")) {
            SuiteException id = refusal("table: t\nchecks:\n  - {id: \"ok" + hostile + "\", type: row_count}\n");
            assertThat(id.field()).isEqualTo("id");
            assertThat(id.key()).isEqualTo("control");
            assertThat(id.getMessage()).contains("line 3", "U+");
            assertThat(refusal("suite: \"" + hostile + "\"\ntable: t\nchecks:\n  - {type: row_count}\n").field()).isEqualTo("suite");
            assertThat(refusal("table: t\nchecks:\n  - {type: allowed_values, column: c, values: [\"" + hostile + "\"]}\n")
                    .field()).isEqualTo("values");
        }
        assertThat(refusal("table: t\nchecks:\n  - {id: \"ok\\e[2J\", type: row_count}\n").getMessage()).contains("U+001B");
        // Vietnamese text is not a control character
        assertThat(reader.read("suite: Dân cư — Hà Nội\ntable: t\nchecks:\n  - {id: họ_tên, type: row_count}\n").name())
                .isEqualTo("Dân cư — Hà Nội");
    }

    @Test
    void suiteTextsBecomeLiteralsThatMeanThemselvesOnEveryDialect() {
        assertThat(Dialect.POSTGRESQL.literal("it's")).isEqualTo("'it''s'");
        assertThat(Dialect.POSTGRESQL.literal(QUOTE_BREAKER)).isEqualTo("E'x\\\\'' OR 1=1 --'");
        assertThat(Dialect.MYSQL.literal(QUOTE_BREAKER)).isEqualTo("'x\\\\'' OR 1=1 --'");
        assertThat(Dialect.H2.literal(QUOTE_BREAKER)).isEqualTo("'x\\'' OR 1=1 --'");
        assertThat(Dialect.DUCKDB.literal(QUOTE_BREAKER)).isEqualTo("'x\\'' OR 1=1 --'");
        assertThat(Dialect.SQLSERVER.literal("Hà Nội")).isEqualTo("N'Hà Nội'");
        assertThat(Dialect.MYSQL.regexMatch("v", "^\\+84'")).isEqualTo("v REGEXP '^\\\\+84'''");
    }

    static final String SUITE = "table: hostile\nchecks:\n"
            + "  - {id: allowed, type: allowed_values, column: v, values: [\"" + QUOTE_BREAKER.replace("\\", "\\\\") + "\", plain]}\n"
            + "  - {id: shaped, type: pattern, column: v, pattern: '^(x\\\\''.*|plain)$'}\n";

    /** Exactly the rows that are neither value fail: the texts stayed texts, nothing ran as SQL. */
    private static void assertExact(ScanReport report) {
        assertThat(report.checks()).filteredOn(c -> !c.id().startsWith("shared_")).extracting(CheckResult::id, CheckResult::denominator, CheckResult::failed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("allowed", 3L, 1L),
                        org.assertj.core.groups.Tuple.tuple("shaped", 3L, 1L));
    }

    private static void fill(Connection connection) throws Exception {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS hostile");
            s.execute("CREATE TABLE hostile (v VARCHAR(40))");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO hostile VALUES (?)")) {
            for (String v : List.of(QUOTE_BREAKER, "plain", "other")) {
                insert.setString(1, v);
                insert.executeUpdate();
            }
        }
    }

    @Test
    void aQuoteBreakingValueIsJustAValueOnH2() throws Exception {
        Suite suite = reader.read(SUITE);
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:hostile")) {
            fill(h2);
            assertExact(new QualityEngine(Dictionary.standard(), Clock.systemUTC()).scan(suite, h2, "h2",
                    QualityEngine.Options.defaults()));
        }
    }

    @Test
    void aQuoteBreakingValueIsJustAValueOnPostgresqlWithStandardConformingStringsOff() throws Exception {
        Suite suite = reader.read(SUITE);
        try (Connection pg = PostgresAvailability.connect(); Statement s = pg.createStatement()) {
            fill(pg);
            for (String setting : List.of("on", "off")) {
                s.execute("SET standard_conforming_strings = " + setting);
                assertExact(new QualityEngine(Dictionary.standard(), Clock.systemUTC()).scan(suite, pg, "postgresql",
                        QualityEngine.Options.defaults()));
            }
            s.execute("RESET standard_conforming_strings");
            s.execute("DROP TABLE hostile");
        }
    }

    @Test
    void theTerminalSummaryShowsDataAsTextNotAsEscapeSequences() throws Exception {
        Suite suite = reader.read("suite: s\ntable: hostile\nchecks:\n  - {id: allowed, type: allowed_values, column: v, values: [plain]}\n");
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:hostileSummary"); Statement s = h2.createStatement()) {
            s.execute("CREATE TABLE hostile (v VARCHAR(40))");
            s.execute("INSERT INTO hostile VALUES (CHAR(27) || '[2J' || CHAR(10) || 'x' || CHAR(8238) || 'y')");
            ScanReport report = new QualityEngine(Dictionary.standard(), Clock.systemUTC()).scan(suite, h2, "h2",
                    QualityEngine.Options.defaults());
            assertThat(report.checks().get(0).failed()).isEqualTo(1);
            String summary = Summary.of(report, Locale.ENGLISH, List.of());
            assertThat(summary.codePoints().filter(c -> c < 32 && c != '\n' || c == 0x202E)).isEmpty();
            assertThat(summary.lines().filter(l -> l.contains("allowed"))).hasSize(1);
        }
    }

    @Test
    void aPatternThatBacktracksWithoutEndStopsTheScanNamedInsteadOfHangingIt() throws Exception {
        String value = "a".repeat(40) + "!";
        assertThat(BoundedMatch.matches(Pattern.compile("^[a-z]+!$"), value)).isTrue();
        // unbounded, each takes tens of seconds on these 41 characters (measured on Java 17: 48 s and 22 s)
        assertThatThrownBy(() -> BoundedMatch.matches(Pattern.compile("^((a+)+)+$"), value))
                .isInstanceOf(BoundedMatch.TooCostly.class);
        assertThatThrownBy(() -> BoundedMatch.matches(Pattern.compile("^(.*a){12}$"), value)).isInstanceOf(BoundedMatch.TooCostly.class);
        // the Java pass (SQL Server's patterns, a suite's own elements where SQL has no regular expressions)
        Check check = reader.read("table: hostile\nchecks:\n  - {id: nested, type: pattern, column: v, pattern: '^(.*a){12}$'}\n")
                .checks().get(0);
        JavaPass pass = new JavaPass(List.of(check), Dictionary.standard(), List.of(), 3, null, java.time.LocalDate.of(2026, 11, 1));
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:backtrack"); Statement s = h2.createStatement()) {
            s.execute("CREATE TABLE hostile (v VARCHAR(60))");
            s.execute("INSERT INTO hostile VALUES ('aaa'), ('" + value + "')");
            try (java.sql.ResultSet rs = s.executeQuery("SELECT v FROM hostile ORDER BY LENGTH(v)")) {
                assertThatThrownBy(() -> pass.consume(rs, message -> { }, RowProgress.NONE, 2))
                        .isInstanceOf(ScanException.class).hasMessageContaining("'nested'").hasMessageContaining("row 2")
                        .hasMessageContaining("rewrite the pattern").hasMessageNotContaining(value);
            }
        }
    }

    @Test
    void aRemediationLineIsNeverASpreadsheetFormula() throws Exception {
        StringWriter out = new StringWriter();
        JavaPass.writeLine(out, "=HYPERLINK(\"http://x\")", "@SUM(1)", "+cmd|' /C calc'!A0");
        JavaPass.writeLine(out, "-5", "ok", "a\rb");
        assertThat(out.toString()).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(1),'+cmd|' /C calc'!A0\n"
                + "-5,ok,\"a\rb\"\n");
    }
}
