package vn.steerboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;

/**
 * Events in through real HTTP, and the index they move: all-or-nothing batches naming row, field and value,
 * idempotency, a late correction changing last month, scoping of the dossiers behind a figure, and the repair.
 */
@IntegrationTest
class DeliveryEventsApiTest {

    static final String PROCEDURE = "T16.EV.P1";
    static final String HONG_SON = TestFixtures.unit("10441", "DeliveryEventsApiTest");
    static final String HUONG_SON = TestFixtures.unit("10459", "DeliveryEventsApiTest");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String officer;

    @BeforeEach
    void procedureAndAccounts() {
        Map<String, Object> p = new HashMap<>(Map.of("code", PROCEDURE, "name", "Thủ tục thử sự kiện", "competence",
                "COMMUNE", "handlingAgencies", "UBND xã", "applicantKind", "CITIZEN", "feeVnd", 20_000,
                "fullyOnlineEligible", true, "onlineLevel", "FULL", "populationData", true));
        assertThat(Api.as(port, "admin").put("/api/delivery/procedures", List.of(p)).status()).isEqualTo(200);
        officer = TestFixtures.account(port, "t16.hongson.officer", "OFFICER", HONG_SON);
    }

    static Map<String, Object> received(String dossier, String unit, String at) {
        Map<String, Object> e = new HashMap<>(Map.of("kind", "DOSSIER_RECEIVED", "dossier", dossier, "unit", unit,
                "procedure", PROCEDURE, "at", at, "channel", "ONLINE", "workingDays", 3, "fullyOnline", true));
        e.put("applicantName", "Nguyễn Thị Hồng");
        e.put("applicantId", "001190012345");
        return e;
    }

    static Map<String, Object> event(String kind, String dossier, String unit, String at, Object... more) {
        Map<String, Object> e = new HashMap<>(Map.of("kind", kind, "dossier", dossier, "unit", unit, "at", at));
        for (int i = 0; i < more.length; i += 2) {
            e.put((String) more[i], more[i + 1]);
        }
        return e;
    }

    private JsonNode row(JsonNode index, String code) {
        for (JsonNode r : index.get("indicators")) {
            if (r.get("indicator").asString().equals(SubIndicator.byCode(code).name())) {
                return r;
            }
        }
        throw new AssertionError(code);
    }

    @Test
    void aBatchMovesTheIndexOnceAndAResentBatchIsNotCountedTwice() {
        Api api = Api.as(port, officer);
        List<Map<String, Object>> batch = List.of(received("T16-HS-1", HONG_SON, "2026-11-02T09:00:00+07:00"),
                event("STATUS_CHANGED", "T16-HS-1", HONG_SON, "2026-11-04T10:00:00+07:00", "status", "COMPLETED"),
                event("SYNCED_TO_PORTAL", "T16-HS-1", HONG_SON, "2026-11-04T11:00:00+07:00"),
                event("PAYMENT", "T16-HS-1", HONG_SON, "2026-11-02T09:30:00+07:00", "electronic", true, "amountVnd", 20_000),
                received("T16-HS-2", HONG_SON, "2026-11-03T09:00:00+07:00"));
        Api.Reply first = api.post("/api/delivery/events", batch, "Idempotency-Key", "t16-hs-batch-1");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("accepted").asInt()).isEqualTo(5);
        Api.Reply again = api.post("/api/delivery/events", batch, "Idempotency-Key", "t16-hs-batch-1");
        assertThat(again.json().get("replayed").asBoolean()).isTrue();
        assertThat(api.post("/api/delivery/events", batch.subList(0, 1), "Idempotency-Key", "t16-hs-batch-1").status())
                .isEqualTo(409);
        assertThat(api.post("/api/delivery/events", batch, "X-Other", "x").status()).isEqualTo(400);

        JsonNode index = api.get("/api/delivery/index/" + HONG_SON + "?period=2026-11").json();
        assertThat(row(index, "1.4").get("numerator").asLong()).isEqualTo(1);
        assertThat(row(index, "1.4").get("denominator").asLong()).isEqualTo(2);
        assertThat(row(index, "3.6").get("ratio").asDouble()).isEqualTo(0.5);
        // 2.1: one completed on time, one still within its 3 working days on 20/11? received 03/11, due 06/11: overdue
        assertThat(row(index, "2.1").get("numerator").asLong()).isEqualTo(1);
        assertThat(row(index, "2.1").get("denominator").asLong()).isEqualTo(2);
        assertThat(row(index, "5.2").get("computable").asBoolean()).isFalse();
        assertThat(row(index, "5.2").get("points").isNull()).isTrue();
        // as of 05/11 the open dossier was still within its deadline
        JsonNode early = api.get("/api/delivery/index/" + HONG_SON + "?period=2026-11&asOf=2026-11-05").json();
        assertThat(row(early, "2.1").get("numerator").asLong()).isEqualTo(2);
        assertThat(api.get("/api/delivery/index/" + HONG_SON + "?period=2026-13").status()).isEqualTo(400);
    }

    @Test
    void aBadBatchIsRejectedWholeNamingRowFieldAndValueAndNothingIsStored() {
        List<Map<String, Object>> batch = List.of(received("T16-BAD-1", HONG_SON, "2026-11-05T09:00:00+07:00"),
                event("STATUS_CHANGED", "T16-BAD-1", HONG_SON, "2026-11-06T09:00:00+07:00", "status", "COMPLETED"),
                event("STATUS_CHANGED", "T16-BAD-1", HONG_SON, "2026-11-05T15:00:00+07:00", "status", "IN_PROGRESS"),
                event("DOSSIER_RECEIVED", "T16-BAD-2", HONG_SON, "2026-11-05T09:00:00+07:00", "procedure", "NO.SUCH",
                        "channel", "POST", "workingDays", 3),
                event("DOSSIER_RECEIVED", "T16-BAD-3", HONG_SON, "2026-11-05T09:00:00+07:00", "procedure", PROCEDURE,
                        "channel", "POST", "workingDays", 3, "applicantName", "=HYPERLINK(\"http://x\")"),
                event("SYNCED_TO_PORTAL", "T16-BAD-4", HONG_SON, "2026-11-05T09:00:00+07:00"));
        Api.Reply reply = Api.as(port, officer).post("/api/delivery/events", batch, "Idempotency-Key", "t16-bad-batch");
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).contains("application/problem+json");
        String errors = reply.json().get("errors").toString();
        assertThat(errors).contains("\"row\":3", "\"column\":\"at\"", "2026-11-05T15:00+07:00", "\"row\":4", "procedure",
                "NO.SUCH", "\"row\":5", "applicantName", "\"row\":6", "dossier");
        assertThat(errors).doesNotContain("HYPERLINK");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery_dossier WHERE id LIKE 'T16-BAD-%'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery_event WHERE batch_key = 't16-bad-batch'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void aLateCorrectionChangesLastMonthAndIsRecordedAsLate() {
        Api admin = Api.as(port, "admin");
        Api.Reply october = admin.post("/api/delivery/events", List.of(received("T16-LATE-1", HUONG_SON,
                "2026-10-20T09:00:00+07:00"), received("T16-LATE-2", HUONG_SON, "2026-10-21T09:00:00+07:00")),
                "Idempotency-Key", "t16-late-1");
        assertThat(october.status()).as(october.body()).isEqualTo(200);
        JsonNode before = admin.get("/api/delivery/index/" + HUONG_SON + "?period=2026-10").json();
        assertThat(row(before, "1.4").get("numerator").asLong()).isZero();
        assertThat(row(before, "3.0").get("numerator").asLong()).isEqualTo(2);

        Map<String, Object> corrected = received("T16-LATE-2", HUONG_SON, "2026-10-21T09:00:00+07:00");
        corrected.put("channel", "IN_PERSON");
        corrected.put("correction", true);
        Api.Reply late = admin.post("/api/delivery/events", List.of(event("SYNCED_TO_PORTAL", "T16-LATE-1", HUONG_SON,
                "2026-10-22T09:00:00+07:00"), corrected), "Idempotency-Key", "t16-late-2");
        assertThat(late.status()).as(late.body()).isEqualTo(200);
        assertThat(late.json().get("late").asInt()).isEqualTo(2);
        assertThat(late.json().get("corrections").asInt()).isEqualTo(1);
        JsonNode after = admin.get("/api/delivery/index/" + HUONG_SON + "?period=2026-10").json();
        assertThat(row(after, "1.4").get("numerator").asLong()).isEqualTo(1);
        assertThat(row(after, "3.0").get("numerator").asLong()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery_event WHERE batch_key = 't16-late-2' AND late")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_type = 'DELIVERY_EVENT' AND entity_id ="
                + " 't16-late-2'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCommuneOfficerSeesOnlyItsOwnDossiersMaskedAndSendsOnlyForItsOwnUnit() {
        Api.as(port, "admin").post("/api/delivery/events", List.of(received("T16-SCOPE-1", HONG_SON,
                "2026-11-10T09:00:00+07:00"), received("T16-SCOPE-2", HUONG_SON, "2026-11-10T09:00:00+07:00")),
                "Idempotency-Key", "t16-scope-1");
        Api own = Api.as(port, officer);
        Api.Reply mine = own.get("/api/delivery/units/" + HONG_SON + "/dossiers?period=2026-11&indicator=1.4");
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.body()).contains("T16-SCOPE-1", "N*** T*** H***", "*********345").doesNotContain("T16-SCOPE-2",
                "Nguyễn Thị Hồng", "001190012345");
        assertThat(own.get("/api/delivery/units/" + HUONG_SON + "/dossiers?period=2026-11").status()).isEqualTo(403);
        assertThat(own.get("/api/delivery/units/01/dossiers?period=2026-11").status()).isEqualTo(403);
        assertThat(Api.as(port, "hanoi.officer").get("/api/delivery/units/01/dossiers?period=2026-11&size=500").body())
                .contains("T16-SCOPE-1", "T16-SCOPE-2").doesNotContain("Nguyễn Thị Hồng");
        Api.Reply foreign = own.post("/api/delivery/events", List.of(received("T16-SCOPE-3", HUONG_SON,
                "2026-11-11T09:00:00+07:00")), "Idempotency-Key", "t16-scope-2");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery_dossier WHERE id = 'T16-SCOPE-3'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aFileOfEventsIsImportedAllOrNothingAndTheRepairGivesIdenticalFigures() {
        Api api = Api.as(port, officer);
        String csv = "kind,dossier,unit,procedure,at,channel,workingDays,applicantName\n"
                + "DOSSIER_RECEIVED,T16-FILE-1," + HONG_SON + "," + PROCEDURE + ",2026-11-12T09:00:00+07:00,POST,5,Lê Văn Tám\n"
                + "DOSSIER_RECEIVED,T16-FILE-2," + HONG_SON + "," + PROCEDURE + ",2026-11-12T09:00:00+07:00,FAX,5,x\n";
        Api.Reply bad = api.upload("/api/delivery/events/import", "events.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().get("errors").toString()).contains("\"row\":3", "channel", "FAX");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery_dossier WHERE id LIKE 'T16-FILE-%'").query(Long.class).single())
                .isZero();
        String ndjson = "{\"kind\":\"DOSSIER_RECEIVED\",\"dossier\":\"T16-FILE-3\",\"unit\":\"" + HONG_SON + "\",\"procedure\":\""
                + PROCEDURE + "\",\"at\":\"2026-11-12T09:00:00+07:00\",\"channel\":\"POST\",\"workingDays\":5}\n"
                + "{\"kind\":\"RATED\",\"dossier\":\"T16-FILE-3\",\"unit\":\"" + HONG_SON
                + "\",\"at\":\"2026-11-13T09:00:00+07:00\",\"disliked\":true}\n";
        Api.Reply good = api.upload("/api/delivery/events/import", "events.ndjson", ndjson.getBytes(StandardCharsets.UTF_8));
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        assertThat(api.upload("/api/delivery/events/import", "events.ndjson", ndjson.getBytes(StandardCharsets.UTF_8))
                .json().get("replayed").asBoolean()).isTrue();
        JsonNode index = api.get("/api/delivery/index/" + HONG_SON + "?period=2026-11").json();
        assertThat(row(index, "5.4").get("denominator").asLong()).isPositive();
        Api.Reply rebuilt = Api.as(port, "admin").post("/api/admin/delivery/rebuild", Map.of());
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(rebuilt.json().get("identical").asBoolean()).isTrue();
        assertThat(rebuilt.json().get("events").asLong()).isPositive();
    }
}
