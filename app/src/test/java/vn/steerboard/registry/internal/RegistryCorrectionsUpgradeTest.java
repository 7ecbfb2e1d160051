package vn.steerboard.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.steerboard.support.PostgresAvailability;
import vn.steerboard.support.TestDatabase;

/**
 * A database loaded before the corrections, holding data that names the unit whose code changes,
 * is brought up to date by version 61: references move to 23737, the old code stays an alias,
 * the audit trail keeps what was written, and names follow 1027/CTK-CSCL. On PostgreSQL it runs
 * in a schema of its own, so the shared test database is left alone.
 */
@Tag("database")
@ExtendWith(PostgresAvailability.class)
class RegistryCorrectionsUpgradeTest {

    private static final String SCHEMA = "registry_upgrade_test";

    @Test
    void anExistingDatabaseReceivesTheCorrections() throws Exception {
        boolean pg = TestDatabase.onPostgres();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("steerboard-upgrade");
        // a file database, as in production (an in-memory H2 shared across connections is not one)
        String url = pg ? TestDatabase.pgUrl() : "jdbc:h2:file:" + dir.resolve("db")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";
        String user = pg ? TestDatabase.pgUser() : "sa";
        String password = pg ? TestDatabase.pgPassword() : "";
        FluentConfiguration config = Flyway.configure().dataSource(url, user, password).cleanDisabled(false)
                .locations("classpath:db/migration")
                .javaMigrations(new AdministrativeUnitsMigration(), new RegistryCorrections2025Migration());
        if (pg) {
            config = config.schemas(SCHEMA).defaultSchema(SCHEMA);
        }
        Flyway before = new FluentConfiguration().configuration(config).target("60").load();
        before.clean();
        before.migrate();
        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
            if (pg) {
                sql.execute("SET search_path TO " + SCHEMA);
            }
            assertThat(single(sql, "SELECT name_vi FROM org_unit WHERE code = '23938'")).isEqualTo("Xã Ia Mơ");
            assertThat(single(sql, "SELECT name_vi FROM org_unit WHERE code = '24412'")).isEqualTo("Xã M’Drắk");
            sql.execute("INSERT INTO unit_focal_point (unit_code, full_name, updated_at, updated_by)"
                    + " VALUES ('23938', 'Nguyễn Văn A', CURRENT_TIMESTAMP, 'admin')");
            sql.execute("INSERT INTO audit_record (seq, occurred_at, actor, action, entity_type, entity_id, unit_code,"
                    + " prev_hash, hash) VALUES (1, CURRENT_TIMESTAMP, 'admin', 'UPDATE', 'FocalPoint', '23938',"
                    + " '23938', 'a', 'b')");
        }

        config.target("latest").load().migrate();

        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
            if (pg) {
                sql.execute("SET search_path TO " + SCHEMA);
            }
            assertThat(single(sql, "SELECT COUNT(*) FROM org_unit WHERE code = '23938'")).isEqualTo("0");
            assertThat(single(sql, "SELECT name_vi FROM org_unit WHERE code = '23737'")).isEqualTo("Xã Ia Mơ");
            assertThat(single(sql, "SELECT code FROM org_unit_code_alias WHERE old_code = '23938'")).isEqualTo("23737");
            assertThat(single(sql, "SELECT unit_code FROM unit_focal_point")).isEqualTo("23737");
            assertThat(single(sql, "SELECT unit_code FROM audit_record WHERE seq = 1")).isEqualTo("23938");
            assertThat(single(sql, "SELECT successor_code FROM unit_succession WHERE legacy_code = '23938'"))
                    .isEqualTo("23737");
            assertThat(single(sql, "SELECT name_vi FROM org_unit WHERE code = '24412'")).isEqualTo("Xã M'Drắk");
            assertThat(single(sql, "SELECT search_text FROM org_unit WHERE code = '24412'")).startsWith("xa m'drak |");
            assertThat(single(sql, "SELECT COUNT(*) FROM unit_succession WHERE clause IS NULL")).isEqualTo("0");
            if (pg) {
                sql.execute("SET search_path TO public");
                sql.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
            }
        }
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path file : files.toList()) {
                java.nio.file.Files.deleteIfExists(file);
            }
        }
        java.nio.file.Files.deleteIfExists(dir);
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            assertThat(rs.next()).as(query).isTrue();
            return rs.getString(1);
        }
    }
}
