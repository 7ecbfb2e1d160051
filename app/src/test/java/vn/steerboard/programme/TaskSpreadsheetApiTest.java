package vn.steerboard.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;
import vn.steerboard.support.DemoFacts;

/** Import all-or-nothing from .xlsx and .csv, export to .xlsx, over real HTTP multipart. */
@IntegrationTest
class TaskSpreadsheetApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static byte[] workbook(int rows, int badRow, String prefix) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Nhiệm vụ");
            Row header = sheet.createRow(0);
            for (int i = 0; i < TaskSpreadsheets.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(TaskSpreadsheets.HEADERS.get(i));
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(prefix + "-" + r);
                row.createCell(1).setCellValue(DemoFacts.PLAN_2026);
                row.createCell(2).setCellValue("Kết nối cơ sở dữ liệu chuyên ngành số " + r);
                row.createCell(4).setCellValue("Nguyễn Văn An");
                row.createCell(5).setCellValue(LocalDate.of(2026, 2, 1));
                row.getCell(5).setCellStyle(dateStyle(workbook));
                // the row the user sees as number r + 1 has its deadline before its start
                row.createCell(6).setCellValue(r + 1 == badRow ? "15/01/2026" : "30/09/2026");
                row.createCell(7).setCellValue(r % 2 == 0 ? "BKHCN" : "Thành phố Hà Nội");
                row.createCell(8).setCellValue("BCA; BTC");
                row.createCell(9).setCellValue("VPCP");
                row.createCell(10).setCellValue("Hệ thống kết nối với nền tảng chia sẻ dữ liệu");
                row.createCell(11).setCellValue("01/KH-BCĐ");
                row.createCell(12).setCellValue("20/12/2025");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static org.apache.poi.ss.usermodel.CellStyle dateStyle(XSSFWorkbook workbook) {
        org.apache.poi.ss.usermodel.CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        return style;
    }

    private Api.Reply upload(String user, String fileName, byte[] content) {
        return Api.as(port, user).upload("/api/tasks/import", fileName, content);
    }

    private long tasks() {
        return jdbc.sql("SELECT COUNT(*) FROM task").query(Long.class).single();
    }

    @Test
    void aThousandRowWorkbookWithOneBadRowChangesNothingAndNamesThatRow() throws Exception {
        long before = tasks();
        long importsBefore = jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'IMPORT'").query(Long.class).single();
        Api.Reply rejected = upload(DemoFacts.ADMIN, "nhiem-vu.xlsx", workbook(1000, 734, "IMP"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(400);
        JsonNode errors = rejected.json().get("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(734);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("Thời hạn");
        assertThat(errors.get(0).get("value").asString()).isEqualTo("2026-01-15");
        assertThat(errors.get(0).get("reason").asString()).contains("before the start date");
        assertThat(tasks()).isEqualTo(before);

        Api.Reply imported = upload(DemoFacts.ADMIN, "nhiem-vu.xlsx", workbook(1000, -1, "IMP"));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(1000);
        assertThat(tasks()).isEqualTo(before + 1000);
        assertThat(jdbc.sql("SELECT lead_unit FROM task WHERE code = 'IMP-1'").query(String.class).single()).isEqualTo("01");
        // one audit record for the whole file (other tests import too: count this file's only)
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'IMPORT'").query(Long.class).single())
                .isEqualTo(importsBefore + 1);

        // the same file again: every code is now a duplicate, nothing changes
        Api.Reply again = upload(DemoFacts.ADMIN, "nhiem-vu.xlsx", workbook(3, -1, "IMP"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").get(0).get("reason").asString()).contains("already exists");
        assertThat(tasks()).isEqualTo(before + 1000);
    }

    @Test
    void csvRowsNameEveryProblemWithRowColumnValueAndReason() throws Exception {
        String csv = String.join(",", TaskSpreadsheets.HEADERS) + "\n"
                + "CSV-1,NQ57-KH2026,Nhiệm vụ một,,Lê Văn B,01/02/2026,30/06/2026,Bộ Khoa học và Công nghệ,,VPCP,Báo cáo,01/KH,20/12/2025\n"
                + "CSV-2,NQ57-KH2026,Nhiệm vụ hai,,Lê Văn B,31/02/2026,30/06/2026,Bộ Không Tồn Tại,,VPCP,Báo cáo,01/KH,20/12/2025\n"
                + "CSV-1,NQ57-KH2026,Nhiệm vụ ba,,Lê Văn B,01/02/2026,30/06/2026,BKHCN,,VPCP,Báo cáo,01/KH,20/12/2025\n";
        long before = tasks();
        Api.Reply rejected = upload(DemoFacts.ADMIN, "tasks.csv", ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
        assertThat(rejected.status()).isEqualTo(400);
        String errors = rejected.json().get("errors").toString();
        assertThat(errors).contains("\"row\":3", "Ngày bắt đầu", "31/02/2026", "not a date")
                .contains("Cơ quan chủ trì", "Bộ Không Tồn Tại", "unknown agency")
                .contains("\"row\":4", "duplicate task code, also on row 2");
        assertThat(tasks()).isEqualTo(before);
        assertThat(upload(DemoFacts.HANOI_LEADER, "tasks.csv", csv.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
    }

    @Test
    void agenciesAreFoundByAnySpellingOfTheirOfficialNameAndASharedNameIsRefused() throws Exception {
        String header = String.join(",", TaskSpreadsheets.HEADERS) + "\n";
        // units of this test's own; deadlines far ahead, so no overdue figure moves
        for (String unit : List.of("14167", "24412", "02419", "08788", "23737")) {
            TestFixtures.unit(unit, "TaskSpreadsheetApiTest.agencies");
        }
        String row = "%s,NQ57-KH2026,Nhiệm vụ %s,,Lê Văn B,01/02/2026,31/12/2030,\"%s\",,VPCP,Báo cáo,01/KH,20/12/2025\n";
        // the registry once wrote Thuỷ and ’; 1027/CTK-CSCL writes Thủy and '
        String csv = header + row.formatted("SPELL-1", "một", "Xã Giao Thủy")
                + row.formatted("SPELL-2", "hai", "Xã Giao Thuỷ")
                + row.formatted("SPELL-3", "ba", "xa giao thuy")
                + row.formatted("SPELL-4", "bốn", "Xã M'Drắk")
                + row.formatted("SPELL-5", "năm", "Xã Thái Hoà, Tuyên Quang")
                + row.formatted("SPELL-6", "sáu", "Xã Thái Hòa (Tỉnh Phú Thọ)")
                + row.formatted("SPELL-7", "bảy", "23938");
        Api.Reply imported = upload(DemoFacts.ADMIN, "spellings.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT code, lead_unit FROM task WHERE code LIKE 'SPELL-%' ORDER BY code")
                .query((rs, n) -> rs.getString(1) + "=" + rs.getString(2)).list())
                .containsExactly("SPELL-1=14167", "SPELL-2=14167", "SPELL-3=14167", "SPELL-4=24412", "SPELL-5=02419",
                        "SPELL-6=08788", "SPELL-7=23737");

        long before = tasks();
        Api.Reply ambiguous = upload(DemoFacts.ADMIN, "shared.csv",
                (header + row.formatted("SHARED-1", "một", "xa thai hoa")).getBytes(StandardCharsets.UTF_8));
        assertThat(ambiguous.status()).isEqualTo(400);
        JsonNode error = ambiguous.json().get("errors").get(0);
        assertThat(error.get("column").asString()).isEqualTo("Cơ quan chủ trì");
        assertThat(error.get("reason").asString()).contains("ambiguous", "02419 Xã Thái Hòa (Tỉnh Tuyên Quang)",
                "08788 Xã Thái Hòa (Tỉnh Phú Thọ)");
        assertThat(tasks()).isEqualTo(before);
    }

    @Test
    void anyTaskListExportsToAWorkbook() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/tasks/export.xlsx?asOf=2025-11-15&status=OVERDUE&sort=DAYS_OVERDUE"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Tình trạng");
            assertThat(sheet.getLastRowNum()).isEqualTo(93);
            for (int r = 1; r <= 93; r++) {
                assertThat(sheet.getRow(r).getCell(9).getStringCellValue()).isEqualTo("Quá hạn");
            }
            assertThat(sheet.getRow(1).getCell(10).getNumericCellValue())
                    .isGreaterThanOrEqualTo(sheet.getRow(93).getCell(10).getNumericCellValue());
        }
    }
}
