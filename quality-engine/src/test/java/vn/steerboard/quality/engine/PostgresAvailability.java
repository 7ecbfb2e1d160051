package vn.steerboard.quality.engine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The real PostgreSQL of the build (.ci/run starts one; STEERBOARD_TEST_PG_URL names the database): a test that
 * needs it is skipped on a developer machine without one, and fails when CI=true.
 */
final class PostgresAvailability {

    static final String URL = System.getenv().getOrDefault("STEERBOARD_TEST_PG_URL",
            "jdbc:postgresql://localhost:5432/steerboard_test");

    private PostgresAvailability() {
    }

    static Connection connect() throws SQLException {
        try {
            return DriverManager.getConnection(URL, "steerboard", "steerboard");
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw e;
            }
            assumeTrue(false, "PostgreSQL not reachable at " + URL + ": " + e.getMessage());
            throw e;
        }
    }
}
