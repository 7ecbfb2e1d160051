package vn.steerboard.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import vn.steerboard.analytics.IndicatorFigures;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.ActorPrincipal;
import vn.steerboard.identity.Role;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.submission.Submissions;
import vn.steerboard.support.Api;
import vn.steerboard.support.TestDatabase;

/**
 * Indicator ingest, ranking, scorecard and approval-to-screen on 34 provinces + 3,321 communes (+ central
 * agencies) × 50 indicators. Ingest: bulk JSON over real HTTP, end to end (parse, validate, write, roll up),
 * against a plain JDBC batch INSERT of the same rows into a table of the same shape as the baseline.
 * Not part of the test suite: see bench/README.md.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@org.springframework.context.annotation.Import(TestDatabase.CleanSlate.class)
class IndicatorBench {

    static final int ELEMENTS = 50;
    static final int PERIODS = Integer.getInteger("bench.periods", 3);
    static final int BATCH_UNITS = 100;
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    IndicatorFigures figures;

    @Autowired
    Submissions submissions;

    @Test
    void ingestRankingScorecardAndApprovalToScreen() throws Exception {
        define();
        List<String> units = jdbc.queryForList("SELECT code FROM org_unit ORDER BY code", String.class);
        List<String> periods = new ArrayList<>();
        for (int p = 0; p < PERIODS; p++) {
            periods.add(LocalDate.of(2026, 10 - PERIODS + 1 + p, 1).toString().substring(0, 7));
        }
        System.out.printf("%nIndicator benchmark: %,d units × %d elements × %d periods = %,d values, database %s%n",
                units.size(), ELEMENTS, PERIODS, (long) units.size() * ELEMENTS * PERIODS,
                TestDatabase.onPostgres() ? "PostgreSQL" : "H2 (in memory)");

        // Baseline: the same rows, plain batch INSERT, same database, same batch size
        jdbc.execute("CREATE TABLE bench_value AS SELECT * FROM data_value WHERE 1 = 0");
        Random random = new Random(7);
        long start = System.nanoTime();
        long rows = 0;
        for (String period : periods) {
            for (int from = 0; from < units.size(); from += BATCH_UNITS) {
                List<Object[]> batch = new ArrayList<>();
                for (String unit : units.subList(from, Math.min(units.size(), from + BATCH_UNITS))) {
                    for (int e = 1; e <= ELEMENTS; e++) {
                        batch.add(new Object[] {element(e), unit, period, 0L, (double) random.nextInt(1000), 1.0, ++rows, "|" + unit + "|VN|"});
                    }
                }
                jdbc.batchUpdate("INSERT INTO bench_value (element_code, unit_code, period, submission_id, numeric_value, weight,"
                        + " entry_seq, lineage) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch);
            }
        }
        double baselineRate = rows / ((System.nanoTime() - start) / 1e9);
        System.out.printf("  baseline: plain batch INSERT          %,10.0f values/s%n", baselineRate);

        // Ingest through the API: bulk JSON, one request per 100 units (5,000 values), with a personal API token of the
        // ADMIN (no BCrypt check per request; -Dbench.auth=basic for HTTP Basic, as before session 6)
        Api admin = "basic".equals(System.getProperty("bench.auth")) ? Api.as(port, "admin")
                : Api.withToken(port, BenchClients.token(port, "indicator-bench"));
        long[] sent = {0};
        long ingestStart = System.nanoTime();
        // -Dbench.jfr=file: a profile of the ingest alone (the request threads are named http-nio-*-exec-*)
        BenchRecording.during(() -> {
            for (String period : periods) {
                for (int from = 0; from < units.size(); from += BATCH_UNITS) {
                    List<Map<String, Object>> values = new ArrayList<>();
                    for (String unit : units.subList(from, Math.min(units.size(), from + BATCH_UNITS))) {
                        for (int e = 1; e <= ELEMENTS; e++) {
                            values.add(Map.of("element", element(e), "unit", unit, "period", period, "value",
                                    random.nextInt(1000)));
                        }
                    }
                    Api.Reply reply = admin.post("/api/indicators/values", Map.of("values", values), "Idempotency-Key",
                            "bench-" + period + "-" + from);
                    if (reply.status() != 200) {
                        throw new IllegalStateException(reply.toString().substring(0, Math.min(500, reply.toString().length())));
                    }
                    sent[0] += values.size();
                }
            }
        });
        double ingestRate = sent[0] / ((System.nanoTime() - ingestStart) / 1e9);
        System.out.printf("  ingest via API (validate, write, roll up) %,8.0f values/s   %.2f× baseline%n", ingestRate,
                ingestRate / baselineRate);

        // Approve everything at once for the official league (setup, not measured), then the repair to fill scope O
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                (ActorPrincipal) () -> new Actor("bench", Role.ADMIN, null, false), null, List.of()));
        jdbc.update("UPDATE submission SET status = 'APPROVED', approved_through = 'VN' WHERE data_set_code = 'B_SET'");
        submissions.rebuildRollups();
        figures.forget();

        report("ranking, provinces, cold (after a change)", 20, () -> {
            figures.forget();
            return figures.ranking("IB01", OrgUnitType.PROVINCE, null, AS_OF);
        });
        report("ranking, provinces, warm", 500, () -> figures.ranking("IB01", OrgUnitType.PROVINCE, null, AS_OF));
        // communes keep no roll-up row: a cold league of communes reads their own values
        report("ranking, communes of 01, cold", 20, () -> {
            figures.forget();
            return figures.ranking("IB01", OrgUnitType.COMMUNE, "01", AS_OF);
        });
        report("ranking, all communes, cold", 5, () -> {
            figures.forget();
            return figures.ranking("IB01", OrgUnitType.COMMUNE, null, AS_OF);
        });
        report("scorecard, commune 00004, cold", 20, () -> {
            figures.forget();
            return figures.scorecard("00004", AS_OF);
        });
        report("ranking, communes of 01, warm", 500, () -> figures.ranking("IB01", OrgUnitType.COMMUNE, "01", AS_OF));
        report("scorecard, province 01", 200, () -> figures.scorecard("01", AS_OF));
        report("scorecard, commune 00004", 200, () -> figures.scorecard("00004", AS_OF));
        approvalToScreen(admin, units);
    }

    /** From the national approval request leaving to the event arriving on an open SSE stream. */
    private void approvalToScreen(Api admin, List<String> units) throws Exception {
        Api approver = Api.secondAdmin(port); // four eyes: another ADMIN approves what "admin" submitted
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/live/figures"))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                stream.body().filter(line -> line.contains("\"indicators\"")).forEach(line -> arrivals.add(System.nanoTime()));
            } catch (java.io.UncheckedIOException closedAtTheEnd) {
                // the stream is closed when the measurement ends
            }
        });
        reader.setDaemon(true);
        reader.start();
        List<String> provinces = jdbc.queryForList("SELECT code FROM org_unit WHERE type = 'PROVINCE' ORDER BY code", String.class);
        double[] millis = new double[20];
        for (int i = 0; i < millis.length; i++) {
            String unit = provinces.get(i);
            long id = admin.post("/api/indicators/submissions", Map.of("dataSet", "B_SET", "unit", unit, "period", "2026-11",
                    "values", Map.of("B01", 5))).json().get("id").asLong();
            decide(approver, id, Map.of("approve", true));
            Thread.sleep(300);
            arrivals.clear();
            long sentAt = System.nanoTime();
            decide(approver, id, Map.of("approve", true));
            Long arrived = arrivals.poll(10, TimeUnit.SECONDS);
            millis[i] = arrived == null ? Double.NaN : (arrived - sentAt) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("  approval → SSE event on an open stream  median %7.1f ms   max %7.1f ms (%d approvals)%n",
                millis[millis.length / 2], millis[millis.length - 1], millis.length);
        stream.body().close();
    }

    private static String element(int e) {
        return String.format("B%02d", e);
    }

    private void define() {
        jdbc.update("INSERT INTO data_set (code, name_vi, name_en, period_type, deadline_days) VALUES ('B_SET', 'Đo hiệu năng', 'Bench', 'MONTHLY', 5)");
        for (int e = 1; e <= ELEMENTS; e++) {
            jdbc.update("INSERT INTO data_element (code, data_set_code, name_vi, name_en, value_type, tree_aggregation, time_aggregation)"
                    + " VALUES (?, 'B_SET', ?, ?, 'COUNT', 'SUM', 'LAST')", element(e), element(e), element(e));
            jdbc.update("INSERT INTO indicator (code, name_vi, name_en, formula, polarity, unit_label, sort_order)"
                    + " VALUES (?, ?, ?, ?, 'HIGHER_IS_BETTER', '', ?)", "I" + element(e), "I" + element(e), "I" + element(e),
                    element(e), 100 + e);
        }
        catalogue.reload();
    }

    private static void report(String name, int runs, Supplier<?> query) {
        for (int i = 0; i < Math.min(5, runs); i++) {
            query.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("  %-42s median %7.2f ms   p99 %7.2f ms%n", name, millis[runs / 2], millis[Math.min(runs - 1, runs * 99 / 100)]);
    }
    /**
     * The largest documented batch and file (issue 18): one bulk push of 100,000 values (20,000 submissions of 5
     * values) with an idempotency key, its retry, and one 100,000-row value file; time and peak heap of each, against
     * a plain JDBC batch INSERT of the same 100,000 rows in the same process.
     */
    @Test
    void largestBatchAndFile() throws Exception {
        jdbc.update("INSERT INTO data_set (code, name_vi, name_en, period_type, deadline_days) VALUES ('L_SET', 'Lô lớn', 'Largest', 'MONTHLY', 5)");
        for (int e = 1; e <= 5; e++) {
            jdbc.update("INSERT INTO data_element (code, data_set_code, name_vi, name_en, value_type, tree_aggregation, time_aggregation)"
                    + " VALUES (?, 'L_SET', ?, ?, 'COUNT', 'SUM', 'LAST')", "L0" + e, "L0" + e, "L0" + e);
        }
        catalogue.reload();
        List<String> units = jdbc.queryForList("SELECT code FROM org_unit ORDER BY code", String.class);
        java.util.function.IntFunction<List<Map<String, Object>>> values = year -> {
            List<Map<String, Object>> list = new ArrayList<>();
            for (int s = 0; s < 20_000; s++) {
                String period = String.format("%d-%02d", year, s / units.size() + 1);
                for (int e = 1; e <= 5; e++) {
                    list.add(Map.of("element", "L0" + e, "unit", units.get(s % units.size()), "period", period, "value", (s + e) % 1000));
                }
            }
            return list;
        };
        System.out.printf("%nLargest documented batch and file, database %s%n", TestDatabase.onPostgres() ? "PostgreSQL" : "H2 (in memory)");
        jdbc.execute("CREATE TABLE largest_value AS SELECT * FROM data_value WHERE 1 = 0");
        List<Object[]> rows = new ArrayList<>();
        long seq = 0;
        for (Map<String, Object> v : values.apply(2015)) {
            rows.add(new Object[] {v.get("element"), v.get("unit"), v.get("period"), 0L, ((Number) v.get("value")).doubleValue(), 1.0,
                ++seq, "|" + v.get("unit") + "|VN|"});
        }
        long start = System.nanoTime();
        jdbc.batchUpdate("INSERT INTO largest_value (element_code, unit_code, period, submission_id, numeric_value, weight, entry_seq,"
                + " lineage) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        double baseline = (System.nanoTime() - start) / 1e9;
        System.out.printf("  baseline: plain batch INSERT of 100,000 rows   %6.2f s%n", baseline);

        Api admin = Api.as(port, "admin");
        Map<String, Object> batch = Map.of("values", values.apply(2014));
        String body = Api.JSON.writeValueAsString(batch);
        measure("bulk push, 100,000 values / 20,000 submissions, with a key", baseline, () -> {
            Api.Reply reply = admin.post("/api/indicators/values", body, "Idempotency-Key", "largest");
            check(reply);
        }, body.length());
        measure("the same push retried (answered from the stored first answer)", baseline, () -> {
            Api.Reply reply = admin.post("/api/indicators/values", body, "Idempotency-Key", "largest");
            check(reply);
        }, body.length());
        StringBuilder csv = new StringBuilder("Mã đơn vị,Kỳ báo cáo,Mã chỉ tiêu dữ liệu,Giá trị\n");
        for (Map<String, Object> v : values.apply(2013)) {
            csv.append(v.get("unit")).append(',').append(v.get("period")).append(',').append(v.get("element")).append(',')
                    .append(v.get("value")).append('\n');
        }
        byte[] file = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        measure("value file, 100,000 rows (CSV)", baseline, () -> check(admin.upload("/api/indicators/import", "largest.csv", file)),
                file.length);
    }

    private static void check(Api.Reply reply) {
        if (reply.status() != 200) {
            throw new IllegalStateException(reply.toString().substring(0, Math.min(500, reply.toString().length())));
        }
    }

    /** Wall time of one run and the peak heap in use while it ran, above what was in use before it. */
    private static void measure(String name, double baselineSeconds, Runnable run, long requestBytes) throws Exception {
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(200);
        long before = memory.getHeapMemoryUsage().getUsed();
        java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong(before);
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        run.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        sampler.join();
        System.out.printf("  %-62s %6.2f s  %5.1f× baseline  peak heap +%4d MB  (request %.1f MB)%n", name, seconds,
                seconds / baselineSeconds, (peak.get() - before) / (1024 * 1024), requestBytes / (1024.0 * 1024));
    }

    /** A decision as the pages make it: naming the level and version the decider was shown. */
    private Api.Reply decide(Api as, long id, Map<String, ?> decision) {
        JsonNode shown = Api.as(port, "admin").get("/api/indicators/submissions/" + id).json();
        Map<String, Object> body = new java.util.HashMap<>(decision);
        JsonNode level = shown.get("nextLevel").isNull() ? shown.get("approvedThrough") : shown.get("nextLevel");
        body.put("level", level.isNull() ? null : level.asString());
        body.put("version", shown.get("version").asLong());
        return as.post("/api/indicators/submissions/" + id + "/approval", body);
    }
}
