package vn.steerboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TaskDrafts;
import vn.steerboard.support.DemoFacts;

/**
 * Issue 18, each finding replayed against the running server (H2, then PostgreSQL): big idempotent batches and
 * files with their audit, NUL in every text field, simultaneous and stale approvals, numbers the roll-ups cannot
 * hold, CSV encodings and separators, the error cap.
 */
@IntegrationTest
class EdgesRegressionTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndicatorCatalogue catalogue;

    /** Own data set (monthly, two summed numbers), so nothing the demo or other tests use is touched. */
    @BeforeEach
    void fixture() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM data_set WHERE code = 'EDGE_SET'", Long.class) == 0) {
            jdbc.update("INSERT INTO data_set (code, name_vi, name_en, period_type, deadline_days) VALUES ('EDGE_SET', 'Biên', 'Edges', 'MONTHLY', 5)");
            for (String e : List.of("EDGE_A", "EDGE_B")) {
                jdbc.update("INSERT INTO data_element (code, data_set_code, name_vi, name_en, value_type, tree_aggregation, time_aggregation)"
                        + " VALUES (?, 'EDGE_SET', ?, ?, 'NUMBER', 'SUM', 'SUM')", e, e, e);
            }
            jdbc.update("INSERT INTO indicator (code, name_vi, name_en, formula, polarity, unit_label, sort_order)"
                    + " VALUES ('EDGE_IND', 'Biên', 'Edges', 'EDGE_A', 'HIGHER_IS_BETTER', '', 900)");
            catalogue.reload();
        }
    }

    private List<String> units() {
        return jdbc.queryForList("SELECT code FROM org_unit ORDER BY code", String.class);
    }

    /** {@code count} submissions (one value each), unit by unit and then month by month from {@code year}-01. */
    private List<Map<String, Object>> batch(int count, int year, String element) {
        List<String> units = units();
        List<Map<String, Object>> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String period = String.format("%d-%02d", year + i / units.size() / 12, i / units.size() % 12 + 1);
            values.add(Map.of("element", element, "unit", units.get(i % units.size()), "period", period, "value", i % 97));
        }
        return values;
    }

    @Test
    void batchesOfFiveAndTwentyThousandSubmissionsWithAKeyAreAnsweredTheSameWhenRetried() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        for (int[] size : new int[][] {{5_000, 2010}, {20_000, 2012}}) {
            String key = "edges-" + size[0];
            Map<String, Object> body = Map.of("values", batch(size[0], size[1], "EDGE_A"));
            Api.Reply first = admin.post("/api/indicators/values", body, "Idempotency-Key", key);
            assertThat(first.status()).as(first.body().substring(0, Math.min(400, first.body().length()))).isEqualTo(200);
            assertThat(first.json().get("submissions").asInt()).isEqualTo(size[0]);
            assertThat(first.json().get("replayed").asBoolean()).isFalse();
            Api.Reply again = admin.post("/api/indicators/values", body, "Idempotency-Key", key);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().get("replayed").asBoolean()).isTrue();
            assertThat(again.json().get("submissionIds")).isEqualTo(first.json().get("submissionIds"));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE data_set_code = 'EDGE_SET' AND period LIKE ?",
                    Long.class, size[1] + "-%")).isEqualTo((long) size[0]);
            // the same key with other content is still a conflict
            assertThat(admin.post("/api/indicators/values", Map.of("values", batch(3, size[1], "EDGE_B")), "Idempotency-Key", key)
                    .status()).isEqualTo(409);
        }
        // one audit record per batch, its submissions in the attachment, and the chain holds
        Map<String, Object> record = jdbc.queryForMap("SELECT after_value, attachment_sha256 FROM audit_record"
                + " WHERE action = 'SUBMISSIONS_PUSHED' AND after_value LIKE '%\"submissions\":20000%' ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY");
        assertThat((String) record.get("after_value")).hasSizeLessThan(2_000);
        String attachment = admin.get("/api/admin/audit/attachments/" + record.get("attachment_sha256")).body();
        assertThat(Api.JSON.readTree(attachment).get("attachment").get("submissions")).hasSize(20_000);
        assertThat(admin.get("/api/admin/audit/verify").json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void aFileOfElevenThousandSubmissionsIsImportedAndAudited() {
        StringBuilder csv = new StringBuilder("Mã đơn vị,Kỳ báo cáo,Mã chỉ tiêu dữ liệu,Giá trị\n");
        for (Map<String, Object> v : batch(11_000, 2016, "EDGE_B")) {
            csv.append(v.get("unit")).append(',').append(v.get("period")).append(',').append(v.get("element")).append(',')
                    .append(v.get("value")).append('\n');
        }
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Api.Reply imported = admin.upload("/api/indicators/import", "gia-tri.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body().substring(0, Math.min(400, imported.body().length()))).isEqualTo(200);
        assertThat(imported.json().get("submissions").asInt()).isEqualTo(11_000);
        assertThat(admin.get("/api/admin/audit/verify").json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void tamperingWithAnAttachmentBreaksTheChain() {
        if (vn.steerboard.support.TestDatabase.onPostgres()) {
            return; // on PostgreSQL a trigger refuses the tampering itself (tested by the audit tests)
        }
        Api admin = Api.as(port, DemoFacts.ADMIN);
        assertThat(admin.post("/api/indicators/values", Map.of("values", batch(3, 2030 - 11, "EDGE_A"))).status()).isEqualTo(200);
        String sha = jdbc.queryForObject("SELECT attachment_sha256 FROM audit_record WHERE attachment_sha256 IS NOT NULL"
                + " ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY", String.class);
        String content = jdbc.queryForObject("SELECT content FROM audit_attachment WHERE sha256 = ?", String.class, sha);
        try {
            jdbc.update("UPDATE audit_attachment SET content = ? WHERE sha256 = ?", content.replaceFirst("\\d", "9"), sha);
            JsonNode verdict = admin.get("/api/admin/audit/verify").json();
            assertThat(verdict.get("intact").asBoolean()).isFalse();
            assertThat(verdict.get("reason").asString()).contains("attachment");
        } finally {
            jdbc.update("UPDATE audit_attachment SET content = ? WHERE sha256 = ?", content, sha);
        }
        assertThat(admin.get("/api/admin/audit/verify").json().get("intact").asBoolean()).isTrue();
    }

    private static Map<String, Object> task(String code) {
        return TaskDrafts.valid(code);
    }

    @Test
    void aNulInAnyTextFieldOfTheTaskAndIndicatorApisIsA400NamingTheField() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        for (String field : List.of("code", "planCode", "title", "description", "responsiblePerson", "leadUnit", "approverUnit",
                "deliverable", "sourceNumber")) {
            Map<String, Object> draft = task("EDGE-NUL-" + field.length());
            draft.put(field, "A\u0000B");
            Api.Reply reply = admin.post("/api/tasks", draft);
            assertThat(reply.status()).as(field + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.json().get("parameter").asString()).isEqualTo(field);
            assertThat(reply.contentType()).contains("application/problem+json");
        }
        Map<String, Object> coordinators = task("EDGE-NUL-C");
        coordinators.put("coordinatingUnits", List.of("BCA", "B\u0000"));
        assertThat(admin.post("/api/tasks", coordinators).json().get("parameter").asString()).isEqualTo("coordinatingUnits[1]");
        // other control characters too; tab and line breaks are text
        Map<String, Object> bell = task("EDGE-NUL-BEL");
        bell.put("title", "chuông\u0007");
        assertThat(admin.post("/api/tasks", bell).status()).isEqualTo(400);
        Api.Reply created = admin.post("/api/tasks", task("EDGE-NUL-OK"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        long version = created.json().get("version").asLong();
        Api officer = Api.as(port, DemoFacts.BADINH_OFFICER);
        assertThat(officer.post("/api/tasks/" + id + "/reports", Map.of("percent", 10, "note", "ghi\u0000chú")).json()
                .get("parameter").asString()).isEqualTo("note");
        assertThat(officer.post("/api/tasks/" + id + "/reports", Map.of("percent", 10, "evidenceKind", "DOCUMENT",
                "evidenceReference", "12/QĐ\u0000")).json().get("parameter").asString()).isEqualTo("evidenceReference");
        assertThat(admin.post("/api/tasks/" + id + "/deadline", Map.of("deadline", "2028-01-01", "reason", "lý\u0000do")).json()
                .get("parameter").asString()).isEqualTo("reason");
        Map<String, Object> edit = task("EDGE-NUL-OK");
        edit.put("title", "sửa\u0000");
        edit.put("version", version);
        assertThat(admin.put("/api/tasks/" + id, edit).json().get("parameter").asString()).isEqualTo("title");
        assertThat(Api.as(port, DemoFacts.HANOI_LEADER).post("/api/tasks/" + id + "/acceptance", Map.of("decision", "REJECTED",
                "reason", "x\u0000", "version", version)).json().get("parameter").asString()).isEqualTo("reason");
        assertThat(admin.get("/api/tasks?q=" + Api.encode("a\u0000b")).status()).isEqualTo(400);
        // NFC before lengths: 500 decomposed letters are 500 characters once composed
        Map<String, Object> decomposed = task("EDGE-NFC");
        decomposed.put("title", Normalizer.normalize("ệ".repeat(500), Normalizer.Form.NFD));
        Api.Reply nfc = admin.post("/api/tasks", decomposed);
        assertThat(nfc.status()).as(nfc.body()).isEqualTo(201);
        assertThat(nfc.json().get("draft").get("title").asString()).isEqualTo("ệ".repeat(500));

        // the indicator API
        for (String field : List.of("nameVi", "nameEn", "formula", "unitLabel", "source", "description")) {
            Map<String, Object> indicator = new HashMap<>(Map.of("nameVi", "Chỉ tiêu", "nameEn", "Indicator", "formula", "EDGE_A",
                    "unitLabel", "%", "source", "NQ 57", "description", "mô tả"));
            indicator.put(field, "x\u0000");
            Api.Reply reply = admin.put("/api/indicators/EDGE_IND", indicator);
            assertThat(reply.status()).as(field + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.json().get("parameter").asString()).isEqualTo(field);
        }
        for (String field : List.of("dataSet", "unit", "period")) {
            Map<String, Object> submission = new HashMap<>(Map.of("dataSet", "EDGE_SET", "unit", DemoFacts.BA_DINH, "period", "2009-01",
                    "values", Map.of("EDGE_A", 1)));
            submission.put(field, "0\u0000");
            assertThat(admin.post("/api/indicators/submissions", submission).json().get("parameter").asString()).isEqualTo(field);
        }
        assertThat(admin.post("/api/indicators/submissions", Map.of("dataSet", "EDGE_SET", "unit", DemoFacts.BA_DINH, "period", "2009-01",
                "values", Map.of("EDGE_\u0000", 1))).status()).isEqualTo(400);
        for (String field : List.of("element", "unit", "period")) {
            Map<String, Object> value = new HashMap<>(Map.of("element", "EDGE_A", "unit", DemoFacts.BA_DINH, "period", "2009-02", "value", 1));
            value.put(field, "E\u0000");
            assertThat(admin.post("/api/indicators/values", Map.of("values", List.of(value))).json().get("parameter").asString())
                    .isEqualTo("values[0]." + field);
        }
        assertThat(admin.post("/api/indicators/EDGE_A/ratings/01", Map.of("rating", "AT_RISK", "evidence", "e\u0000")).json()
                .get("parameter").asString()).isEqualTo("evidence");
        long submission = admin.post("/api/indicators/submissions", Map.of("dataSet", "EDGE_SET", "unit", DemoFacts.BA_DINH, "period",
                "2009-03", "values", Map.of("EDGE_A", 1))).json().get("id").asLong();
        assertThat(admin.post("/api/indicators/submissions/" + submission + "/approval", Map.of("approve", false, "note", "n\u0000",
                "level", DemoFacts.BA_DINH, "version", 1)).json().get("parameter").asString()).isEqualTo("note");
        // and in a spreadsheet cell: row and column named, nothing imported
        Api.Reply file = admin.upload("/api/indicators/import", "nul.csv",
                "Mã đơn vị,Kỳ báo cáo,Mã chỉ tiêu dữ liệu,Giá trị\n00004,2009-04,EDGE_\u0000A,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(file.status()).isEqualTo(400);
        assertThat(file.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(file.json().get("errors").get(0).get("column").asString()).isEqualTo("Mã chỉ tiêu dữ liệu");
    }

    private long submit(Api as, String unit, String period, double value) {
        Api.Reply reply = as.post("/api/indicators/submissions", Map.of("dataSet", "EDGE_SET", "unit", unit, "period", period,
                "values", Map.of("EDGE_A", value)));
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json().get("id").asLong();
    }

    @Test
    void twoSimultaneousApprovalsApproveExactlyOneLevelAndTheOtherIs409() throws Exception {
        Api leader = Api.as(port, DemoFacts.HANOI_LEADER);
        for (int round = 0; round < 5; round++) {
            long id = submit(Api.as(port, DemoFacts.BADINH_OFFICER), DemoFacts.BA_DINH, "2008-0" + (round + 1), 5);
            JsonNode shown = leader.get("/api/indicators/submissions/" + id).json();
            Map<String, Object> decision = Map.of("approve", true, "level", shown.get("nextLevel").asString(), "version",
                    shown.get("version").asLong());
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                replies.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return leader.post("/api/indicators/submissions/" + id + "/approval", decision);
                }));
            }
            start.countDown();
            List<Integer> statuses = replies.stream().map(CompletableFuture::join).map(Api.Reply::status).sorted().toList();
            assertThat(statuses).isEqualTo(List.of(200, 409));
            JsonNode after = leader.get("/api/indicators/submissions/" + id).json();
            assertThat(after.get("approvedThrough").asString()).isEqualTo(DemoFacts.BA_DINH);
            assertThat(after.get("nextLevel").asString()).isEqualTo("01");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission_step WHERE submission_id = ? AND action = 'APPROVED'",
                    Long.class, id)).isEqualTo(1);
            // the refused one answered the current state
            Api.Reply conflict = replies.stream().map(CompletableFuture::join).filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertThat(conflict.json().get("current").get("version").asLong()).isEqualTo(after.get("version").asLong());
        }
    }

    @Test
    void anEditThatLandsBeforeTheApprovalMakesTheApproval409AndChangesNothing() {
        Api officer = Api.as(port, DemoFacts.BADINH_OFFICER);
        Api leader = Api.as(port, DemoFacts.HANOI_LEADER);
        long id = submit(officer, DemoFacts.BA_DINH, "2007-01", 5);
        JsonNode shown = leader.get("/api/indicators/submissions/" + id).json();
        submit(officer, DemoFacts.BA_DINH, "2007-01", 6); // the officer corrects the value while the leader looks at 5
        Api.Reply approval = leader.post("/api/indicators/submissions/" + id + "/approval", Map.of("approve", true,
                "level", shown.get("nextLevel").asString(), "version", shown.get("version").asLong()));
        assertThat(approval.status()).isEqualTo(409);
        assertThat(approval.json().get("current").get("values").get("EDGE_A").asDouble()).isEqualTo(6);
        JsonNode now = leader.get("/api/indicators/submissions/" + id).json();
        assertThat(now.get("approvedThrough").isNull()).isTrue();
        // a decision without a version, or for another level, changes nothing either
        assertThat(leader.post("/api/indicators/submissions/" + id + "/approval", Map.of("approve", true, "level", DemoFacts.BA_DINH))
                .status()).isEqualTo(428);
        assertThat(leader.post("/api/indicators/submissions/" + id + "/approval", Map.of("approve", true, "level", "01",
                "version", now.get("version").asLong())).status()).isEqualTo(409);
        // If-Match works as well as the field
        Api.Reply byEtag = leader.post("/api/indicators/submissions/" + id + "/approval", Map.of("approve", true, "level", DemoFacts.BA_DINH),
                "If-Match", "\"" + now.get("version").asLong() + "\"");
        assertThat(byEtag.status()).as(byEtag.body()).isEqualTo(200);
    }

    @Test
    void taskEditsAndAcceptanceNameTheVersionTheyWereShown() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        JsonNode created = admin.post("/api/tasks", task("EDGE-VERSION")).json();
        long id = created.get("id").asLong();
        long v1 = created.get("version").asLong();
        Map<String, Object> edit = task("EDGE-VERSION");
        edit.put("title", "Đổi tên");
        assertThat(admin.put("/api/tasks/" + id, edit).status()).isEqualTo(428);
        edit.put("version", v1);
        assertThat(admin.put("/api/tasks/" + id, edit).status()).isEqualTo(200);
        Api.Reply stale = admin.put("/api/tasks/" + id, edit);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("current").get("draft").get("title").asString()).isEqualTo("Đổi tên");
        long reported = Api.as(port, DemoFacts.BADINH_OFFICER).post("/api/tasks/" + id + "/reports", Map.of("percent", 100,
                "evidenceKind", "LINK", "evidenceReference", "https://badinh.hanoi.gov.vn/x")).json().get("version").asLong();
        Api leader = Api.as(port, DemoFacts.HANOI_LEADER);
        assertThat(leader.post("/api/tasks/" + id + "/acceptance", Map.of("decision", "ACCEPTED", "version", reported)).status())
                .isEqualTo(200);
        // a double click: the second is stale
        assertThat(leader.post("/api/tasks/" + id + "/acceptance", Map.of("decision", "ACCEPTED", "version", reported)).status())
                .isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_review r JOIN task t ON t.id = r.task_id WHERE t.code = 'EDGE-VERSION'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void replacingATargetNamesTheVersionItWasShown() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Map<String, Object> target = new HashMap<>(Map.of("baselineValue", 10, "baselineDate", "2024-01-01", "targetValue", 80,
                "deadline", "2027-12-31"));
        Api.Reply created = admin.put("/api/indicators/EDGE_IND/targets/00008", target);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        long version = created.json().get("version").asLong();
        target.put("targetValue", 90);
        assertThat(admin.put("/api/indicators/EDGE_IND/targets/00008", target).status()).isEqualTo(428);
        target.put("version", version);
        assertThat(admin.put("/api/indicators/EDGE_IND/targets/00008", target).json().get("targetValue").asDouble()).isEqualTo(90);
        target.put("targetValue", 95);
        Api.Reply stale = admin.put("/api/indicators/EDGE_IND/targets/00008", target);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("current").get("targetValue").asDouble()).isEqualTo(90);
    }

    @Test
    void aPairOf1797e308IsRefusedWithTheFieldAndNoAnswerSaysInfinity() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        for (String unit : List.of(DemoFacts.BA_DINH, DemoFacts.NGOC_HA)) {
            Api.Reply reply = admin.post("/api/indicators/submissions", Map.of("dataSet", "EDGE_SET", "unit", unit, "period", "2006-01",
                    "values", Map.of("EDGE_A", 1.797e308)));
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("errors").get(0).get("column").asString()).isEqualTo("EDGE_A");
        }
        Api.Reply overflow = admin.post("/api/indicators/values", "{\"values\":[{\"element\":\"EDGE_A\",\"unit\":\"00004\","
                + "\"period\":\"2006-02\",\"value\":1e309}]}");
        assertThat(overflow.status()).isEqualTo(400);
        assertThat(overflow.body()).doesNotContain("Infinity");
        submit(admin, DemoFacts.BA_DINH, "2006-03", 1e15);
        submit(admin, DemoFacts.NGOC_HA, "2006-03", 1e15);
        Api.Reply total = admin.get("/api/indicators/EDGE_IND/value?unit=01&period=2006-03&official=false");
        assertThat(total.body()).doesNotContain("Infinity").doesNotContain("NaN");
    }

    /** Windows-1258 writes most Vietnamese letters as a base letter and a combining tone mark. */
    private static byte[] windows1258(String text) {
        CharsetEncoder encoder = Charset.forName("windows-1258").newEncoder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            String piece = String.valueOf(c);
            if (!encoder.canEncode(piece)) {
                // the letter with one mark left out, composed, and that mark combining: ệ = ê + dot below
                String d = Normalizer.normalize(piece, Normalizer.Form.NFD);
                for (int m = 1; m < d.length(); m++) {
                    String base = Normalizer.normalize(d.substring(0, m) + d.substring(m + 1), Normalizer.Form.NFC);
                    String mark = d.substring(m, m + 1);
                    if (encoder.canEncode(base) && encoder.canEncode(mark)) {
                        piece = base + mark;
                        break;
                    }
                }
            }
            out.writeBytes(piece.getBytes(Charset.forName("windows-1258")));
        }
        return out.toByteArray();
    }

    @Test
    void csvInEachEncodingAndWithSemicolonsIsRead() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        String header = "Mã đơn vị,Kỳ báo cáo,Mã chỉ tiêu dữ liệu,Giá trị\r\n";
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        String row = "00004,%s,EDGE_A,1\r\n";
        files.put("utf8", (header + row.formatted("2005-01")).getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.writeBytes((header + row.formatted("2005-02")).getBytes(StandardCharsets.UTF_8));
        files.put("utf8-bom", bom.toByteArray());
        files.put("utf16-bom", (header + row.formatted("2005-03")).getBytes(StandardCharsets.UTF_16));
        files.put("utf16le", (header + row.formatted("2005-04")).getBytes(StandardCharsets.UTF_16LE));
        files.put("windows-1258", windows1258(header + row.formatted("2005-05")));
        files.put("semicolon", (header.replace(',', ';') + row.formatted("2005-06").replace(',', ';')).getBytes(StandardCharsets.UTF_8));
        files.put("sep-line", ("sep=;\r\n" + header.replace(',', ';') + row.formatted("2005-07").replace(',', ';'))
                .getBytes(StandardCharsets.UTF_8));
        files.forEach((name, content) -> {
            Api.Reply reply = admin.upload("/api/indicators/import", name + ".csv", content);
            assertThat(reply.status()).as(name + ": " + reply.body()).isEqualTo(200);
        });
        // a file in none of them: the answer says what was expected, with no Java exception name
        byte[] shiftJis = (header + row.formatted("2005-08")).getBytes(Charset.forName("Shift_JIS"));
        shiftJis[2] = (byte) 0x81;
        shiftJis[3] = (byte) 0x81;
        Api.Reply refused = admin.upload("/api/indicators/import", "khac.csv", shiftJis);
        assertThat(refused.status()).isIn(400);
        assertThat(refused.body()).contains("UTF-8").contains("UTF-16").contains("Windows-1258").contains("';'")
                .doesNotContain("Exception");
        // and the task import reads the same encodings
        String taskCsv = "Mã nhiệm vụ;Kế hoạch;Tên nhiệm vụ;Mô tả;Người chịu trách nhiệm;Ngày bắt đầu;Thời hạn;Cơ quan chủ trì;"
                + "Cơ quan phối hợp;Cơ quan nghiệm thu;Sản phẩm;Số văn bản giao;Ngày văn bản\r\n"
                + "EDGE-1258;NQ57-KH2026;Số hóa hồ sơ;;Nguyễn Văn Ấn;01/02/2026;31/12/2026;00004;;01;Hệ thống;01/KH;15/01/2026\r\n";
        Api.Reply tasks = admin.upload("/api/tasks/import", "nhiem-vu.csv", windows1258(taskCsv));
        assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
        assertThat(admin.get("/api/tasks?q=EDGE-1258").body()).contains("Số hóa hồ sơ");
    }

    @Test
    void aFileWithThousandsOfBadRowsListsAtMostAThousand() {
        StringBuilder csv = new StringBuilder("Mã đơn vị,Kỳ báo cáo,Mã chỉ tiêu dữ liệu,Giá trị\n");
        for (int i = 0; i < 2500; i++) {
            csv.append("00004,2004-01,EDGE_A,không-phải-số\n");
        }
        Api.Reply reply = Api.as(port, DemoFacts.ADMIN).upload("/api/indicators/import", "xau.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errorCount").asInt()).isEqualTo(2500);
        assertThat(reply.json().get("errors")).hasSize(1000);
    }
}
