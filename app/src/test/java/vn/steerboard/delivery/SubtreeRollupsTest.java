package vn.steerboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.steerboard.delivery.DeliveryEventsApiTest.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.delivery.internal.SubtreeSums;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;
import vn.steerboard.support.TallyRows;
import vn.steerboard.support.TestProcedures;

/**
 * The roll-ups kept per province and for the nation (delivery_tally_below, written with the deltas) give what
 * summing every commune's own rows through the registry's lineage gives, after batches with late events and a late
 * correction, which move the provinces' and the nation's figures too; and the repair, which derives them again
 * from the units' own rows, finds them identical.
 */
@IntegrationTest
class SubtreeRollupsTest {

    static final String PROCEDURE = "T16.SR.P1";
    static final String HUE = "46";
    static final String LAI_CHAU = "12";
    static final int OCTOBER = 202610;
    static final int NOVEMBER = 202611;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubtreeSums sums;

    @Test
    void provinceAndNationRollupsEqualTheCommunesSummedThroughTheLineageAndMoveWithLateEvents() {
        Api admin = Api.as(port, "admin");
        TestProcedures.put(port, List.of(TestProcedures.commune(PROCEDURE, "Thủ tục thử cộng dồn tỉnh", true)));
        String a = commune(admin, HUE, 5);
        String b = commune(admin, HUE, 6);
        String c = commune(admin, LAI_CHAU, 4);
        post(admin, "t16-subtree-1", List.of(received("T16-SR-1", a, "ONLINE", "2026-11-02"),
                received("T16-SR-2", a, "IN_PERSON", "2026-11-03"), received("T16-SR-3", b, "ONLINE", "2026-11-04"),
                received("T16-SR-4", c, "POST", "2026-11-05"), received("T16-SR-5", c, "ONLINE", "2026-10-28"),
                event("STATUS_CHANGED", "T16-SR-1", a, "2026-11-04T10:00:00+07:00", "status", "COMPLETED"),
                new HashMap<>(Map.of("kind", "PETITION_RECEIVED", "petition", "T16-SR-PAKN-1", "unit", b, "at",
                        "2026-11-06T09:00:00+07:00", "dueOn", "2026-11-20"))));
        assertRollupsBelowEqualTheLineage();
        long hueOctober = received(HUE, OCTOBER);
        long nationOctober = sums.nation(OCTOBER, OCTOBER, LocalDate.of(2026, 10, 31)).getOrDefault("RECEIVED", 0L);
        JsonNode hueBefore = admin.get("/api/delivery/index/" + HUE + "?period=2026-10").json();

        // late: a dossier of October in Huế, one of Lai Châu moved to another channel (a correction), one withdrawn
        Map<String, Object> corrected = received("T16-SR-5", c, "IN_PERSON", "2026-10-28");
        corrected.put("correction", true);
        post(admin, "t16-subtree-2", List.of(received("T16-SR-6", b, "ONLINE", "2026-10-15"),
                event("SYNCED_TO_PORTAL", "T16-SR-6", b, "2026-10-16T09:00:00+07:00"), corrected,
                event("STATUS_CHANGED", "T16-SR-3", b, "2026-11-07T10:00:00+07:00", "status", "WITHDRAWN")));
        assertRollupsBelowEqualTheLineage();
        assertThat(received(HUE, OCTOBER)).isEqualTo(hueOctober + 1);
        assertThat(sums.nation(OCTOBER, OCTOBER, LocalDate.of(2026, 10, 31)).get("RECEIVED")).isEqualTo(nationOctober + 1);
        JsonNode hueAfter = admin.get("/api/delivery/index/" + HUE + "?period=2026-10").json();
        assertThat(hueAfter.get("dossiers").asLong()).isEqualTo(hueBefore.get("dossiers").asLong() + 1);
        assertThat(leagueRow(admin, HUE).get("dossiers").asLong()).isEqualTo(received(HUE, OCTOBER) + received(HUE, NOVEMBER));
        // the league (summed in SQL) and the unit's index (read month by month, summed in Java) agree
        JsonNode unitIndex = admin.get("/api/delivery/index/" + HUE + "?period=2026-10..2026-11&asOf=2026-11-30").json();
        assertThat(unitIndex.get("score")).isEqualTo(leagueRow(admin, HUE).get("score"));
        assertThat(unitIndex.get("indicators")).isEqualTo(leagueRow(admin, HUE).get("indicators"));

        Api.Reply rebuilt = admin.post("/api/admin/delivery/rebuild", Map.of());
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(rebuilt.json().get("identical").asBoolean()).as(rebuilt.body()).isTrue();
        assertRollupsBelowEqualTheLineage();
    }

    /** Both provinces and the nation, October and November: every counter and every open subject by due day. */
    private void assertRollupsBelowEqualTheLineage() {
        for (LocalDate day : List.of(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 30))) {
            Map<String, Map<String, Long>> kept = sums.sums(List.of(HUE, LAI_CHAU), OCTOBER, NOVEMBER, day);
            for (String province : List.of(HUE, LAI_CHAU)) {
                assertThat(kept.get(province)).as(province + " on " + day).isEqualTo(throughLineage(province, day));
            }
            assertThat(sums.nation(OCTOBER, NOVEMBER, day)).as("the nation on " + day).isEqualTo(nation(day));
        }
    }

    /** The old way: every unit of the subtree's own rows, found through org_unit_lineage. */
    private Map<String, Long> throughLineage(String unit, LocalDate day) {
        Map<String, Long> m = TallyRows.sums(jdbc, "FROM delivery_tally t JOIN org_unit_lineage l ON l.code = t.unit_code"
                + " WHERE l.ancestor_code = ? AND t.ym BETWEEN ? AND ?", unit, OCTOBER, NOVEMBER);
        jdbc.sql("SELECT o.subject_kind, SUM(CASE WHEN o.due_on >= ? THEN o.n ELSE 0 END), SUM(CASE WHEN o.due_on < ?"
                + " THEN o.n ELSE 0 END) FROM delivery_open_due o JOIN org_unit_lineage l ON l.code = o.unit_code"
                + " WHERE l.ancestor_code = ? AND o.ym BETWEEN ? AND ? GROUP BY o.subject_kind")
                .params(day, day, unit, OCTOBER, NOVEMBER).query(rs -> {
                    m.put("OPEN_WITHIN_" + rs.getString(1), rs.getLong(2));
                    m.put("OPEN_OVERDUE_" + rs.getString(1), rs.getLong(3));
                });
        return m;
    }

    private Map<String, Long> nation(LocalDate day) {
        Map<String, Long> m = TallyRows.sums(jdbc, "FROM delivery_tally t WHERE t.ym BETWEEN ? AND ?", OCTOBER, NOVEMBER);
        jdbc.sql("SELECT subject_kind, SUM(CASE WHEN due_on >= ? THEN n ELSE 0 END), SUM(CASE WHEN due_on < ? THEN n"
                + " ELSE 0 END) FROM delivery_open_due WHERE ym BETWEEN ? AND ? GROUP BY subject_kind")
                .params(day, day, OCTOBER, NOVEMBER).query(rs -> {
                    m.put("OPEN_WITHIN_" + rs.getString(1), rs.getLong(2));
                    m.put("OPEN_OVERDUE_" + rs.getString(1), rs.getLong(3));
                });
        return m;
    }

    /** The subtree's dossiers received in the month, summed through the lineage. */
    private long received(String unit, int month) {
        return jdbc.sql("SELECT COALESCE(SUM(t.received), 0) FROM delivery_tally t JOIN org_unit_lineage l"
                + " ON l.code = t.unit_code WHERE l.ancestor_code = ? AND t.ym = ?").params(unit, month)
                .query(Long.class).single();
    }

    /** The province's index in the league of provinces, October and November 2026. */
    private static JsonNode leagueRow(Api admin, String province) {
        Api.Reply league = admin.get("/api/delivery/league?kind=PROVINCES&period=2026-10..2026-11&asOf=2026-11-30");
        assertThat(league.status()).as(league.body()).isEqualTo(200);
        for (JsonNode row : league.json()) {
            if (row.get("index").get("unitCode").asString().equals(province)) {
                return row.get("index");
            }
        }
        throw new AssertionError(province + " not in " + league.body());
    }

    private static String commune(Api admin, String province, int fromEnd) {
        JsonNode communes = admin.get("/api/org-units/" + province + "/children").json();
        List<String> codes = new ArrayList<>();
        communes.forEach(u -> codes.add(u.get("code").asString()));
        return TestFixtures.unit(codes.get(codes.size() - fromEnd), "SubtreeRollupsTest");
    }

    private static void post(Api admin, String key, List<Map<String, Object>> batch) {
        Api.Reply posted = admin.post("/api/delivery/events", batch, "Idempotency-Key", key);
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
    }

    private static Map<String, Object> received(String dossier, String unit, String channel, String day) {
        return event("DOSSIER_RECEIVED", dossier, unit, day + "T09:00:00+07:00", "procedure", PROCEDURE, "channel", channel,
                "workingDays", 5, "fullyOnline", channel.equals("ONLINE"));
    }
}
