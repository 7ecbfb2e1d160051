package vn.steerboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.steerboard.delivery.DeliveryEventsApiTest.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;

/**
 * Why an existing database's first repair after the ONLINE counter came in said "not identical", and that the
 * migration V95 fixes it: a batch adds what its subjects count after less what they counted before, both with
 * today's rules, so a dossier received before the counter existed never brought its ONLINE count into the roll-ups
 * (here: the unit's ONLINE rows taken away, as such a database had them, with one dossier of a later batch counted);
 * the repair recounts every dossier and finds the difference. V95 counts ONLINE again from the dossiers' states, and
 * the repair then finds the roll-ups identical.
 */
@IntegrationTest
class OnlineCounterBackfillTest {

    static final String PROCEDURE = "T16.OB.P1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMigrationCountsOnlineDossiersOfAnOlderDatabaseAndTheRepairFindsThemIdentical() throws IOException {
        Api admin = Api.as(port, "admin");
        JsonNode communes = admin.get("/api/org-units/46/children").json();
        String unit = TestFixtures.unit(communes.get(communes.size() - 3).get("code").asString(), "OnlineCounterBackfillTest");
        Map<String, Object> procedure = new HashMap<>(Map.of("code", PROCEDURE, "name", "Thủ tục thử bộ đếm trực tuyến",
                "competence", "COMMUNE", "handlingAgencies", "UBND xã", "applicantKind", "CITIZEN", "feeVnd", 0,
                "fullyOnlineEligible", true, "onlineLevel", "FULL", "populationData", false));
        assertThat(admin.put("/api/delivery/procedures", List.of(procedure)).status()).isEqualTo(200);
        // before the counter: two online dossiers, one in person, one online and withdrawn (not counted)
        post(admin, "t16-online-backfill-1", List.of(received("T16-OB-1", unit, "ONLINE", "02"),
                received("T16-OB-2", unit, "ONLINE", "03"), received("T16-OB-3", unit, "IN_PERSON", "04"),
                received("T16-OB-4", unit, "ONLINE", "05"), event("STATUS_CHANGED", "T16-OB-4", unit,
                        TestFixtures.MONTH + "-06T10:00:00+07:00", "status", "WITHDRAWN")));
        int ym = Integer.parseInt(TestFixtures.MONTH.replace("-", ""));
        assertThat(online(unit, ym)).isEqualTo(2L);

        olderDatabase(unit);
        assertThat(online(unit, ym)).isEqualTo(1L);
        Api.Reply first = admin.post("/api/admin/delivery/rebuild", Map.of());
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("identical").asBoolean()).as("the symptom: " + first.body()).isFalse();
        assertThat(online(unit, ym)).isEqualTo(3L);

        olderDatabase(unit);
        runMigration("db/migration/V95__delivery_online_counter.sql");
        assertThat(online(unit, ym)).as("the two first, the two of the later batches").isEqualTo(4L);
        Api.Reply repaired = admin.post("/api/admin/delivery/rebuild", Map.of());
        assertThat(repaired.status()).as(repaired.body()).isEqualTo(200);
        assertThat(repaired.json().get("identical").asBoolean()).as(repaired.body()).isTrue();
        assertThat(online(unit, ym)).isEqualTo(4L);
    }

    /**
     * The unit's roll-ups as a database from before the counter had them: no ONLINE rows for its older dossiers, and
     * the one dossier of a batch after the upgrade counted.
     */
    private void olderDatabase(String unit) {
        jdbc.sql("DELETE FROM delivery_tally WHERE counter = 'ONLINE' AND unit_code = ?").param(unit).update();
        String dossier = "T16-OB-NEW-" + System.nanoTime();
        post(Api.as(port, "admin"), "t16-online-backfill-" + dossier, List.of(received(dossier, unit, "ONLINE", "07")));
    }

    private void runMigration(String path) throws IOException {
        String script = new String(new ClassPathResource(path).getContentAsByteArray(), StandardCharsets.UTF_8);
        String statements = Arrays.stream(script.split("\n")).filter(l -> !l.startsWith("--"))
                .reduce("", (a, b) -> a + "\n" + b);
        for (String statement : statements.split(";")) {
            if (!statement.isBlank()) {
                jdbc.sql(statement).update();
            }
        }
    }

    private long online(String unit, int ym) {
        return jdbc.sql("SELECT COALESCE(SUM(n), 0) FROM delivery_tally WHERE counter = 'ONLINE' AND unit_code = ? AND ym = ?")
                .params(unit, ym).query(Long.class).single();
    }

    private static void post(Api admin, String key, List<Map<String, Object>> batch) {
        Api.Reply posted = admin.post("/api/delivery/events", batch, "Idempotency-Key", key);
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
    }

    private static Map<String, Object> received(String dossier, String unit, String channel, String day) {
        return event("DOSSIER_RECEIVED", dossier, unit, TestFixtures.MONTH + "-" + day + "T09:00:00+07:00", "procedure",
                PROCEDURE, "channel", channel, "workingDays", 5, "fullyOnline", channel.equals("ONLINE"));
    }
}
