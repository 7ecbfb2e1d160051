package vn.steerboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The jar's {@code indicator rebuild} repairs a damaged roll-up from the reported values. */
class IndicatorRebuildCommandTest {

    // a file database, as the server uses: H2 re-reads the schema (and its check constraints) when reopened
    private final String url = "jdbc:h2:file:./target/cli-" + UUID.randomUUID()
            + "/steerboard;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private static final String NATIONAL_ROW = "scope = 'O' AND unit_code = 'VN' AND element_code = 'HS_TONG' AND period = '2025-01'";

    @Test
    void aDamagedRollupIsRecomputedFromTheValues() throws Exception {
        CommandRun seeded = CommandRun.of("indicator", "rebuild", "--spring.datasource.url=" + url, "--steerboard.demo.enabled=true");
        assertThat(seeded.exitCode()).isZero();
        assertThat(seeded.output()).containsPattern("Roll-ups rebuilt from the reported values: [1-9]\\d* rows written");
        double expected;
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            expected = single(connection, "SELECT SUM(v.numeric_value) FROM data_value v JOIN submission s ON s.id = v.submission_id"
                    + " WHERE v.element_code = 'HS_TONG' AND v.period = '2025-01' AND s.status = 'APPROVED'");
            connection.createStatement().executeUpdate("DELETE FROM element_rollup WHERE " + NATIONAL_ROW);
        }
        assertThat(expected).isPositive();
        CommandRun repaired = CommandRun.of("indicator", "rebuild", "--spring.datasource.url=" + url);
        assertThat(repaired.exitCode()).as(repaired.output()).isZero();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(single(connection, "SELECT value_sum FROM element_rollup WHERE " + NATIONAL_ROW)).isEqualTo(expected);
        }
    }

    private static double single(Connection connection, String sql) throws Exception {
        try (ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getDouble(1);
        }
    }
}
