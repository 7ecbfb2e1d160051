package vn.steerboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.steerboard.support.DemoFacts;

/** The procedure catalogue (issue 16, part 1) through real HTTP: versions, all-or-nothing loads, hostile files, permissions. */
@IntegrationTest
class ProcedureCatalogueApiTest {

    static final String HEADER = String.join(",", vn.steerboard.delivery.internal.ProcedureRows.COLUMNS);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static Map<String, Object> procedure(String code, long fee) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", code);
        p.put("name", "Thủ tục thử nghiệm " + code);
        p.put("competence", "PROVINCE");
        p.put("handlingAgencies", "Sở Tư pháp; Trung tâm Phục vụ hành chính công");
        p.put("applicantKind", "CITIZEN");
        p.put("feeVnd", fee);
        p.put("fullyOnlineEligible", true);
        p.put("onlineLevel", "FULL");
        p.put("populationData", true);
        p.put("publishedOn", "2026-11-02");
        p.put("publishedOnTime", true);
        p.put("componentsComplete", true);
        return p;
    }

    private long stored(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM delivery_procedure_version WHERE code = ?").param(code).query(Long.class).single();
    }

    @Test
    void aChangedProcedureGetsANewVersionAndKeepsItsHistory() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Api.Reply first = admin.put("/api/delivery/procedures", List.of(procedure("T16.VER.1", 50_000)));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("created").asInt()).isEqualTo(1);

        Api.Reply same = admin.put("/api/delivery/procedures", List.of(procedure("T16.VER.1", 50_000)));
        assertThat(same.json().get("unchanged").asInt()).isEqualTo(1);
        assertThat(stored("T16.VER.1")).isEqualTo(1);

        Api.Reply changed = admin.put("/api/delivery/procedures", List.of(procedure("T16.VER.1", 70_000)));
        assertThat(changed.json().get("changed").asInt()).isEqualTo(1);

        JsonNode history = Api.as(port, DemoFacts.VIEWER).get("/api/delivery/procedures/T16.VER.1/history").json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("feeVnd").asLong()).isEqualTo(50_000);
        assertThat(history.get(1).get("version").asInt()).isEqualTo(2);
        JsonNode current = Api.as(port, DemoFacts.HANOI_OFFICER).get("/api/delivery/procedures/T16.VER.1").json();
        assertThat(current.get("feeVnd").asLong()).isEqualTo(70_000);
        assertThat(current.get("version").asInt()).isEqualTo(2);
        String dayBefore = current.get("recordedAt").asString().substring(0, 10);
        assertThat(Api.as(port, DemoFacts.VIEWER).get("/api/delivery/procedures/T16.VER.1?asOf="
                + java.time.LocalDate.parse(dayBefore).minusDays(1)).status()).isEqualTo(404);
        assertThat(Api.as(port, DemoFacts.VIEWER).get("/api/delivery/procedures/T16.VER.1?asOf=31-12-2026").status()).isEqualTo(400);
    }

    @Test
    void aBatchWithOneBadRowIsRejectedWholeNamingRowAndReason() {
        Map<String, Object> negativeFee = procedure("T16.BAD.2", -1);
        Map<String, Object> formula = procedure("T16.BAD.3", 0);
        formula.put("name", "=HYPERLINK(\"http://evil.example\",\"x\")");
        Map<String, Object> fullButIneligible = procedure("T16.BAD.4", 0);
        fullButIneligible.put("fullyOnlineEligible", false);
        Api.Reply reply = Api.as(port, DemoFacts.ADMIN).put("/api/delivery/procedures",
                List.of(procedure("T16.BAD.1", 0), negativeFee, formula, fullButIneligible, procedure("T16.BAD.1", 0)));
        assertThat(reply.status()).isEqualTo(400);
        JsonNode errors = reply.json().get("errors");
        assertThat(errors.toString()).contains("\"row\":2", "feeVnd", "\"row\":3", "công thức", "\"row\":4", "onlineLevel",
                "\"row\":5", "hai lần");
        for (String code : List.of("T16.BAD.1", "T16.BAD.2", "T16.BAD.3", "T16.BAD.4")) {
            assertThat(stored(code)).as(code).isZero();
        }
    }

    @Test
    void onlyTheCentralSecretariatLoadsTheCatalogueAndARefusalIsAudited() {
        long before = refusals();
        assertThat(Api.as(port, DemoFacts.HANOI_OFFICER).put("/api/delivery/procedures", List.of(procedure("T16.PERM.1", 0)))
                .status()).isEqualTo(403);
        assertThat(Api.as(port, DemoFacts.VIEWER).upload("/api/delivery/procedures/import", "p.csv",
                (HEADER + "\n").getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get("/api/delivery/procedures").status()).isEqualTo(401);
        assertThat(refusals()).isGreaterThanOrEqualTo(before + 2);
        assertThat(stored("T16.PERM.1")).isZero();
    }

    private long refusals() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ACCESS_DENIED' AND entity_type = 'DELIVERY_PROCEDURE'")
                .query(Long.class).single();
    }

    @Test
    void aCsvInWindows1258LoadsAndIsReadBackInNfc() {
        String csv = HEADER + "\nT16.CSV.1,Đăng ky\u0301 khai sinh,COMMUNE,U\u0309y ban nhân dân xa\u0303,CITIZEN,0,có,FULL,yes,2026-10-01,1,1\n";
        // Windows-1258 has no precomposed ý, Ủ, ã: the tone marks are combining characters, read back as NFC
        byte[] bytes = csv.getBytes(java.nio.charset.Charset.forName("windows-1258"));
        assertThat(new String(bytes, java.nio.charset.Charset.forName("windows-1258"))).isEqualTo(csv);
        Api.Reply reply = Api.as(port, DemoFacts.ADMIN).upload("/api/delivery/procedures/import", "tthc.csv", bytes);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode p = Api.as(port, DemoFacts.ADMIN).get("/api/delivery/procedures/T16.CSV.1").json();
        assertThat(p.get("name").asString()).isEqualTo("Đăng ký khai sinh");
        assertThat(p.get("handlingAgencies").asString()).isEqualTo("Ủy ban nhân dân xã");
        assertThat(p.get("competence").asString()).isEqualTo("COMMUNE");
        assertThat(Api.as(port, DemoFacts.ADMIN).get("/api/delivery/procedures?competence=COMMUNE&size=500").body())
                .contains("T16.CSV.1");
    }

    @Test
    void hostileFilesAreRefusedWholeAndNothingIsStored() throws IOException {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        String csv = HEADER + "\nT16.HOST.1,Thủ tục A,PROVINCE,Sở X,CITIZEN,0,true,FULL,true,,false,false\n"
                + "T16.HOST.2,@SUM(1+1)*cmd|' /C calc'!A0,PROVINCE,Sở X,CITIZEN,0,true,FULL,true,,false,false\n"
                + "T16.HOST.3,Thủ tục C,PROVINCE,Sở X,CITIZEN,free,perhaps,FULL,true,2026-13-01,false,false\n";
        Api.Reply csvReply = admin.upload("/api/delivery/procedures/import", "tthc.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(csvReply.status()).isEqualTo(400);
        assertThat(csvReply.json().get("errors").toString()).contains("\"row\":3", "công thức", "\"row\":4", "fee_vnd",
                "fully_online_eligible", "published_on");

        Api.Reply xlsxReply = admin.upload("/api/delivery/procedures/import", "tthc.xlsx",
                workbook("T16.HOST.4", "=cmd|' /C calc'!A0"));
        assertThat(xlsxReply.status()).isEqualTo(400);
        assertThat(xlsxReply.json().get("errors").toString()).contains("\"row\":2", "handlingAgencies", "công thức");

        byte[] brokenUtf16 = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 0x41, 0x00};
        Api.Reply encoding = admin.upload("/api/delivery/procedures/import", "tthc.csv", brokenUtf16);
        assertThat(encoding.status()).isEqualTo(400);
        assertThat(encoding.body()).contains("UTF-16LE");

        byte[] oversized = new byte[ProcedureCatalogue.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(oversized, (byte) 'a');
        assertThat(admin.upload("/api/delivery/procedures/import", "tthc.csv", oversized).status()).isEqualTo(413);
        assertThat(admin.upload("/api/delivery/procedures/import", "tthc.xls", new byte[] {1, 2, 3}).status()).isEqualTo(400);

        for (String code : List.of("T16.HOST.1", "T16.HOST.2", "T16.HOST.3", "T16.HOST.4")) {
            assertThat(stored(code)).as(code).isZero();
        }
    }

    private static byte[] workbook(String code, String agencies) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("TTHC");
            Row header = sheet.createRow(0);
            List<String> columns = vn.steerboard.delivery.internal.ProcedureRows.COLUMNS;
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            List<String> values = List.of(code, "Thủ tục xlsx", "CENTRAL", agencies, "BUSINESS", "0", "false", "NONE",
                    "false", "", "false", "false");
            Row row = sheet.createRow(1);
            for (int c = 0; c < values.size(); c++) {
                row.createCell(c).setCellValue(values.get(c));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
