package vn.steerboard.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.sql.Dialect;
import vn.steerboard.quality.engine.suite.SuiteReader;

/** The aggregate statement runs with JIT off on PostgreSQL, and the session gets its own setting back. */
class PostgresSessionTest {

    static String jit(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SHOW jit")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void jitIsOffForTheStatementAndBackOnAfter() throws Exception {
        try (Connection pg = PostgresAvailability.connect(); Statement s = pg.createStatement()) {
            s.execute("SET jit = on");
            try (PostgresSession session = PostgresSession.forScan(pg, Dialect.POSTGRESQL, null)) {
                assertThat(session.switched()).isTrue();
                assertThat(jit(pg)).isEqualTo("off");
            }
            assertThat(jit(pg)).isEqualTo("on");
            // a session that has JIT off keeps it off
            s.execute("SET jit = off");
            try (PostgresSession session = PostgresSession.forScan(pg, Dialect.POSTGRESQL, null)) {
                assertThat(session.switched()).isFalse();
            }
            assertThat(jit(pg)).isEqualTo("off");
        }
    }

    @Test
    void aStatementThatFailsInsideATransactionLeavesTheSessionAsItWasAfterRollback() throws Exception {
        try (Connection pg = PostgresAvailability.connect(); Statement s = pg.createStatement()) {
            s.execute("SET jit = on");
            pg.setAutoCommit(false);
            try (PostgresSession session = PostgresSession.forScan(pg, Dialect.POSTGRESQL, null)) {
                assertThatThrownBy(() -> s.execute("SELECT 1 / 0")).isInstanceOf(SQLException.class);
            } // close cannot SET in the aborted transaction: no exception
            pg.rollback();
            assertThat(jit(pg)).isEqualTo("on");
        }
    }

    @Test
    void aScanPutsTheSessionsJitBackAndOtherDatabasesAreUntouched() throws Exception {
        String table = "jit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Suite suite = new SuiteReader(Dictionary.standard()).read("table: " + table + "\nchecks:\n"
                + "  - {type: completeness, column: cccd}\n  - {id: cccd_valid, type: dictionary, column: cccd, element: cccd}\n");
        try (Connection pg = PostgresAvailability.connect(); Statement s = pg.createStatement()) {
            s.execute("CREATE TABLE " + table + " (id INT, cccd VARCHAR(20))");
            try {
                s.execute("INSERT INTO " + table + " VALUES (1, '001095012345'), (2, NULL), (3, '12')");
                s.execute("SET jit = on");
                ScanReport report = new QualityEngine(Dictionary.standard(), Clock.systemUTC()).scan(suite, pg, "pg",
                        QualityEngine.Options.defaults());
                assertThat(report.rows()).isEqualTo(3);
                assertThat(jit(pg)).isEqualTo("on");
            } finally {
                s.execute("DROP TABLE " + table);
            }
        }
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:jit")) {
            try (PostgresSession session = PostgresSession.forScan(h2, Dialect.H2, "jit_table")) {
                assertThat(session.switched()).isFalse();
            }
        }
    }

    @Test
    void aTableEstimatedAtOrAboveTheThresholdKeepsTheServersJit() throws Exception {
        String table = "jit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection pg = PostgresAvailability.connect(); Statement s = pg.createStatement()) {
            s.execute("CREATE TABLE " + table + " (id INT)");
            try {
                s.execute("INSERT INTO " + table + " SELECT g FROM generate_series(1, 100) g");
                s.execute("ANALYZE " + table);
                s.execute("SET jit = on");
                String quoted = "\"" + table + "\"";
                assertThat(PostgresSession.estimatedRows(pg, quoted)).isEqualTo(100);
                // at the threshold: the server's setting stays
                try (PostgresSession session = PostgresSession.forScan(pg, Dialect.POSTGRESQL, quoted, 100)) {
                    assertThat(session.switched()).isFalse();
                    assertThat(jit(pg)).isEqualTo("on");
                }
                // below it: off for the statement, back on after
                try (PostgresSession session = PostgresSession.forScan(pg, Dialect.POSTGRESQL, quoted, 101)) {
                    assertThat(session.switched()).isTrue();
                    assertThat(jit(pg)).isEqualTo("off");
                }
                assertThat(jit(pg)).isEqualTo("on");
            } finally {
                s.execute("DROP TABLE " + table);
            }
        }
    }

    @Test
    void aSourceWithoutAnEstimateGetsJitOffWhateverItsName() throws Exception {
        try (Connection pg = PostgresAvailability.connect(); Statement s = pg.createStatement()) {
            s.execute("SET jit = on");
            // not a relation, a missing one, a function call, an injection attempt: no estimate, never an error
            for (String source : new String[] {"\"no_such_table\"", "generate_series(1, 10)", "x'); DROP TABLE t; --",
                "pg_class; SELECT 1", "", "\"", "\"x; DROP TABLE pg_class; --\"", "public.\"no\"\"such\""}) {
                assertThat(PostgresSession.estimatedRows(pg, source)).as(source).isEqualTo(-1);
                try (PostgresSession session = PostgresSession.forScan(pg, Dialect.POSTGRESQL, source, 0)) {
                    assertThat(session.switched()).as(source).isTrue();
                }
            }
            assertThat(jit(pg)).isEqualTo("on");
        }
    }
}
