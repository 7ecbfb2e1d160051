package vn.steerboard.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;

/** Points the application at the test database and starts every run from an empty schema. */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("steerboard.test.database"));
    }

    public static String pgUrl() {
        return env("STEERBOARD_TEST_PG_URL", "jdbc:postgresql://localhost:5432/steerboard_test");
    }

    public static String pgUser() {
        return env("STEERBOARD_TEST_PG_USER", "steerboard");
    }

    public static String pgPassword() {
        return env("STEERBOARD_TEST_PG_PASSWORD", "steerboard");
    }

    /** Null when PostgreSQL answers, otherwise why not. */
    public static String pgUnreachableReason() {
        try (Connection ignored = DriverManager.getConnection(pgUrl(), pgUser(), pgPassword())) {
            return null;
        } catch (SQLException e) {
            return "PostgreSQL at " + pgUrl() + " (user " + pgUser() + ") is not reachable: " + e.getMessage();
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = onPostgres()
                ? Map.of("spring.datasource.url", pgUrl(), "spring.datasource.username", pgUser(),
                        "spring.datasource.password", pgPassword(),
                        "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true")
                : Map.of("spring.datasource.url", "jdbc:h2:mem:steerboard-" + UUID.randomUUID()
                        // H2's own errors go to the test output: a shared database that closes under the suite
                        // (seen once, cause unknown, with no trace for an in-memory database) then says why
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
                        + ";TRACE_LEVEL_SYSTEM_OUT=1",
                        "spring.datasource.username", "sa", "spring.datasource.password", "");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database",
                new java.util.HashMap<>(Map.of("spring.flyway.clean-disabled", "false",
                        "steerboard.demo.enabled", "true", "steerboard.clock.today", TestFixtures.today().toString()))));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-datasource", properties));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A PostgreSQL test database keeps what the last run left; start from nothing. */
    @TestConfiguration
    public static class CleanSlate {
        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
