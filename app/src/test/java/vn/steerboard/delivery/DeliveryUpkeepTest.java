package vn.steerboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.delivery.internal.DeliveryTexts;
import vn.steerboard.delivery.internal.DeliveryUpkeep;
import vn.steerboard.delivery.internal.Ingest;
import vn.steerboard.delivery.internal.SubtreeSums;
import vn.steerboard.registry.Registry;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TallyRows;
import vn.steerboard.support.TestFixtures;
import vn.steerboard.support.TestProcedures;

/**
 * An upgraded database made whole at start-up, without a manual step, once: months whose events came in before
 * the indicator values existed get their DVC_766 values (before, only POST /api/admin/delivery/rebuild gave them),
 * and the roll-ups kept below every unit are derived where they are missing or were summed over another shape of
 * the organisation tree. Each job is recorded, and a second run (another node, the next start) does nothing.
 */
@IntegrationTest
class DeliveryUpkeepTest {

    static final String PROCEDURE = "T16.UK.P1";
    static final String HUE = "46";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeliveryUpkeep upkeep;

    @Autowired
    Ingest ingest;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    Registry registry;

    @Autowired
    DeliveryTexts texts;

    @Autowired
    VietnamTime time;

    @Autowired
    SubtreeSums sums;

    @Test
    void olderMonthsGetTheirIndicatorValuesOnceWithoutARepair() {
        Api admin = Api.as(port, "admin");
        TestProcedures.put(port, List.of(TestProcedures.commune(PROCEDURE, "Thủ tục thử bảo trì", true)));
        String unit = commune(admin, HUE, 7);
        // a batch as a version before the indicator values stored it: events, states, roll-ups, and no values
        List<DeliveryEvent> batch = List.of(received("T16-UK-1", unit, Channel.ONLINE, true),
                received("T16-UK-2", unit, Channel.IN_PERSON, false));
        ingest.run("t16-upkeep-older-1", DeliveryEvents.body(batch), "system:test",
                time.now(), calendar.workingDays(), registry::exists, texts, outcome -> { });
        assertThat(value("DVC_HS_TRUC_TUYEN_TL", unit)).as("no value before the upkeep").isNull();

        jdbc.sql("DELETE FROM delivery_upkeep WHERE job = 'indicator-values'").update();
        assertThat(upkeep.run()).contains("indicator-values");
        assertThat(value("DVC_HS_TRUC_TUYEN_TL", unit)).isEqualTo(50.0);
        assertThat(value("DVC_TOAN_TRINH", unit)).isEqualTo(50.0);
        OffsetDateTime done = doneAt("indicator-values");
        assertThat(upkeep.run()).as("done once").doesNotContain("indicator-values");
        assertThat(doneAt("indicator-values")).isEqualTo(done);
        Api.Reply rebuilt = admin.post("/api/admin/delivery/rebuild", Map.of());
        assertThat(rebuilt.json().get("identical").asBoolean()).as(rebuilt.body()).isTrue();
    }

    @Test
    void aBatchStoredWhenEventsKeptTheirAbsentFieldsIsRecognisedAndRepairedAlike() throws Exception {
        Api admin = Api.as(port, "admin");
        TestProcedures.put(port, List.of(TestProcedures.commune(PROCEDURE, "Thủ tục thử bảo trì", true)));
        String unit = commune(admin, HUE, 8);
        List<DeliveryEvent> batch = List.of(received("T16-UK-3", unit, Channel.ONLINE, true),
                received("T16-UK-4", unit, Channel.POST, false));
        // as the earlier version stored it: the events as the API reads them, every field in each payload (nulls
        // too), and the body hashed so
        JsonMapper every = JsonMapper.builder().build();
        List<DeliveryEvent> held = List.of(every.readValue(every.writeValueAsString(batch), DeliveryEvent[].class));
        String hashed = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(every.writeValueAsBytes(held)));
        ingest.run("t16-upkeep-earlier-json", new Ingest.Body(held, held.stream().map(every::writeValueAsBytes).toList(),
                hashed), "system:test", time.now(), calendar.workingDays(), registry::exists, texts, outcome -> { });
        assertThat(jdbc.sql("SELECT payload FROM delivery_event WHERE batch_key = 't16-upkeep-earlier-json' ORDER BY seq")
                .query(String.class).list()).allSatisfy(p -> assertThat(p).contains("\"petition\":null"));

        Api.Reply again = admin.post("/api/delivery/events", batch, "Idempotency-Key", "t16-upkeep-earlier-json");
        assertThat(again.status()).as("the same body, not a key reused: " + again.body()).isEqualTo(200);
        assertThat(again.json().get("replayed").asBoolean()).isTrue();
        Api.Reply other = admin.post("/api/delivery/events", List.of(batch.get(0)), "Idempotency-Key",
                "t16-upkeep-earlier-json");
        assertThat(other.status()).as("another body under the key").isEqualTo(409);

        // the repair reads payloads of both forms to the same figures
        Api.Reply compact = admin.post("/api/delivery/events", List.of(received("T16-UK-5", unit, Channel.ONLINE, false)),
                "Idempotency-Key", "t16-upkeep-compact-json");
        assertThat(compact.status()).as(compact.body()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT payload FROM delivery_event WHERE batch_key = 't16-upkeep-compact-json'")
                .query(String.class).single()).doesNotContain("null");
        Api.Reply rebuilt = admin.post("/api/admin/delivery/rebuild", Map.of());
        assertThat(rebuilt.json().get("identical").asBoolean()).as(rebuilt.body()).isTrue();
    }

    @Test
    void theRollupsBelowEveryUnitAreDerivedWhenMissingOrSummedOverAnotherTree() {
        int month = Integer.parseInt(TestFixtures.MONTH.replace("-", ""));
        LocalDate day = LocalDate.parse(TestFixtures.AFTER_TEST_PERIODS);
        Map<String, Long> kept = sums.sums(List.of(HUE), 202401, month, day).get(HUE);
        assertThat(kept).as("the demo's dossiers of Huế").isNotEmpty();
        // as an upgraded database had them: no rows below Huế, derived (if at all) over an older tree
        jdbc.sql("DELETE FROM delivery_tally_below WHERE unit_code = ?").param(HUE).update();
        jdbc.sql("DELETE FROM delivery_open_due_below WHERE unit_code = ?").param(HUE).update();
        jdbc.sql("UPDATE delivery_upkeep SET done_for = 'an-older-tree' WHERE job = 'rollups-below'").update();
        assertThat(sums.sums(List.of(HUE), 202401, month, day).getOrDefault(HUE, Map.of())).isNotEqualTo(kept);

        assertThat(upkeep.run()).contains("rollups-below");
        assertThat(sums.sums(List.of(HUE), 202401, month, day).get(HUE)).isEqualTo(kept).isEqualTo(throughLineage(month, day));
        assertThat(upkeep.run()).as("the same tree: nothing to do").doesNotContain("rollups-below");
    }

    private Map<String, Long> throughLineage(int month, LocalDate day) {
        Map<String, Long> m = TallyRows.sums(jdbc, "FROM delivery_tally t JOIN org_unit_lineage l ON l.code = t.unit_code"
                + " WHERE l.ancestor_code = ? AND t.ym BETWEEN 202401 AND ?", HUE, month);
        jdbc.sql("SELECT o.subject_kind, SUM(CASE WHEN o.due_on >= ? THEN o.n ELSE 0 END), SUM(CASE WHEN o.due_on < ?"
                + " THEN o.n ELSE 0 END) FROM delivery_open_due o JOIN org_unit_lineage l ON l.code = o.unit_code"
                + " WHERE l.ancestor_code = ? AND o.ym BETWEEN 202401 AND ? GROUP BY o.subject_kind")
                .params(day, day, HUE, month).query(rs -> {
                    m.put("OPEN_WITHIN_" + rs.getString(1), rs.getLong(2));
                    m.put("OPEN_OVERDUE_" + rs.getString(1), rs.getLong(3));
                });
        return m;
    }

    private OffsetDateTime doneAt(String job) {
        return jdbc.sql("SELECT done_at FROM delivery_upkeep WHERE job = ?").param(job).query(OffsetDateTime.class).single();
    }

    private Double value(String indicator, String unit) {
        Api.Reply reply = Api.as(port, "admin").get("/api/indicators/" + indicator + "/value?unit=" + unit + "&period="
                + TestFixtures.MONTH + "&official=true");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("value").isNull() ? null : reply.json().get("value").asDouble();
    }

    private static DeliveryEvent received(String dossier, String unit, Channel channel, boolean fullyOnline) {
        OffsetDateTime at = OffsetDateTime.parse(TestFixtures.MONTH + "-09T09:00:00+07:00");
        return new DeliveryEvent(EventKind.DOSSIER_RECEIVED, dossier, null, unit, PROCEDURE, at, channel, 5, fullyOnline,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static String commune(Api admin, String province, int fromEnd) {
        JsonNode communes = admin.get("/api/org-units/" + province + "/children").json();
        List<String> codes = new ArrayList<>();
        communes.forEach(u -> codes.add(u.get("code").asString()));
        return TestFixtures.unit(codes.get(codes.size() - fromEnd), "DeliveryUpkeepTest");
    }
}
