package vn.steerboard.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.suite.SuiteReader;

/** Reference, cross-field and reconciliation checks, counted exactly, in the same single statement. */
class CrossTableChecksTest {

    private static final String SUITE = "table: person\nprimary_key: id\nchecks:\n"
            + "  - {id: status_listed, type: reference, column: status, reference_table: status_code, reference_column: code}\n"
            + "  - {id: issued_after_birth, type: expression, expression: \"issue_date >= birth_date\"}\n"
            + "  - {id: authenticated, type: reconciliation, columns: [cccd, full_name, birth_date], reference_table: population}\n"
            + "  - {id: commune_in_province, type: dictionary, column: commune_code, element: commune_in_province, related_column: province_code}\n";

    @Test
    void countsEqualThePlantedTruth() throws Exception {
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:cross;DB_CLOSE_DELAY=-1");
             Statement s = h2.createStatement()) {
            s.execute("CREATE TABLE status_code (code VARCHAR(10))");
            s.execute("INSERT INTO status_code VALUES ('ACTIVE'), ('MOVED')");
            s.execute("CREATE TABLE population (cccd VARCHAR(12), full_name VARCHAR(50), birth_date DATE)");
            s.execute("INSERT INTO population VALUES ('001095000001', 'Nguyễn Văn An', DATE '1995-01-01'),"
                    + " ('001095000002', 'Trần Thị Bình', DATE '1995-02-02'), ('001095000003', 'Lê Văn Cường', DATE '1995-03-03')");
            s.execute("CREATE TABLE person (id INT, cccd VARCHAR(12), full_name VARCHAR(50), birth_date DATE, issue_date DATE,"
                    + " status VARCHAR(10), province_code VARCHAR(2), commune_code VARCHAR(5))");
            s.execute("INSERT INTO person VALUES"
                    + " (1, '001095000001', 'Nguyễn Văn An', DATE '1995-01-01', DATE '2021-01-01', 'ACTIVE', '01', '00004'),"
                    + " (2, '001095000002', 'Trần Thị Binh', DATE '1995-02-02', DATE '1990-01-01', 'GONE', '01', '00004'),"   // name differs, issued before birth, unknown status
                    + " (3, '001095000003', 'Lê Văn Cường', DATE '1995-03-03', NULL, 'MOVED', '79', '00004'),"                 // commune of Hà Nội in HCMC
                    + " (4, NULL, 'Phạm Thị Dung', DATE '1995-04-04', DATE '2022-01-01', NULL, '01', '00008')");
            Suite suite = new SuiteReader(Dictionary.standard()).read(SUITE);
            ScanReport report = new QualityEngine(Dictionary.standard(), PlantedDefectsTest.CLOCK).scan(suite, h2, "h2",
                    QualityEngine.Options.defaults());
            Map<String, CheckResult> byId = report.checks().stream().collect(Collectors.toMap(CheckResult::id, c -> c));
            assertThat(byId.get("status_listed").failed()).isEqualTo(1);
            assertThat(byId.get("status_listed").denominator()).isEqualTo(3);
            assertThat(byId.get("issued_after_birth").failed()).isEqualTo(1);   // row 3 has no issue date: not a failure
            assertThat(byId.get("authenticated").failed()).isEqualTo(1);        // row 2; row 4 has no CCCD
            assertThat(byId.get("authenticated").denominator()).isEqualTo(3);
            assertThat(byId.get("commune_in_province").failed()).isEqualTo(1);
            assertThat(Findings.render(byId.get("commune_in_province").examples().get(0), java.util.Locale.ENGLISH))
                .contains("belongs to province 01");
        }
    }

    @Test
    void anExpressionCannotCarryAnotherStatement() {
        SuiteException e = catchThrowableOfType(SuiteException.class, () -> new SuiteReader(Dictionary.standard()).read(
                "table: person\nchecks:\n  - type: expression\n    expression: \"1 = 1; DROP TABLE person\"\n"));
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.field()).isEqualTo("expression");
        assertThat(catchThrowableOfType(SuiteException.class, () -> new SuiteReader(Dictionary.standard()).read(
                "table: person\nchecks:\n  - type: expression\n    expression: \"id IN (SELECT id FROM x)\"\n")).getMessage())
                .contains("sub-queries");
    }
}
