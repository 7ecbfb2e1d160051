package vn.steerboard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;
import vn.steerboard.analytics.Rollups;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.ActorPrincipal;
import vn.steerboard.identity.Role;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.submission.Submissions;
import vn.steerboard.support.Api;
import vn.steerboard.support.Node;
import vn.steerboard.support.TestDatabase;

/**
 * Ingest on one node and on two nodes writing at once on one PostgreSQL (issue 15): the same bulk JSON requests as
 * {@link IndicatorBench} (100 units × 50 elements = 5,000 values per request, real HTTP, end to end), a second
 * application context started on the same database as the second node. One node writes a month of every unit; then
 * two nodes write a month each at once (different periods: their advisory locks differ); then two nodes split the
 * units of one month (the same (data set, period): they take turns on its lock). The clients send a personal API
 * token of the ADMIN; one month is also sent with HTTP Basic, as before, for comparison. Afterwards every value is there
 * once and the roll-ups equal a rebuild. Baseline: the plain batch INSERT of a month's rows. See bench/README.md.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@org.springframework.context.annotation.Import(TestDatabase.CleanSlate.class)
class TwoNodeIngestBench {

    static final int ELEMENTS = 50;
    static final int BATCH_UNITS = 100;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    Rollups rollups;

    @Autowired
    Submissions submissions;

    @Test
    void oneNodeAndTwoNodesWritingAtOnce() throws Exception {
        if (!TestDatabase.onPostgres()) {
            System.out.println("two-node ingest: PostgreSQL only (-Dsteerboard.test.database=postgresql)");
            return;
        }
        define();
        List<String> units = jdbc.queryForList("SELECT code FROM org_unit ORDER BY code", String.class);
        double baseline = baseline(units);
        System.out.printf("%nTwo-node ingest: %,d units × %d elements per month, PostgreSQL%n", units.size(), ELEMENTS);
        System.out.printf("  baseline: plain batch INSERT                 %,10.0f values/s%n", baseline);
        try (Node second = Node.start(TestDatabase.pgUrl(), TestDatabase.pgUser(), TestDatabase.pgPassword(),
                "--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true")) {
            second.bean(IndicatorCatalogue.class).reload();
            // a personal API token of the ADMIN (issue 15, session 6): no BCrypt check per request
            String token = BenchClients.token(port, "two-nodes");
            report("one node, one month, HTTP Basic (as before)", baseline, run(List.of(
                    () -> ingest(Api.as(port, "admin"), units, "2026-06"))));
            report("one node, one month", baseline, run(List.of(() -> ingest(Api.withToken(port, token), units, "2026-07"))));
            report("two nodes at once, a month each", baseline, run(List.of(
                    () -> ingest(Api.withToken(port, token), units, "2026-08"),
                    () -> ingest(Api.withToken(second.port(), token), units, "2026-09"))));
            int half = units.size() / 2;
            report("two nodes at once, one month split by unit", baseline, run(List.of(
                    () -> ingest(Api.withToken(port, token), units.subList(0, half), "2026-10"),
                    () -> ingest(Api.withToken(second.port(), token), units.subList(half, units.size()), "2026-10"))));
        }
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM data_value v JOIN data_element e ON e.code = v.element_code"
                + " WHERE e.data_set_code = 'T_SET'", Long.class);
        System.out.printf("  values stored: %,d of %,d sent%n", stored, 5L * units.size() * ELEMENTS);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                (ActorPrincipal) () -> new Actor("bench", Role.ADMIN, null, false), null, List.of()));
        Map<String, String> incremental = rollups.snapshot();
        submissions.rebuildRollups();
        Map<String, String> rebuilt = rollups.snapshot();
        System.out.printf("  roll-ups equal a rebuild: %s (%,d rows)%n", incremental.equals(rebuilt), rebuilt.size());
    }

    private static void report(String name, double baseline, double rate) {
        System.out.printf("  %-44s %,10.0f values/s   %.2f× baseline%n", name, rate, rate / baseline);
    }

    /** The writers at once, each on its own thread; the combined values per second of wall time. */
    private static double run(List<Callable<Long>> writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        try {
            long start = System.nanoTime();
            long values = 0;
            for (Future<Long> done : pool.invokeAll(writers)) {
                values += done.get();
            }
            return values / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static long ingest(Api admin, List<String> units, String period) {
        Random random = new Random(period.hashCode());
        long sent = 0;
        for (int from = 0; from < units.size(); from += BATCH_UNITS) {
            List<Map<String, Object>> values = new ArrayList<>();
            for (String unit : units.subList(from, Math.min(units.size(), from + BATCH_UNITS))) {
                for (int e = 1; e <= ELEMENTS; e++) {
                    values.add(Map.of("element", element(e), "unit", unit, "period", period, "value", random.nextInt(1000)));
                }
            }
            Api.Reply reply = admin.post("/api/indicators/values", Map.of("values", values), "Idempotency-Key",
                    "two-nodes-" + period + "-" + units.get(from));
            if (reply.status() != 200) {
                throw new IllegalStateException(reply.toString().substring(0, Math.min(500, reply.toString().length())));
            }
            sent += values.size();
        }
        return sent;
    }

    private double baseline(List<String> units) {
        jdbc.execute("CREATE TABLE bench_two_nodes AS SELECT * FROM data_value WHERE 1 = 0");
        long start = System.nanoTime();
        long rows = 0;
        for (int from = 0; from < units.size(); from += BATCH_UNITS) {
            List<Object[]> batch = new ArrayList<>();
            for (String unit : units.subList(from, Math.min(units.size(), from + BATCH_UNITS))) {
                for (int e = 1; e <= ELEMENTS; e++) {
                    batch.add(new Object[] {element(e), unit, "2026-05", 0L, (double) (rows % 1000), 1.0, ++rows, "|" + unit + "|VN|"});
                }
            }
            jdbc.batchUpdate("INSERT INTO bench_two_nodes (element_code, unit_code, period, submission_id, numeric_value, weight,"
                    + " entry_seq, lineage) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch);
        }
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    private static String element(int e) {
        return String.format("T%02d", e);
    }

    private void define() {
        jdbc.update("INSERT INTO data_set (code, name_vi, name_en, period_type, deadline_days) VALUES ('T_SET', 'Hai nút', 'Two nodes',"
                + " 'MONTHLY', 5)");
        for (int e = 1; e <= ELEMENTS; e++) {
            jdbc.update("INSERT INTO data_element (code, data_set_code, name_vi, name_en, value_type, tree_aggregation, time_aggregation)"
                    + " VALUES (?, 'T_SET', ?, ?, 'COUNT', 'SUM', 'LAST')", element(e), element(e), element(e));
        }
        catalogue.reload();
    }
}
