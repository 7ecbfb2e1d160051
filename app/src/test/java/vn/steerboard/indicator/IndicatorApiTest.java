package vn.steerboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;
import vn.steerboard.support.DemoFacts;

/** Submissions, validation, approval, locking, idempotency, live events and open data through real HTTP. */
@IntegrationTest
class IndicatorApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Map<String, Object> submission(String dataSet, String unit, String period, Map<String, Object> values) {
        return Map.of("dataSet", dataSet, "unit", unit, "period", period, "values", values);
    }

    @Test
    void formulaErrorsNameThePosition() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Api.Reply unclosed = admin.put("/api/indicators/TEST_BAD", Map.of("nameVi", "Thử", "formula", "100 * (TTHC_TONG"));
        assertThat(unclosed.status()).isEqualTo(400);
        assertThat(unclosed.body()).contains("position 17");
        Api.Reply unknown = admin.put("/api/indicators/TEST_BAD", Map.of("nameVi", "Thử", "formula", "100 * KHONG_CO / TTHC_TONG"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("KHONG_CO");
        Api.Reply good = admin.put("/api/indicators/TEST_TTHC", Map.of("nameVi", "Thử", "formula", "100 * TTHC_TRUC_TUYEN / TTHC_TONG",
                "polarity", "HIGHER_IS_BETTER", "unitLabel", "%"));
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.json().get("formula").asString()).isEqualTo("100 * TTHC_TRUC_TUYEN / TTHC_TONG");
        assertThat(Api.as(port, DemoFacts.HANOI_OFFICER).put("/api/indicators/TEST_TTHC2",
                Map.of("nameVi", "Thử", "formula", "TTHC_TONG")).status()).isEqualTo(403);
    }

    @Test
    void aProvinceOfficerCannotSubmitForAnotherProvinceNorACommuneForItsNeighbour() {
        Map<String, Object> values = Map.of("TTHC_TONG", 100, "TTHC_TRUC_TUYEN", 50);
        assertThat(Api.as(port, DemoFacts.HANOI_OFFICER).post("/api/indicators/submissions",
                submission(DemoFacts.PROVINCE_DATA_SET, "79", "2026-06", values)).status()).isEqualTo(403);
        assertThat(Api.as(port, DemoFacts.BADINH_OFFICER).post("/api/indicators/submissions",
                submission(DemoFacts.COMMUNE_DATA_SET, DemoFacts.NGOC_HA, "2026Q2", Map.of("TO_CNS", 1))).status()).isEqualTo(403);
        assertThat(Api.as(port, DemoFacts.VIEWER).post("/api/indicators/submissions",
                submission(DemoFacts.COMMUNE_DATA_SET, DemoFacts.BA_DINH, "2026Q2", Map.of("TO_CNS", 1))).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ACCESS_DENIED' AND entity_type = 'SUBMISSION'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aFailedHighRuleBlocksTheSubmissionAndALowerOneWarns() {
        Api officer = Api.as(port, DemoFacts.HANOI_OFFICER);
        String unit = TestFixtures.unit("01", "IndicatorApiTest.rules");
        String month = TestFixtures.MONTH;
        Api.Reply blocked = officer.post("/api/indicators/submissions",
                submission(DemoFacts.PROVINCE_DATA_SET, unit, month, Map.of("TTHC_TONG", 100, "TTHC_TRUC_TUYEN", 150)));
        assertThat(blocked.status()).isEqualTo(400);
        assertThat(blocked.body()).contains("R_TTHC").contains("nothing");
        // of this data set: systems record their own values for the province's month (assessments' DN_CDS)
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE data_set_code = ? AND unit_code = ? AND period = ?")
                .params(DemoFacts.PROVINCE_DATA_SET, unit, month)
                .query(Long.class).single()).isZero();
        Api.Reply type = officer.post("/api/indicators/submissions",
                submission(DemoFacts.PROVINCE_DATA_SET, unit, month, Map.of("TTHC_TONG", 100.5)));
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.body()).contains("whole number");
        // the demo's (fixed) September figure: the rule compares with the previous value reported
        double before = jdbc.sql("SELECT numeric_value FROM data_value WHERE unit_code = ? AND period = '2026-09'"
                + " AND element_code = 'VB_SO_HOA'").param(unit).query(Double.class).single();
        Api.Reply warned = officer.post("/api/indicators/submissions",
                submission(DemoFacts.PROVINCE_DATA_SET, unit, month, Map.of("VB_TONG", before * 2, "VB_SO_HOA", 1)));
        assertThat(warned.status()).as(warned.body()).isEqualTo(201);
        assertThat(warned.json().get("warnings").toString()).contains("R_VB_LUY_KE");
        assertThat(warned.json().get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void approvalClimbsCommuneProvinceNationAndLocksTheValues() {
        Api commune = Api.as(port, DemoFacts.BADINH_OFFICER);
        Api leader = Api.as(port, DemoFacts.HANOI_LEADER);
        Api admin = Api.as(port, DemoFacts.ADMIN);
        TestFixtures.unit(DemoFacts.BA_DINH, "IndicatorApiTest.approval");
        Api.Reply submitted = commune.post("/api/indicators/submissions", submission(DemoFacts.COMMUNE_DATA_SET, DemoFacts.BA_DINH, "2026Q4", Map.of("TO_CNS", 0)));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        long id = submitted.json().get("id").asLong();
        assertThat(submitted.json().get("nextLevel").asString()).isEqualTo(DemoFacts.BA_DINH);
        // before approval the commune sees its value, marked; the official league does not
        JsonNode card = commune.get("/api/indicators/scorecard/00004?asOf=2026-12-31").json();
        JsonNode team = find(card, "TO_CNS_TL");
        assertThat(team.get("currentPeriod").asString()).isEqualTo("2026Q4");
        assertThat(team.get("includesUnapproved").asBoolean()).isTrue();
        assertThat(official(DemoFacts.BA_DINH).get("currentPeriod").asString()).isNotEqualTo("2026Q4");

        assertThat(decide(commune, id, Map.of("approve", true)).status()).isEqualTo(403);
        Api.Reply first = decide(leader, id, Map.of("approve", true, "note", "đã kiểm tra"));
        assertThat(first.json().get("approvedThrough").asString()).isEqualTo(DemoFacts.BA_DINH);
        assertThat(first.json().get("locked").asBoolean()).isTrue();
        Api.Reply change = commune.post("/api/indicators/submissions", submission(DemoFacts.COMMUNE_DATA_SET, DemoFacts.BA_DINH, "2026Q4", Map.of("TO_CNS", 1)));
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.body()).contains("locked");
        assertThat(decide(leader, id, Map.of("approve", true)).json()
                .get("nextLevel").asString()).isEqualTo("VN");
        assertThat(decide(leader, id, Map.of("approve", true)).status()).isEqualTo(403);
        Api.Reply last = decide(admin, id, Map.of("approve", true));
        assertThat(last.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(last.json().get("history")).hasSize(4);
        JsonNode now = official(DemoFacts.BA_DINH);
        assertThat(now.get("currentPeriod").asString()).isEqualTo("2026Q4");
        assertThat(now.get("current").asDouble()).isZero();
        assertThat(commune.post("/api/indicators/submissions", submission(DemoFacts.COMMUNE_DATA_SET, DemoFacts.BA_DINH, "2026Q4", Map.of("TO_CNS", 1)))
                .status()).isEqualTo(409);
        // only an ADMIN can reopen approved values, with a reason; then the commune may correct them
        assertThat(decide(leader, id, Map.of("approve", false, "note", "sai")).status())
                .isEqualTo(403);
        assertThat(decide(admin, id, Map.of("approve", false)).status()).isEqualTo(400);
        assertThat(decide(admin, id, Map.of("approve", false, "note", "Xã báo cáo nhầm"))
                .json().get("status").asString()).isEqualTo("RETURNED");
        assertThat(official(DemoFacts.BA_DINH).get("currentPeriod").asString()).isNotEqualTo("2026Q4");
        assertThat(commune.post("/api/indicators/submissions", submission(DemoFacts.COMMUNE_DATA_SET, DemoFacts.BA_DINH, "2026Q4", Map.of("TO_CNS", 1)))
                .status()).isEqualTo(201);
    }

    private JsonNode official(String commune) {
        JsonNode ranking = Api.as(port, DemoFacts.VIEWER).get("/api/indicators/TO_CNS_TL/ranking?league=COMMUNE&parent=01&asOf=2026-12-31").json();
        for (JsonNode row : ranking) {
            if (row.get("unitCode").asString().equals(commune)) {
                return row;
            }
        }
        throw new AssertionError(commune + " not in the league: " + ranking);
    }

    private static JsonNode find(JsonNode card, String indicator) {
        for (JsonNode row : card) {
            if (row.get("indicatorCode").asString().equals(indicator)) {
                return row;
            }
        }
        throw new AssertionError(indicator + " not on the card");
    }

    @Test
    void aResentBatchWithTheSameIdempotencyKeyIsNotCountedTwice() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        TestFixtures.unit("BKHCN", "IndicatorApiTest.idempotency");
        TestFixtures.unit("BTC", "IndicatorApiTest.idempotency");
        List<Map<String, Object>> values = List.of(
                Map.of("element", "HS_TONG", "unit", "BKHCN", "period", "2026-11", "value", 1000),
                Map.of("element", "HS_TRUC_TUYEN", "unit", "BKHCN", "period", "2026-11", "value", 400),
                Map.of("element", "HS_TONG", "unit", "BTC", "period", "2026-11", "value", 500));
        Api.Reply first = admin.post("/api/indicators/values", Map.of("values", values), "Idempotency-Key", "batch-2026-11-001");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("values").asInt()).isEqualTo(3);
        assertThat(first.json().get("replayed").asBoolean()).isFalse();
        double nationalSum = jdbc.sql("SELECT value_sum FROM element_rollup WHERE scope = 'A' AND unit_code = 'VN'"
                + " AND element_code = 'HS_TONG' AND period = '2026-11'").query(Double.class).single();
        Api.Reply again = admin.post("/api/indicators/values", Map.of("values", values), "Idempotency-Key", "batch-2026-11-001");
        assertThat(again.json().get("replayed").asBoolean()).isTrue();
        assertThat(again.json().get("submissionIds")).isEqualTo(first.json().get("submissionIds"));
        assertThat(jdbc.sql("SELECT value_sum FROM element_rollup WHERE scope = 'A' AND unit_code = 'VN'"
                + " AND element_code = 'HS_TONG' AND period = '2026-11'").query(Double.class).single()).isEqualTo(nationalSum);
        assertThat(nationalSum).isGreaterThanOrEqualTo(1500);
        Api.Reply reused = admin.post("/api/indicators/values", Map.of("values", values.subList(0, 1)), "Idempotency-Key",
                "batch-2026-11-001");
        assertThat(reused.status()).isEqualTo(409);
    }

    @Test
    void aBadBatchOrFileRowChangesNothingAndIsNamed() {
        long before = jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single();
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Api.Reply batch = admin.post("/api/indicators/values", Map.of("values", List.of(
                Map.of("element", "HS_TONG", "unit", "BKHCN", "period", "2026-11", "value", 100000),
                Map.of("element", "HS_TONG", "unit", "XX", "period", "2026-10", "value", 10))));
        assertThat(batch.status()).isEqualTo(400);
        assertThat(batch.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(batch.json().get("errors").get(0).get("column").asString()).isEqualTo("unit");
        StringBuilder csv = new StringBuilder("Mã đơn vị,Kỳ báo cáo,Mã chỉ tiêu dữ liệu,Giá trị\n");
        for (int i = 0; i < 60; i++) {
            csv.append(i == 40 ? "01,2026-13,HS_TONG,5\n" : "BKHCN,2026-0" + (1 + i % 9) + ",HS_TONG," + (100 + i) + "\n");
        }
        Api.Reply file = admin.upload("/api/indicators/import", "so-lieu.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(file.status()).isEqualTo(400);
        assertThat(file.body()).contains("\"row\":42").contains("2026-13");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anApprovalReachesAnOpenLiveSubscription() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/live/figures"))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        CompletableFuture<String> indicatorEvent = CompletableFuture.supplyAsync(
                () -> stream.body().filter(line -> line.contains("\"indicators\"")).findFirst().orElse(""));
        Api admin = Api.as(port, DemoFacts.ADMIN);
        long id = admin.post("/api/indicators/submissions", submission(DemoFacts.PROVINCE_DATA_SET, TestFixtures.unit("BTP", "IndicatorApiTest.live"), "2026-11", Map.of("NS_DU_TOAN", 10,
                "NS_GIAI_NGAN", 2))).json().get("id").asLong();
        // four eyes: another ADMIN approves what "admin" submitted
        assertThat(decide(Api.secondAdmin(port), id, Map.of("approve", true)).status()).isEqualTo(200);
        assertThat(indicatorEvent.get(10, TimeUnit.SECONDS)).contains("indicators");
        stream.body().close();
    }

    @Test
    void openDataShowsOnlyApprovedValuesDownToThePublishedLevel() {
        Api anonymous = Api.anonymous(port);
        Api admin = Api.as(port, DemoFacts.ADMIN);
        try {
            publishedLevelsShowOnlyApprovedValues(anonymous, admin);
        } finally { // the publication level is one setting for everybody: leave it as the demo has it
            assertThat(admin.put("/api/admin/indicators/publication", Map.of("level", "PROVINCE")).status()).isEqualTo(200);
        }
    }

    private void publishedLevelsShowOnlyApprovedValues(Api anonymous, Api admin) {
        assertThat(admin.put("/api/admin/indicators/publication", Map.of("level", "NATIONAL")).status()).isEqualTo(200);
        JsonNode national = anonymous.get("/open/indicators.json").json();
        assertThat(national.size()).isPositive();
        for (JsonNode row : national) {
            assertThat(row.get("unitCode").asString()).isEqualTo("VN");
        }
        assertThat(admin.put("/api/admin/indicators/publication", Map.of("level", "PROVINCE")).status()).isEqualTo(200);
        assertThat(Api.as(port, DemoFacts.HANOI_OFFICER).put("/api/admin/indicators/publication", Map.of("level", "COMMUNE")).status())
                .isEqualTo(403);
        JsonNode provincial = anonymous.get("/open/indicators.json").json();
        List<String> unapprovedPeriods = jdbc.sql("SELECT period FROM submission WHERE unit_code = '01' AND data_set_code = 'CDS_TINH'"
                + " AND status <> 'APPROVED'").query(String.class).list();
        boolean sawHanoi = false;
        for (JsonNode row : provincial) {
            assertThat(row.get("level").asString()).isNotEqualTo("COMMUNE");
            if (row.get("unitCode").asString().equals("01") && row.get("indicator").asString().equals(DemoFacts.ONLINE_PROCEDURES)) {
                sawHanoi = true;
                assertThat(unapprovedPeriods).doesNotContain(row.get("period").asString());
            }
        }
        assertThat(sawHanoi).isTrue();
        Api.Reply csv = anonymous.get("/open/indicators.csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("TTHC_TOAN_TRINH,Tỷ lệ thủ tục hành chính trực tuyến toàn trình,VN,Toàn quốc,NATIONAL,2024-01");
    }

    @Test
    void theNationalSetShipsWithTargetsAndComputedStatusesBesideHumanRatings() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        JsonNode card = admin.get("/api/indicators/scorecard/VN?asOf=2025-11-15").json();
        // the ten built-in indicators (tests may define more)
        List<String> codes = new java.util.ArrayList<>();
        card.forEach(row -> codes.add(row.get("indicatorCode").asString()));
        assertThat(codes).contains(DemoFacts.ONLINE_PROCEDURES, "HS_TRUC_TUYEN_TL", "PHU_SONG_5G", "BENH_AN_DT", "VAN_BANG_SO", "CHU_KY_SO",
                "VNEID", "TO_CNS_TL", "KINH_TE_SO", "GIAI_NGAN");
        JsonNode online = find(card, DemoFacts.ONLINE_PROCEDURES);
        assertThat(online.get("target").get("targetValue").asDouble()).isEqualTo(80);
        assertThat(online.get("currentPeriod").asString()).isEqualTo("2025-10");
        assertThat(online.get("forecast").get("low").asDouble()).isLessThan(online.get("forecast").get("high").asDouble());
        assertThat(online.get("status").asString()).isIn("ON_TRACK", "AT_RISK", "OFF_TRACK");
        Api.Reply rated = admin.post("/api/indicators/TTHC_TOAN_TRINH/ratings/VN", Map.of("rating", "ON_TRACK",
                "evidence", "Báo cáo của Văn phòng Chính phủ ngày 10/11/2025"));
        assertThat(rated.status()).isEqualTo(200);
        JsonNode after = find(admin.get("/api/indicators/scorecard/VN?asOf=2025-11-15").json(), DemoFacts.ONLINE_PROCEDURES);
        assertThat(after.get("status").asString()).isEqualTo(online.get("status").asString());
        assertThat(after.get("rating").get("rating").asString()).isEqualTo("ON_TRACK");
        assertThat(Api.as(port, DemoFacts.HANOI_LEADER).post("/api/indicators/TTHC_TOAN_TRINH/ratings/01",
                Map.of("rating", "ON_TRACK", "evidence", "tự đánh giá")).status()).isEqualTo(403);
        // Hanoi has its own, higher target; other provinces inherit the national one
        JsonNode hanoi = find(admin.get("/api/indicators/scorecard/01?asOf=2025-11-15").json(), DemoFacts.ONLINE_PROCEDURES);
        assertThat(hanoi.get("target").get("targetValue").asDouble()).isEqualTo(90);
        assertThat(hanoi.get("rank").asInt()).isBetween(1, 34);
        JsonNode hue = find(admin.get("/api/indicators/scorecard/46?asOf=2025-11-15").json(), DemoFacts.ONLINE_PROCEDURES);
        assertThat(hue.get("target").get("inherited").asBoolean()).isTrue();
    }
    /** A decision as the pages make it: naming the level and version the decider was shown. */
    private Api.Reply decide(Api as, long id, Map<String, ?> decision) {
        JsonNode shown = Api.as(port, DemoFacts.ADMIN).get("/api/indicators/submissions/" + id).json();
        Map<String, Object> body = new java.util.HashMap<>(decision);
        JsonNode level = shown.get("nextLevel").isNull() ? shown.get("approvedThrough") : shown.get("nextLevel");
        body.put("level", level.isNull() ? null : level.asString());
        body.put("version", shown.get("version").asLong());
        return as.post("/api/indicators/submissions/" + id + "/approval", body);
    }
}
