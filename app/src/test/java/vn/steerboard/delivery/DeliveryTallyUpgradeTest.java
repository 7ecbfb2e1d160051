package vn.steerboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.steerboard.registry.internal.RegistryMigrations;
import vn.steerboard.support.PostgresAvailability;
import vn.steerboard.support.TestDatabase;

/**
 * A database of earlier versions keeps its delivery roll-ups through the migrations: V95 counts ONLINE from the
 * dossiers (those of a database from before the counter had none), and V119 turns a row per counter into one row per
 * unit-month with a column per counter, every counter carried over, below every unit too. A counter V119 does not
 * know stops it, with the counter named, and the roll-ups stay as they were. On PostgreSQL in a schema of its own;
 * on H2 in a file database of its own.
 */
@Tag("database")
@ExtendWith(PostgresAvailability.class)
class DeliveryTallyUpgradeTest {

    private static final String SCHEMA = "delivery_tally_upgrade_test";
    /** 20 characters at most, as the old counter column holds. */
    private static final String HOSTILE = "x');DROP TABLE t;--";

    private final boolean pg = TestDatabase.onPostgres();
    private Path dir;
    private String url;

    @AfterEach
    void dropTheDatabase() throws Exception {
        if (pg) {
            try (Connection db = connect(); Statement sql = db.createStatement()) {
                sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
        if (dir != null) {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void everyCounterOfAnEarlierDatabaseIsCarriedIntoTheMonthRows() throws Exception {
        FluentConfiguration config = config();
        Flyway before = new FluentConfiguration().configuration(config).target("94").load();
        before.clean();
        before.migrate();
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            // before the ONLINE counter: two dossiers received online, one in person, one online and withdrawn
            dossier(sql, "OB-1", "ONLINE", "IN_PROGRESS");
            dossier(sql, "OB-2", "ONLINE", "COMPLETED");
            dossier(sql, "OB-3", "IN_PERSON", "COMPLETED");
            dossier(sql, "OB-4", "ONLINE", "WITHDRAWN");
            tally(sql, "delivery_tally", "00004", 202610, Map.of("RECEIVED", 3L, "PROCESSED", 2L, "DAYS_TO_CLOSE", 9L,
                    "ON_TIME", 1L, "LATE", 1L));
            tally(sql, "delivery_tally", "00004", 202611, Map.of("PET_RECEIVED", 2L, "PET_FIRST", 2L, "PET_GOOD", 0L));
        }
        new FluentConfiguration().configuration(config).target("118").load().migrate();
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            tally(sql, "delivery_tally_below", "01", 202610, Map.of("RECEIVED", 3L, "ONLINE", 2L, "PROCESSED", 2L));
            tally(sql, "delivery_tally_below", nation(), 202610, Map.of("RECEIVED", 3L, "ONLINE", 2L, "LATE", -1L));
        }

        config.target("latest").load().migrate();

        try (Connection db = connect(); Statement sql = db.createStatement()) {
            assertThat(rows(sql, "delivery_tally")).containsExactly(
                    Map.entry("00004|202610", Map.of("RECEIVED", 3L, "PROCESSED", 2L, "DAYS_TO_CLOSE", 9L, "ON_TIME", 1L,
                            "LATE", 1L, "ONLINE", 2L)),
                    Map.entry("00004|202611", Map.of("PET_RECEIVED", 2L, "PET_FIRST", 2L)));
            assertThat(rows(sql, "delivery_tally_below")).containsExactly(
                    Map.entry("01|202610", Map.of("RECEIVED", 3L, "ONLINE", 2L, "PROCESSED", 2L)),
                    Map.entry(nation() + "|202610", Map.of("RECEIVED", 3L, "ONLINE", 2L, "LATE", -1L)));
            // one row per unit-month: a second row for the same month is refused
            assertThatThrownBy(() -> sql.execute("INSERT INTO delivery_tally (unit_code, ym) VALUES ('00004', 202610)"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aCounterTheMigrationDoesNotKnowStopsItAndTheRollupsStayAsTheyWere() throws Exception {
        FluentConfiguration config = config();
        Flyway before = new FluentConfiguration().configuration(config).target("118").load();
        before.clean();
        before.migrate();
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            tally(sql, "delivery_tally", "00004", 202610, Map.of("RECEIVED", 3L, "A_LATER_COUNTER", 1L));
            // a counter's text shaped as SQL is read as data, named, and runs nowhere
            tally(sql, "delivery_tally_below", "01", 202610, Map.of(HOSTILE, 2L));
        }

        assertThatThrownBy(() -> config.target("latest").load().migrate()).hasStackTraceContaining("A_LATER_COUNTER")
                .hasStackTraceContaining(HOSTILE);

        try (Connection db = connect(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("SELECT counter, n FROM delivery_tally ORDER BY counter")) {
            Map<String, Long> kept = new TreeMap<>();
            while (rs.next()) {
                kept.put(rs.getString(1), rs.getLong(2));
            }
            assertThat(kept).isEqualTo(Map.of("A_LATER_COUNTER", 1L, "RECEIVED", 3L));
        }
        try (Connection db = connect(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("SELECT counter, n FROM delivery_tally_below")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(HOSTILE);
            assertThat(rs.getLong(2)).isEqualTo(2L);
        }
    }

    private static String nation() {
        return vn.steerboard.registry.Registry.NATION;
    }

    private FluentConfiguration config() throws Exception {
        dir = Files.createTempDirectory("steerboard-tally-upgrade");
        // a file database, as in production (an in-memory H2 shared across connections is not one)
        url = pg ? TestDatabase.pgUrl() : "jdbc:h2:file:" + dir.resolve("db")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";
        FluentConfiguration config = Flyway.configure().dataSource(url, user(), password()).cleanDisabled(false)
                .locations("classpath:db/migration").javaMigrations(RegistryMigrations.all());
        return pg ? config.schemas(SCHEMA).defaultSchema(SCHEMA) : config;
    }

    private Connection connect() throws SQLException {
        Connection db = DriverManager.getConnection(url == null ? TestDatabase.pgUrl() : url, user(), password());
        if (pg && url != null) {
            try (Statement sql = db.createStatement()) {
                sql.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
                sql.execute("SET search_path TO " + SCHEMA);
            }
        }
        return db;
    }

    private String user() {
        return pg ? TestDatabase.pgUser() : "sa";
    }

    private String password() {
        return pg ? TestDatabase.pgPassword() : "";
    }

    private static void dossier(Statement sql, String id, String channel, String status) throws SQLException {
        sql.execute("INSERT INTO delivery_dossier (id, unit_code, ym, procedure_code, channel, fully_online, digitised,"
                + " received_at, fee_vnd, eligible, running_from, days_left, stopped, status, status_at, on_time,"
                + " result_electronic, result_file, paid_online, reused_digitised, personal_data_store, population_data,"
                + " synced, rated, disliked) VALUES ('" + id + "', '00004', 202610, 'T.P1', '" + channel + "', FALSE, FALSE,"
                + " TIMESTAMP WITH TIME ZONE '2026-10-05 09:00:00+07:00', 0, TRUE, DATE '2026-10-05', 5, FALSE, '" + status
                + "', TIMESTAMP WITH TIME ZONE '2026-10-06 09:00:00+07:00', TRUE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE,"
                + " FALSE, FALSE, FALSE)");
    }

    private static void tally(Statement sql, String table, String unit, int ym, Map<String, Long> counters)
            throws SQLException {
        for (Map.Entry<String, Long> c : counters.entrySet()) {
            sql.execute("INSERT INTO " + table + " (unit_code, ym, counter, n) VALUES ('" + unit + "', " + ym + ", '"
                    + c.getKey().replace("'", "''") + "', " + c.getValue() + ")");
        }
    }

    /** Each month row's counters that are not zero, by counter name, the row as "unit|yyyymm", in order. */
    private static Map<String, Map<String, Long>> rows(Statement sql, String table) throws SQLException {
        Map<String, Map<String, Long>> rows = new TreeMap<>();
        try (ResultSet rs = sql.executeQuery("SELECT * FROM " + table + " ORDER BY unit_code, ym")) {
            var meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Long> counters = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT);
                    if (!column.equals("unit_code") && !column.equals("ym") && rs.getLong(i) != 0) {
                        counters.put(column.toUpperCase(java.util.Locale.ROOT), rs.getLong(i));
                    }
                }
                rows.put(rs.getString("unit_code") + "|" + rs.getInt("ym"), counters);
            }
        }
        return rows;
    }
}
