package vn.steerboard.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.suite.SuiteReader;

/**
 * Bug 4: no silent trimming before a pattern. " 001203000001" fails a 12-digit pattern as "surrounding whitespace",
 * its own finding kind; {@code trim: true} on a check tests the value without it.
 */
class TrimmingTest {

    @TempDir
    Path dir;

    static final String SUITE = "table: t\nchecks:\n"
            + "  - id: strict\n    type: pattern\n    column: cccd\n    pattern: '^[0-9]{12}$'\n"
            + "  - id: trimmed\n    type: pattern\n    column: cccd\n    pattern: '^[0-9]{12}$'\n    trim: true\n"
            + "  - id: strict_cccd\n    type: dictionary\n    column: cccd\n    element: cccd\n"
            + "  - id: trimmed_cccd\n    type: dictionary\n    column: cccd\n    element: cccd\n    trim: true\n";

    static void load(Connection connection) throws Exception {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE t (cccd VARCHAR(20))");
            s.execute("INSERT INTO t VALUES (' 001203000001'), ('001203000001' || CHR(9)), ('001203000001'), ('00120300000X')");
        }
    }

    static void assertCounts(ScanReport report) {
        Map<String, CheckResult> byId = report.checks().stream().collect(Collectors.toMap(CheckResult::id, c -> c));
        assertThat(byId.get("strict").failed()).isEqualTo(3);
        assertThat(byId.get("strict").details().get("findings"))
                .isEqualTo(Map.of("surrounding_whitespace", 2L, "bad_format", 1L));
        assertThat(byId.get("trimmed").failed()).isEqualTo(1);
        assertThat(byId.get("trimmed").details().get("findings")).isEqualTo(Map.of("bad_format", 1L));
        assertThat(byId.get("strict_cccd").failed()).isEqualTo(3);
        assertThat(byId.get("trimmed_cccd").failed()).isEqualTo(1);
    }

    static QualityEngine.Options options() {
        return QualityEngine.Options.defaults().asOf(LocalDate.of(2026, 11, 1));
    }

    @Test
    void surroundingWhitespaceIsAFindingUnlessTheCheckTrims() throws Exception {
        Suite suite = new SuiteReader(Dictionary.standard()).read(SUITE);
        QualityEngine engine = new QualityEngine(Dictionary.standard(), Clock.systemUTC());
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:trim")) {
            load(h2);
            assertCounts(engine.scan(suite, h2, "h2", options()));
        }
        Path parquet = dir.resolve("t.parquet");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            load(duck);
            s.execute("COPY t TO '" + parquet + "' (FORMAT parquet)");
        }
        assertCounts(engine.scanFile(suite, parquet, options()));
        try (Connection pg = PostgresAvailability.connect(); Statement s = pg.createStatement()) {
            s.execute("DROP TABLE IF EXISTS t");
            load(pg);
            try {
                assertCounts(engine.scan(suite, pg, "postgresql", options()));
            } finally {
                s.execute("DROP TABLE t");
            }
        }
    }
}
