package vn.steerboard.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.suite.SuiteReader;

/** A suite gates on one finding kind: the share of values free of that kind, whatever the other kinds. */
class KindGateTest {

    static final String SUITE = "table: people\nchecks:\n"
            + "  - id: cccd_valid\n    type: dictionary\n    column: cccd\n    element: cccd\n    related_column: birth_date\n"
            + "    gender_column: gender\n    kind_gates: {century_mismatch: 0.9, bad_format: 0.5}\n";

    @Test
    void aGateOnOneKindFailsAloneAndNamesTheKind() throws Exception {
        Suite suite = new SuiteReader(Dictionary.standard()).read(SUITE);
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:kindgate"); Statement s = h2.createStatement()) {
            s.execute("CREATE TABLE people (cccd VARCHAR(20), birth_date DATE, gender VARCHAR(3))");
            // 4 values: one right, one with the century digit of the 2000s for a 1990 birth, one too short, one of the wrong gender
            s.execute("INSERT INTO people VALUES ('001090000001', DATE '1990-01-01', 'M'), ('001290000002', DATE '1990-01-01', 'M'),"
                    + " ('0010900', DATE '1990-01-01', 'M'), ('001190000003', DATE '1990-01-01', 'M')");
            ScanReport report = new QualityEngine(Dictionary.standard(), Clock.systemUTC()).scan(suite, h2, "h2",
                    QualityEngine.Options.defaults().asOf(LocalDate.of(2026, 11, 1)));
            CheckResult check = report.checks().get(0);
            assertThat(check.failed()).isEqualTo(3);
            assertThat(check.details().get("findings")).hasToString("{surrounding_whitespace=0, bad_format=1,"
                    + " unknown_province_prefix=0, century_mismatch=1, year_mismatch=0, gender_mismatch=1}");
            assertThat(report.gatePassed()).isFalse();
            assertThat(report.gateFailures()).containsExactly("cccd_valid century_mismatch pass rate 75.0% < gate 90.0%");
        }
    }

    @Test
    void aKindTheCheckDoesNotCountIsRefusedWithItsLine() {
        Throwable error = catchThrowable(() -> new SuiteReader(Dictionary.standard()).read(SUITE.replace("bad_format", "retired")));
        assertThat(error).isInstanceOf(SuiteException.class).hasMessageContaining("line 9").hasMessageContaining("retired")
                .hasMessageContaining("century_mismatch");
    }
}
