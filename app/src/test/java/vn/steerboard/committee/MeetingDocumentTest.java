package vn.steerboard.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.IntegrationTest;

/**
 * The committee's meeting document as a secretariat would print it: poppler renders the PDF to PNG and reads its text
 * back. It is an administrative report (Nghị định 30/2020/NĐ-CP): national name and motto, issuer, number and
 * symbol, place and date, title, a written assessment with the figures of the day and of the last meeting, the
 * Decision 766 leagues from the delivery API, recipients and signature; the same day gives the same bytes. Without
 * poppler the test is skipped on a developer machine and fails under CI=true.
 */
@IntegrationTest
class MeetingDocumentTest {

    private static final String DAY = "2025-11-15";

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void theMeetingDocumentPrintsAsAnAdministrativeReportWithItsAssessmentTheSameEachTime() throws Exception {
        requirePoppler();
        Api viewer = Api.as(port, DemoFacts.VIEWER);
        byte[] pdf = viewer.download("/reports/meeting?asOf=" + DAY + "&format=pdf");
        assertThat(viewer.download("/reports/meeting?asOf=" + DAY + "&format=pdf")).as("the same day, the same bytes").isEqualTo(pdf);
        Path file = dir.resolve("meeting.pdf");
        Files.write(file, pdf);

        // the letterhead's two columns, read apart (pdftotext crops in points at its default 72 dpi)
        String issuer = run("pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", "-x", "0", "-y", "0", "-W", "264", "-H", "170",
                file.toString(), "-").replaceAll("\\s+", " ");
        String nation = run("pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", "-x", "268", "-y", "0", "-W", "327", "-H", "170",
                file.toString(), "-").replaceAll("\\s+", " ");
        assertThat(issuer).as("top left").contains("BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÁT TRIỂN", "Số: …/BC-BCĐ")
                .doesNotContain("CỘNG HÒA");
        assertThat(nation).as("top right").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Hà Nội, ngày 15 tháng 11 năm 2025").doesNotContain("BAN CHỈ ĐẠO");
        String text = run("pdftotext", "-enc", "UTF-8", file.toString(), "-").replaceAll("\\s+", " ");
        assertThat(text).contains("BÁO CÁO Tình hình thực hiện Nghị quyết 57-NQ/TW và Đề án 06 tính đến ngày 15/11/2025");
        assertThat(text).as("the signature block: recipients, capacity, position, the placeholder, the configured name")
                .contains("Nơi nhận:", "- Lưu: VT.", "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "(đã ký)", "Người ký theo cấu hình");
        assertThat(text).as("the written assessment").contains("944 nhiệm vụ", "đã hoàn thành 370", "67,0%",
                "So với phiên họp trước (ngày 31/10/2025)", "Các cơ quan, địa phương có nhiều nhiệm vụ quá hạn nhất",
                "II. ĐÁNH GIÁ CHUNG", "Tồn tại, hạn chế", "III. ĐỀ XUẤT, KIẾN NGHỊ", "Đề nghị",
                "Bộ, cơ quan dẫn đầu", "Xếp hạng tổng hợp các bộ, cơ quan ngang bộ");
        assertThat(text.indexOf("Nơi nhận:")).as("the signature after the body").isGreaterThan(text.indexOf("III. ĐỀ XUẤT"));

        // the Decision 766 section names the leaders of the delivery API's own leagues
        JsonNode provinces = viewer.get("/api/delivery/league?kind=PROVINCES&period=2025&asOf=" + DAY).json();
        JsonNode ministries = viewer.get("/api/delivery/league?kind=MINISTRIES&period=2025&asOf=" + DAY).json();
        assertThat(text).contains("5. Phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)");
        if (provinces.get(0).get("rank").isNumber()) {
            assertThat(text).contains("Dẫn đầu: " + provinces.get(0).get("index").get("unitName").asString() + " (");
        }
        if (ministries.get(0).get("rank").isNumber()) {
            assertThat(text).contains("dẫn đầu " + ministries.get(0).get("index").get("unitName").asString() + " (");
        }
        assertThat(text).as("dates dd/MM/yyyy, decimal commas, a space before a unit")
                .doesNotContainPattern("\\b20\\d\\d-[01]\\d-[0-3]\\d\\b").doesNotContainPattern("\\d,\\dđiểm")
                .doesNotContainPattern("(?<![\\w.-])\\d{1,3}\\.\\d(?![\\d.])");

        String info = run("pdfinfo", file.toString());
        assertThat(info).contains("Title:").containsPattern("Pages:\\s+([3-9]|\\d\\d)");
        run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file.toString(), dir.resolve("page").toString());
        BufferedImage page = ImageIO.read(dir.resolve("page.png").toFile());
        assertThat(page.getWidth()).isGreaterThan(400);
        int top = page.getHeight() / 8;
        assertThat(ink(page, 0, page.getWidth() / 2, 0, top)).as("the issuer and number, top left").isGreaterThan(150);
        assertThat(ink(page, page.getWidth() / 2, page.getWidth(), 0, top)).as("the national name and motto, top right")
                .isGreaterThan(150);
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(dir.resolve("page.png"), screenshots.resolve("meeting-document-page1.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theWorkbookBesideItHasVietnameseSheetNamesAndReadableColumns() throws Exception {
        byte[] xlsx = Api.as(port, DemoFacts.VIEWER).download("/reports/meeting?asOf=" + DAY + "&format=xlsx");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).contains("Nhiệm vụ", "Quá hạn", "Chỉ tiêu", "Chỉ số 766 các tỉnh", "Chỉ số 766 các bộ",
                    "Xếp hạng tổng hợp tỉnh", "Xếp hạng tổng hợp bộ");
            for (String name : names) {
                assertThat(name).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[\\[\\]:*?/\\\\]");
            }
            Sheet overdue = workbook.getSheet("Quá hạn");
            int longest = 0;
            for (Row row : overdue) {
                longest = Math.max(longest, row.getCell(1).getStringCellValue().length());
            }
            assertThat(overdue.getColumnWidth(1) / 256).as("the task title column").isGreaterThanOrEqualTo(Math.min(60, longest));
            assertThat(overdue.getColumnWidth(0) / 256).as("the code column stays narrow").isLessThan(30);
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("15/11/2025");
            double total = 0;
            for (Row row : workbook.getSheet("Nhiệm vụ")) {
                if ("Tổng số".equals(row.getCell(0).getStringCellValue())) {
                    total = row.getCell(1).getNumericCellValue();
                }
            }
            assertThat(total).isEqualTo(DemoFacts.TASKS_ON_REPORT_DAY);
            assertThat(workbook.getSheet("Xếp hạng tổng hợp tỉnh").getPhysicalNumberOfRows()).isEqualTo(35);
            assertThat(workbook.getSheet("Chỉ số 766 các tỉnh").getPhysicalNumberOfRows()).isEqualTo(35);
        }
    }

    private static long ink(BufferedImage image, int fromX, int toX, int fromY, int toY) {
        long ink = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = fromX; x < toX; x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 450) {
                    ink++;
                }
            }
        }
        return ink;
    }

    private static void requirePoppler() {
        boolean present = List.of("pdftoppm", "pdftotext", "pdfinfo").stream()
                .allMatch(name -> Files.isExecutable(Path.of("/usr/bin", name)));
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true requires poppler-utils (pdftoppm, pdftotext, pdfinfo) for the meeting document");
        }
        Assumptions.assumeTrue(present, "poppler-utils is not installed");
    }

    private String run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "out", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) { // a guard against a hung tool, not a timing assertion
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }
}
