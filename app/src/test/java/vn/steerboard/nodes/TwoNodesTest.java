package vn.steerboard.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.aop.support.AopUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.steerboard.common.cluster.ClusterNode;
import vn.steerboard.delivery.DeliveryEvents;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.support.Api;
import vn.steerboard.support.Client;
import vn.steerboard.support.LiveEvents;
import vn.steerboard.support.Node;
import vn.steerboard.support.PostgresAvailability;
import vn.steerboard.support.TestDatabase;

/**
 * Two application nodes (two application contexts, two random ports) on one PostgreSQL, as behind a load balancer:
 * a session signed in on node A is served by node B, CSRF token included, and outlives node A; failed sign-ins on A
 * count against the limit on B; the 07:00 alert job started on both runs on one; values submitted on A and approved
 * on B reach the live pages of both and the cached ranking on A (LISTEN/NOTIFY); an indicator defined on A is known
 * to B's cached catalogue; concurrent random submissions and approvals split over both nodes leave the roll-ups equal
 * to a rebuild, every value once (see {@link RandomWrites}). Runs in the PostgreSQL run
 * (required in CI), in a schema of its own so the shared test context's data is not touched.
 */
@Tag("database")
@ExtendWith(PostgresAvailability.class)
@EnabledIfSystemProperty(named = "steerboard.test.database", matches = "postgresql")
class TwoNodesTest {

    private static final String CHANGE = "/api/notifications/999999999/read";

    @Test
    void sessionsSignInLimitsAndScheduledJobsAreSharedByTwoNodes() throws Exception {
        String url = Node.freshPostgresSchema("two_nodes");
        String[] limits = {"--steerboard.sign-in.account.free-failures=5", "--steerboard.sign-in.account.lock-after=3",
                "--steerboard.sign-in.account.lock-for=PT15M"};
        try (Node a = Node.start(url, TestDatabase.pgUser(), TestDatabase.pgPassword(), limits)) {
            a.account("two.nodes.admin", "ADMIN");
            a.account("two.nodes.guessed", "ADMIN");
            try (Node b = Node.start(url, TestDatabase.pgUser(), TestDatabase.pgPassword(), limits)) {
                aChangeOnOneNodeReachesTheOther(a, b);
                theCatalogueChangedOnAIsReloadedOnB(a, b);
                randomWritesOverBothNodesEqualARebuild(a, b);
                deliveryBatchesOnBothNodesBecomeTheirIndicatorValues(a, b);
                failuresOnACountOnB(a, b);
                theAlertJobRunsOnOneNode(a, b);
                signInOnAUseOnB(a, b); // closes node A
            }
        }
    }

    private static void signInOnAUseOnB(Node a, Node b) {
        Client onA = new Client(a.port());
        Client.Reply signedIn = onA.signIn("two.nodes.admin", Api.DEMO_PASSWORD);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).doesNotContain("error");
        String cookie = sessionCookie(signedIn);
        String csrf = onA.csrfToken("/notifications");

        // the same cookie, sent to node B (as a load balancer without sticky sessions would)
        Client onB = new Client(b.port()).header("Cookie", cookie);
        Client.Reply me = onB.get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.body()).contains("two.nodes.admin");
        // the CSRF token issued by node A is the session's, so node B accepts it (past CSRF: 404, nothing changed)
        assertThat(onB.postJson(CHANGE, "{}").status()).isEqualTo(403);
        assertThat(onB.postJson(CHANGE, "{}", "X-CSRF-TOKEN", csrf).status()).isEqualTo(404);
        // and a page on node B knows who is signed in
        assertThat(onB.get("/notifications", "Accept", "text/html").body()).contains("two.nodes.admin");

        // signing out on B ends the session on A too
        Client.Reply out = onB.post("/logout", "application/x-www-form-urlencoded", "_csrf=" + Client.enc(csrf));
        assertThat(out.status()).isEqualTo(302);
        assertThat(new Client(a.port()).header("Cookie", cookie).get("/api/me").status()).isEqualTo(401);

        // a node goes away: the session signed in on it lives on at node B
        Client.Reply again = new Client(a.port()).signIn("two.nodes.admin", Api.DEMO_PASSWORD);
        assertThat(again.header("Location")).doesNotContain("error");
        String second = sessionCookie(again);
        a.close();
        Client.Reply afterA = new Client(b.port()).header("Cookie", second).get("/api/me");
        assertThat(afterA.status()).as(afterA.toString()).isEqualTo(200);
        assertThat(afterA.body()).contains("two.nodes.admin");
    }

    /**
     * Values submitted through node A (real HTTP), approved through node B at each level: a live page on B hears the
     * submission made on A, a live page on A hears each approval made on B, and the ranking A cached before the
     * approval shows the approved value at the next request. Waits are on the events, bounded only against hanging.
     */
    private static void aChangeOnOneNodeReachesTheOther(Node a, Node b) throws Exception {
        catalogue(a, b);
        a.account("two.nodes.submitter", "ADMIN");
        a.account("two.nodes.approver", "ADMIN");
        awaitListening(a);
        awaitListening(b);
        Api submitter = Api.as(a.port(), "two.nodes.submitter");
        Api approverOnA = Api.as(a.port(), "two.nodes.approver");
        Api approverOnB = Api.as(b.port(), "two.nodes.approver");
        String ranking = "/api/indicators/" + INDICATOR + "/ranking?league=PROVINCE";
        assertThat(current(approverOnA.get(ranking), PROVINCE)).as("nothing approved yet, and now cached on A").isNull();
        try (LiveEvents liveA = LiveEvents.open(a.port()); LiveEvents liveB = LiveEvents.open(b.port())) {
            Api.Reply submitted = submitter.post("/api/indicators/submissions", Map.of("dataSet", DATA_SET, "unit", PROVINCE,
                    "period", "2026-11", "values", Map.of(ELEMENT, 42)));
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
            assertThat(liveB.next("\"unit\":\"" + PROVINCE + "\"")).as("B hears A's submission").contains("indicators");
            liveA.next("\"unit\":\"" + PROVINCE + "\""); // A's own event of the submission
            long id = submitted.json().get("id").asLong();
            int approvals = 0;
            for (JsonNode shown = submitted.json(); !shown.get("nextLevel").isNull(); approvals++) {
                Api.Reply approved = approverOnB.post("/api/indicators/submissions/" + id + "/approval", Map.of("approve", true,
                        "level", shown.get("nextLevel").asString(), "version", shown.get("version").asLong()));
                assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
                shown = approved.json();
            }
            assertThat(approvals).as("the province, then the nation").isEqualTo(2);
            for (int i = 0; i < approvals; i++) {
                assertThat(liveA.next("\"unit\":\"" + PROVINCE + "\"")).as("A hears B's approval %d", i).contains("indicators");
            }
            assertThat(current(approverOnA.get(ranking), PROVINCE)).as("A's cached ranking, at the next request").isEqualTo(42.0);
        }
    }

    /**
     * An indicator defined through node A's API: node B, whose catalogue is cached (it answered the indicator list
     * before), knows the new indicator at a later request without being told locally (the notice crosses).
     */
    private static void theCatalogueChangedOnAIsReloadedOnB(Node a, Node b) throws InterruptedException {
        Api adminOnA = Api.as(a.port(), "two.nodes.admin");
        Api adminOnB = Api.as(b.port(), "two.nodes.admin");
        assertThat(adminOnB.get("/api/indicators").body()).as("B's catalogue, now cached").doesNotContain(INDICATOR + "_NEW");
        Api.Reply defined = adminOnA.put("/api/indicators/" + INDICATOR + "_NEW", Map.of("nameVi", "Chỉ tiêu mới của A",
                "formula", ELEMENT + " * 2"));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(200);
        long until = System.nanoTime() + LiveEvents.BOUND.toNanos();
        while (!adminOnB.get("/api/indicators").body().contains(INDICATOR + "_NEW") && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(adminOnB.get("/api/indicators").body()).as("B reloaded its catalogue").contains(INDICATOR + "_NEW")
                .contains("Chỉ tiêu mới của A");
    }

    private static void randomWritesOverBothNodesEqualARebuild(Node a, Node b) throws Exception {
        new RandomWrites(a, b, "two.nodes.submitter", "two.nodes.approver").run();
    }

    /**
     * Batches of delivery events sent to both nodes at once, over the same communes and months: each node's drains
     * record the indicator values (one at a time across the nodes), and once both have drained, every month's values
     * are its running totals, none left waiting or refused.
     */
    private static void deliveryBatchesOnBothNodesBecomeTheirIndicatorValues(Node a, Node b) throws Exception {
        Api admin = Api.as(a.port(), "two.nodes.admin");
        Api.Reply put = admin.put("/api/delivery/procedures", List.of(
                vn.steerboard.support.TestProcedures.commune("TWO.NODES.P1", "Thủ tục thử hai nút", true)));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JdbcTemplate db = a.bean(JdbcTemplate.class);
        List<String> communes = db.queryForList("SELECT code FROM org_unit WHERE parent_code = ? AND type = 'COMMUNE'"
                + " ORDER BY code LIMIT 12", String.class, PROVINCE);
        java.util.concurrent.CompletableFuture<Void> onA = java.util.concurrent.CompletableFuture.runAsync(
                () -> sendBatches(a, "A", communes));
        java.util.concurrent.CompletableFuture<Void> onB = java.util.concurrent.CompletableFuture.runAsync(
                () -> sendBatches(b, "B", communes));
        onA.get(5, java.util.concurrent.TimeUnit.MINUTES);
        onB.get(5, java.util.concurrent.TimeUnit.MINUTES);
        a.bean(DeliveryEvents.class).recordIndicatorValues();
        b.bean(DeliveryEvents.class).recordIndicatorValues();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM delivery_values_pending", Long.class)).isZero();

        Map<String, String> elements = Map.of("RECEIVED", "DVC_HS_TONG", "ONLINE", "DVC_HS_TRUC_TUYEN", "ELIGIBLE",
                "DVC_HS_DU_DIEU_KIEN", "FULLY_ONLINE", "DVC_HS_TOAN_TRINH");
        Map<String, Double> totals = new java.util.TreeMap<>();
        db.query("SELECT unit_code, ym, received, online, eligible, fully_online FROM delivery_tally", rs -> {
            int ym = rs.getInt(2);
            String at = rs.getString(1) + "|" + ym / 100 + "-" + String.format("%02d", ym % 100) + "|";
            String[] counters = {"RECEIVED", "ONLINE", "ELIGIBLE", "FULLY_ONLINE"};
            for (int i = 0; i < counters.length; i++) {
                if (rs.getLong(3 + i) != 0) {
                    totals.put(at + elements.get(counters[i]), (double) rs.getLong(3 + i));
                }
            }
        });
        Map<String, Double> values = new java.util.TreeMap<>();
        db.query("SELECT v.unit_code, v.period, v.element_code, v.numeric_value FROM data_value v JOIN submission s"
                + " ON s.id = v.submission_id WHERE s.data_set_code = 'DVC_766' AND s.status = 'APPROVED'"
                + " AND v.numeric_value <> 0", rs -> {
            values.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3), rs.getDouble(4));
        });
        assertThat(totals).as("the events' running totals").hasSizeGreaterThan(12);
        assertThat(values).as("the indicator values recorded by both nodes' drains").isEqualTo(totals);
    }

    /** Ten batches to one node: dossiers of the communes over three months, online and not, some withdrawn later. */
    private static void sendBatches(Node node, String tag, List<String> communes) {
        Api admin = Api.as(node.port(), "two.nodes.admin");
        for (int i = 0; i < 10; i++) {
            List<Map<String, Object>> batch = new java.util.ArrayList<>();
            for (int k = 0; k < 24; k++) {
                String dossier = "TWO-" + tag + "-" + i + "-" + k;
                String unit = communes.get(k % communes.size());
                String day = "2026-0" + (1 + (i + k) % 3) + "-1" + (k % 9) + "T09:00:00+07:00";
                batch.add(new java.util.HashMap<>(Map.of("kind", "DOSSIER_RECEIVED", "dossier", dossier, "unit", unit,
                        "at", day, "procedure", "TWO.NODES.P1", "channel", k % 2 == 0 ? "ONLINE" : "IN_PERSON",
                        "workingDays", 5, "fullyOnline", k % 4 == 0)));
                if (k % 5 == 0) {
                    batch.add(new java.util.HashMap<>(Map.of("kind", "STATUS_CHANGED", "dossier", dossier, "unit", unit,
                            "at", day.replace("T09", "T15"), "status", "WITHDRAWN")));
                }
            }
            Api.Reply posted = admin.post("/api/delivery/events", batch, "Idempotency-Key", "two-nodes-dvc-" + tag + "-" + i);
            assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        }
    }

    private static final String DATA_SET = "TWO_NODES";
    private static final String ELEMENT = "TWO_NODES_X";
    private static final String INDICATOR = "TWO_NODES_IND";
    private static final String PROVINCE = "01";

    /** A data set of one element and an indicator over it (the nodes run without the demo's catalogue). */
    private static void catalogue(Node a, Node b) {
        JdbcTemplate db = a.bean(JdbcTemplate.class);
        db.update("INSERT INTO data_set (code, name_vi, name_en, period_type, deadline_days) VALUES (?, 'Hai nút', 'Two nodes',"
                + " 'MONTHLY', 5)", DATA_SET);
        db.update("INSERT INTO data_element (code, data_set_code, name_vi, name_en, value_type, tree_aggregation, time_aggregation)"
                + " VALUES (?, ?, 'Số', 'Count', 'COUNT', 'SUM', 'SUM')", ELEMENT, DATA_SET);
        db.update("INSERT INTO indicator (code, name_vi, name_en, formula, polarity, unit_label) VALUES (?, 'Hai nút', 'Two nodes',"
                + " ?, 'HIGHER_IS_BETTER', '')", INDICATOR, ELEMENT);
        a.bean(IndicatorCatalogue.class).reload();
        b.bean(IndicatorCatalogue.class).reload();
    }

    private static void awaitListening(Node node) throws InterruptedException {
        ClusterNode cluster = node.bean(ClusterNode.class);
        long until = System.nanoTime() + LiveEvents.BOUND.toNanos();
        while (!cluster.listening() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(cluster.listening()).as("the node listens to the others").isTrue();
    }

    private static Double current(Api.Reply ranking, String unit) {
        assertThat(ranking.status()).as(ranking.toString()).isEqualTo(200);
        for (JsonNode row : ranking.json()) {
            if (unit.equals(row.get("unitCode").asString())) {
                return row.get("current").isNull() ? null : row.get("current").asDouble();
            }
        }
        return null;
    }

    private static void failuresOnACountOnB(Node a, Node b) {
        // the right password on B, before: accepted (and the account's count cleared)
        assertThat(new Client(b.port()).signIn("two.nodes.guessed", Api.DEMO_PASSWORD).header("Location"))
                .doesNotContain("error");
        for (int i = 0; i < 3; i++) {
            Client.Reply wrong = new Client(a.port()).signIn("two.nodes.guessed", "wrong-" + i);
            assertThat(wrong.header("Location")).as("failure %d on A", i).contains("error");
        }
        // the account is locked after 3 failures, all on A: B refuses even the right password, without checking it
        Client.Reply onB = new Client(b.port()).signIn("two.nodes.guessed", Api.DEMO_PASSWORD);
        assertThat(onB.status()).as(onB.toString()).isEqualTo(429);
        assertThat(onB.header("Retry-After")).isNotBlank();
        assertThat(new Client(b.port()).get("/api/me", "Authorization", Client.basic("two.nodes.guessed", Api.DEMO_PASSWORD))
                .status()).isEqualTo(429);
    }

    private static void theAlertJobRunsOnOneNode(Node a, Node b) throws Exception {
        JdbcTemplate db = a.bean(JdbcTemplate.class);
        db.update("DELETE FROM shedlock");
        runAlertJob(a);
        Timestamp lockedAt = db.queryForObject("SELECT locked_at FROM shedlock WHERE name = 'programme.task-alerts'",
                Timestamp.class);
        runAlertJob(b); // B's 07:00 run, moments later: A's lock still stands (at least 10 minutes), B skips
        assertThat(db.queryForObject("SELECT locked_at FROM shedlock WHERE name = 'programme.task-alerts'", Timestamp.class))
                .as("still the lock of the run on A").isEqualTo(lockedAt);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM shedlock", Long.class)).isEqualTo(1);
    }

    private static void runAlertJob(Node node) throws Exception {
        Object alerts = node.context().getBean("taskAlerts");
        Method everyMorning = AopUtils.getTargetClass(alerts).getDeclaredMethod("everyMorning");
        everyMorning.setAccessible(true);
        everyMorning.invoke(alerts);
    }

    private static String sessionCookie(Client.Reply reply) {
        return reply.headers("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .orElseThrow(() -> new AssertionError("no session cookie: " + reply.response().headers()));
    }
}
