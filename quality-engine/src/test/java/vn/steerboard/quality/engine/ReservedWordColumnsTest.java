package vn.steerboard.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.sql.Dialect;
import vn.steerboard.quality.engine.suite.SuiteReader;

/**
 * A register's columns may be named with words SQL reserves ({@code order}, {@code user}, {@code value}, {@code year}).
 * Written bare, a scan would be refused by the database, or worse, read something else without a word: in H2
 * {@code user} is the current user, never missing. The engine quotes such names as each database folds a bare one, and
 * counts the same on H2, DuckDB and PostgreSQL.
 */
class ReservedWordColumnsTest {

    static final String SUITE = "table: ledger\nchecks:\n"
            + "  - id: user_present\n    type: completeness\n    column: user\n"
            + "  - id: order_shape\n    type: pattern\n    column: order\n    pattern: '^[0-9]{4}$'\n"
            + "  - id: order_unique\n    type: uniqueness\n    column: order\n"
            + "  - id: value_present\n    type: completeness\n    column: value\n";

    static final String ROWS = "('0001', 'an', 10, 2020), ('0002', NULL, 20, 2021), ('12', 'binh', NULL, 2022),"
            + " ('0001', 'chi', 40, 2023)";

    @Test
    void reservedNamesAreQuotedAsEachDatabaseFoldsABareName() {
        assertThat(Dialect.POSTGRESQL.quote("order")).isEqualTo("\"order\"");
        assertThat(Dialect.H2.quote("User")).isEqualTo("\"USER\"");
        assertThat(Dialect.ORACLE.quote("level")).isEqualTo("\"LEVEL\"");
        assertThat(Dialect.MYSQL.quote("order")).isEqualTo("`order`");
        assertThat(Dialect.SQLSERVER.quote("user")).isEqualTo("[user]");
        assertThat(Dialect.POSTGRESQL.quote("registry.order")).isEqualTo("registry.\"order\"");
        assertThat(Dialect.POSTGRESQL.quote("full_name")).as("other names stay bare").isEqualTo("full_name");
    }

    @Test
    void h2CountsTheRowsNotTheCurrentUser() throws Exception {
        assertCounts(scanOf("jdbc:h2:mem:reserved", "h2",
                "CREATE TABLE ledger (\"ORDER\" VARCHAR(10), \"USER\" VARCHAR(20), \"VALUE\" INT, \"YEAR\" INT)"));
    }

    @Test
    void duckDbCountsTheSame() throws Exception {
        assertCounts(scanOf("jdbc:duckdb:", "duckdb",
                "CREATE TABLE ledger (\"order\" VARCHAR, \"user\" VARCHAR, \"value\" INTEGER, \"year\" INTEGER)"));
    }

    /** The ledger made in an embedded database of its own and scanned there. */
    private static ScanReport scanOf(String url, String source, String create) throws Exception {
        try (Connection connection = DriverManager.getConnection(url); Statement s = connection.createStatement()) {
            s.execute(create);
            s.execute("INSERT INTO ledger VALUES " + ROWS);
            return scan(connection, source);
        }
    }

    @Test
    void postgresqlCountsTheSame() throws Exception {
        try (Connection pg = PostgresAvailability.connect(); Statement s = pg.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS qe_reserved CASCADE");
            s.execute("CREATE SCHEMA qe_reserved");
            try {
                s.execute("CREATE TABLE qe_reserved.ledger (\"order\" VARCHAR(10), \"user\" VARCHAR(20), \"value\" INT,"
                        + " \"year\" INT)");
                s.execute("INSERT INTO qe_reserved.ledger VALUES " + ROWS);
                Suite suite = new SuiteReader(Dictionary.standard()).read(SUITE.replace("table: ledger",
                        "table: qe_reserved.ledger"));
                assertCounts(new QualityEngine(Dictionary.standard(), Clock.systemUTC()).scan(suite, pg, "postgresql",
                        QualityEngine.Options.defaults().asOf(LocalDate.of(2026, 11, 1))));
            } finally {
                s.execute("DROP SCHEMA qe_reserved CASCADE");
            }
        }
    }

    private static ScanReport scan(Connection connection, String source) {
        Suite suite = new SuiteReader(Dictionary.standard()).read(SUITE);
        return new QualityEngine(Dictionary.standard(), Clock.systemUTC()).scan(suite, connection, source,
                QualityEngine.Options.defaults().asOf(LocalDate.of(2026, 11, 1)));
    }

    private static void assertCounts(ScanReport report) {
        Map<String, CheckResult> byId = report.checks().stream().collect(Collectors.toMap(CheckResult::id, c -> c));
        assertThat(byId.get("user_present").failed()).as("the row without a user").isEqualTo(1);
        assertThat(byId.get("user_present").denominator()).isEqualTo(4);
        assertThat(byId.get("order_shape").failed()).as("'12'").isEqualTo(1);
        assertThat(byId.get("order_unique").failed()).as("'0001' twice").isPositive();
        assertThat(byId.get("value_present").failed()).isEqualTo(1);
    }
}
