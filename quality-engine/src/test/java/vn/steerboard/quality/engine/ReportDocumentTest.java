package vn.steerboard.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.report.ReportWriters;
import vn.steerboard.quality.engine.suite.SuiteReader;

/** The HTML report is a document to print: Vietnamese by default, every figure a reader needs, nothing unmasked. */
class ReportDocumentTest {

    @Test
    void theHtmlReportCarriesScoreBarsKindsWilsonBoundsAsOfAndTimings() throws Exception {
        RegistryTable table = new RegistryTable(600);
        Suite suite;
        try (var in = getClass().getResourceAsStream("/registry.yaml")) {
            suite = new SuiteReader(Dictionary.standard()).read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        ScanReport report;
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:document")) {
            table.load(h2);
            report = new QualityEngine(Dictionary.standard(), Clock.systemUTC()).scan(suite, h2, "h2",
                    QualityEngine.Options.defaults().asOf(RegistryTable.AS_OF));
        }
        String vi = ReportWriters.html(report);
        assertThat(vi).startsWith("<!DOCTYPE html><html lang=vi>").contains("@page{size:A4")
                .contains("Báo cáo chất lượng cơ sở dữ liệu", "Ngày tham chiếu</dt><dd>01/11/2026", "Xếp loại", "Thống nhất",
                        "class=fill style=\"width:", "sai thế kỷ: 6", "mã đã hết hiệu lực", "cận dưới Wilson 95%", "SQL ", "Java ")
                .doesNotContain("<script");
        String en = ReportWriters.html(report, Locale.ENGLISH);
        assertThat(en).startsWith("<!DOCTYPE html><html lang=en>").contains("Database quality report", "century mismatch: 6",
                "Failures by kind", "As of</dt><dd>2026-11-01");
        for (Object[] row : table.rows) {
            if (row[1] instanceof String cccd && cccd.strip().length() == 12) {
                assertThat(vi).doesNotContain(cccd.strip());
            }
        }
    }
}
