package vn.steerboard.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import vn.steerboard.analytics.Rollups;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.ActorPrincipal;
import vn.steerboard.identity.Role;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.submission.Submissions;
import vn.steerboard.support.Api;
import vn.steerboard.support.Node;

/**
 * Concurrent random writes split over two nodes (issue 15): several clients at once, each sending every call to node A
 * or B at random, submit random values (some elements or all) for random units (communes and their provinces) and
 * months, resubmit over earlier ones, approve level by level and sometimes return. The same unit and month is written
 * by several clients on both nodes at once, so the nodes' advisory locks and the version checks are what keep it
 * right. Afterwards the roll-ups kept incrementally equal a full rebuild from the values, every accepted submission is
 * there, and no value is stored twice. Not timed: it counts outcomes, never durations.
 */
final class RandomWrites {

    static final String DATA_SET = "TWO_NODES_R";
    static final List<String> ELEMENTS = List.of("TWO_NODES_RA", "TWO_NODES_RB", "TWO_NODES_RC");
    static final List<String> PERIODS = List.of("2026-07", "2026-08", "2026-09");
    static final int CLIENTS = 4;
    static final int CALLS_EACH = 12;

    private final Node a;
    private final Node b;
    private final String submitter;
    private final String approver;
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final Set<Long> accepted = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();

    RandomWrites(Node a, Node b, String submitter, String approver) {
        this.a = a;
        this.b = b;
        this.submitter = submitter;
        this.approver = approver;
    }

    void run() throws Exception {
        JdbcTemplate db = a.bean(JdbcTemplate.class);
        define(db);
        List<String> units = new ArrayList<>();
        for (String province : List.of("01", "79")) {
            units.add(province);
            units.addAll(db.queryForList("SELECT code FROM org_unit WHERE parent_code = ? ORDER BY code LIMIT 3",
                    String.class, province));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Callable<Void>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Random random = new Random(1_000 + c);
                clients.add(() -> {
                    for (int i = 0; i < CALLS_EACH; i++) {
                        call(random, units);
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(clients)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(failures).as("answers other than success or a documented conflict").isEmpty();
        assertThat(outcomes.keySet()).as("the run wrote and approved on both nodes: %s", outcomes)
                .contains("submit A", "submit B", "approve A", "approve B");
        checkAgainstARebuild(db);
    }

    private void call(Random random, List<String> units) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String element : ELEMENTS) {
            if (values.isEmpty() || random.nextBoolean()) {
                values.put(element, random.nextInt(1_000));
            }
        }
        String unit = units.get(random.nextInt(units.size()));
        String period = PERIODS.get(random.nextInt(PERIODS.size()));
        boolean onA = random.nextBoolean();
        Api.Reply submitted = Api.as((onA ? a : b).port(), submitter).post("/api/indicators/submissions",
                Map.of("dataSet", DATA_SET, "unit", unit, "period", period, "values", values));
        if (!counted("submit", onA, submitted, unit + " " + period)) {
            return;
        }
        accepted.add(submitted.json().get("id").asLong());
        if (random.nextInt(10) < 7) {
            approve(random, submitted.json());
        }
    }

    /** Level by level, each level on a node chosen at random; sometimes returned instead. */
    private void approve(Random random, JsonNode shown) {
        long id = shown.get("id").asLong();
        while (shown.hasNonNull("nextLevel")) {
            boolean onA = random.nextBoolean();
            boolean approve = random.nextInt(8) > 0;
            Map<String, Object> decision = approve ? Map.of("approve", true, "level", shown.get("nextLevel").asString(),
                    "version", shown.get("version").asLong())
                    : Map.of("approve", false, "note", "Trả lại để kiểm tra", "level", shown.get("nextLevel").asString(),
                            "version", shown.get("version").asLong());
            Api.Reply reply = Api.as((onA ? a : b).port(), approver).post("/api/indicators/submissions/" + id + "/approval",
                    decision);
            if (!counted(approve ? "approve" : "return", onA, reply, "submission " + id) || !approve) {
                return;
            }
            shown = reply.json();
        }
    }

    /** Success counts; 409 is the documented answer to a concurrent change (locked, or a newer version); else a failure. */
    private boolean counted(String what, boolean onA, Api.Reply reply, String about) {
        String node = onA ? " A" : " B";
        if (reply.status() == 200 || reply.status() == 201) {
            outcomes.computeIfAbsent(what + node, k -> new AtomicInteger()).incrementAndGet();
            return true;
        }
        if (reply.status() == 409) {
            outcomes.computeIfAbsent(what + " refused (409)", k -> new AtomicInteger()).incrementAndGet();
        } else {
            failures.add(what + node + " " + about + ": " + reply);
        }
        return false;
    }

    private void checkAgainstARebuild(JdbcTemplate db) {
        for (long id : accepted) {
            assertThat(db.queryForObject("SELECT COUNT(*) FROM submission WHERE id = ?", Long.class, id))
                    .as("accepted submission %d is stored", id).isEqualTo(1);
        }
        assertThat(db.queryForObject("""
                SELECT COUNT(*) FROM (SELECT v.submission_id, v.element_code FROM data_value v
                  JOIN submission s ON s.id = v.submission_id WHERE s.data_set_code = ?
                  GROUP BY v.submission_id, v.element_code HAVING COUNT(*) > 1) twice""", Long.class, DATA_SET))
                .as("values stored twice").isZero();
        assertThat(db.queryForObject("""
                SELECT COUNT(*) FROM data_value v WHERE NOT EXISTS (SELECT 1 FROM submission s WHERE s.id = v.submission_id)
                   OR NOT EXISTS (SELECT 1 FROM data_element e WHERE e.code = v.element_code)""", Long.class))
                .as("values without their submission or element (data_value has no foreign keys)").isZero();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM (SELECT unit_code, period FROM submission WHERE data_set_code = ?"
                + " GROUP BY unit_code, period HAVING COUNT(*) > 1) twice", Long.class, DATA_SET))
                .as("one submission per unit and month").isZero();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                (ActorPrincipal) () -> new Actor("two.nodes.repair", Role.ADMIN, null, false), null, List.of()));
        try {
            Map<String, String> incremental = a.bean(Rollups.class).snapshot();
            assertThat(incremental.keySet().stream().filter(k -> k.contains("/TWO_NODES_R"))).as("roll-ups written").isNotEmpty();
            a.bean(Submissions.class).rebuildRollups();
            assertThat(incremental).as("the roll-ups kept by both nodes, against a rebuild from the values; outcomes %s",
                    outcomes).isEqualTo(a.bean(Rollups.class).snapshot());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void define(JdbcTemplate db) {
        db.update("INSERT INTO data_set (code, name_vi, name_en, period_type, deadline_days) VALUES (?, 'Ghi ngẫu nhiên',"
                + " 'Random writes', 'MONTHLY', 5)", DATA_SET);
        for (String element : ELEMENTS) {
            db.update("INSERT INTO data_element (code, data_set_code, name_vi, name_en, value_type, tree_aggregation,"
                    + " time_aggregation) VALUES (?, ?, ?, ?, 'COUNT', 'SUM', 'LAST')", element, DATA_SET, element, element);
        }
        a.bean(IndicatorCatalogue.class).reload();
        b.bean(IndicatorCatalogue.class).reload();
    }
}
