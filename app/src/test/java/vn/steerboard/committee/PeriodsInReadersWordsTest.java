package vn.steerboard.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.indicator.PeriodNames;
import vn.steerboard.support.Api;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.IntegrationTest;

/**
 * Periods in the reader's words wherever the committee reads them: the meeting document (PDF and workbook), the
 * scorecards and the overview's tables say "Quý III/2025" and "Tháng 11/2025", never the code "2025Q3" or
 * "2025-11", which stays in links and data; English readers get "Q3 2025". One formatter
 * ({@link PeriodNames}) for all of them; the PDF stays byte-identical for its day.
 */
@IntegrationTest
class PeriodsInReadersWordsTest {

    private static final String DAY = "2025-11-15";
    private static final Pattern CODE = Pattern.compile("\\b20\\d\\d(Q[1-4]|-[01]\\d)\\b");
    private static final Pattern WORDS = Pattern.compile("—|Tháng (1[0-2]|[1-9])/20\\d\\d|Quý (I|II|III|IV)/20\\d\\d|Năm 20\\d\\d");

    @LocalServerPort
    int port;

    @Autowired
    PeriodNames periods;

    @Test
    void theFormatterSaysQuartersMonthsAndYearsInEachLanguage() {
        Locale vi = Locale.forLanguageTag("vi");
        assertThat(periods.of("2025Q3", vi)).isEqualTo("Quý III/2025");
        assertThat(periods.of("2026Q4", vi)).isEqualTo("Quý IV/2026");
        assertThat(periods.of("2025Q1", Locale.ENGLISH)).isEqualTo("Q1 2025");
        assertThat(periods.of("2025Q3", Locale.ENGLISH)).isEqualTo("Q3 2025");
        assertThat(periods.of("2025-11", vi)).isEqualTo("Tháng 11/2025");
        assertThat(periods.of("2025-03", vi)).isEqualTo("Tháng 3/2025");
        assertThat(periods.of("2025-11", Locale.ENGLISH)).isEqualTo("November 2025");
        assertThat(periods.of("2025", vi)).isEqualTo("Năm 2025");
        assertThat(periods.of("2025-01-01..2025-06-30", vi)).isEqualTo("01/01/2025–30/06/2025");
        // what is not a period is shown as it came, never an error on a page
        assertThat(periods.of("<b>x</b>", vi)).isEqualTo("<b>x</b>");
        assertThat(periods.of((String) null, vi)).isEqualTo("—");
    }

    @Test
    void theMeetingDocumentAndItsWorkbookSayPeriodsInWords() throws Exception {
        Api viewer = Api.as(port, DemoFacts.VIEWER);
        byte[] pdf = viewer.download("/reports/meeting?asOf=" + DAY + "&format=pdf");
        assertThat(viewer.download("/reports/meeting?asOf=" + DAY + "&format=pdf")).as("the same day, the same bytes").isEqualTo(pdf);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).doesNotContainPattern(CODE).containsPattern("Quý (I|II|III|IV)/2025").contains("Tháng 10/2025");

        byte[] xlsx = viewer.download("/reports/meeting?asOf=" + DAY + "&format=xlsx");
        List<String> shown = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheet("Chỉ tiêu")) {
                if (row.getRowNum() > 0 && row.getCell(2) != null) {
                    shown.add(row.getCell(2).getStringCellValue());
                }
            }
        }
        assertThat(shown).isNotEmpty().allMatch(p -> WORDS.matcher(p).matches(), "a period in words").anyMatch(p -> p.startsWith("Quý "));
    }

    @Test
    void scorecardsAndTheOverviewSayPeriodsInWordsAndKeepTheCodeInLinks() {
        Api viewer = Api.as(port, DemoFacts.VIEWER);
        String scorecard = viewer.get("/scorecard/" + DemoFacts.HANOI + "?asOf=" + DAY).body();
        Matcher cells = Pattern.compile("<td class=\"kpi-period\">([^<]*)</td>").matcher(scorecard);
        List<String> shown = new ArrayList<>();
        while (cells.find()) {
            shown.add(cells.group(1));
        }
        assertThat(shown).isNotEmpty().allMatch(p -> WORDS.matcher(p).matches(), "a period in words")
                .anyMatch(p -> !p.equals("—"));
        assertThat(scorecard).containsPattern("period=20\\d\\d(Q[1-4]|-[01]\\d)?\"");

        String overview = viewer.get("/?asOf=" + DAY).body();
        assertThat(overview).contains("<td>Tháng 11/2025</td>").doesNotContain("<td>2025-11</td>").doesNotContainPattern("<td>20\\d\\dQ[1-4]</td>");
    }
}
