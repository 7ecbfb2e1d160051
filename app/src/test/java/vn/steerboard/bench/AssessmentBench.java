package vn.steerboard.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import vn.steerboard.assessment.EnterpriseClient;
import vn.steerboard.assessment.Framework;
import vn.steerboard.assessment.FrameworkLibrary;
import vn.steerboard.assessment.SizeClass;
import vn.steerboard.assessment.SyntheticAssessment;
import vn.steerboard.assessment.SyntheticAssessments;
import vn.steerboard.support.Api;
import vn.steerboard.support.TestDatabase;

/**
 * Enterprise assessments (issue 17): completed assessments per second through the API (start, answer every criterion,
 * complete: checked, scored, counted nationally in the transaction), by {@code bench.threads} enterprises at once,
 * against a plain JDBC batch INSERT of the same rows (an assessment and its answers) into tables of the same shape,
 * in the same run; then the national page warm, against a plain GROUP BY over the count table. Sign-up and e-mail
 * verification are not timed. Not part of the test suite: see bench/README.md.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steerboard.demo.assessments=0")
@ContextConfiguration(initializers = TestDatabase.class)
@org.springframework.context.annotation.Import(TestDatabase.CleanSlate.class)
class AssessmentBench {

    static final int PRELOAD = Integer.getInteger("bench.preload", 100_000);
    static final int ENTERPRISES = Integer.getInteger("bench.enterprises", 400);
    static final int THREADS = Integer.getInteger("bench.threads", 8);
    /** Completed assessments written by plain SQL before the timed part (PostgreSQL), to reach a million quickly. */
    static final int SQL_PRELOAD = Integer.getInteger("bench.sqlPreload", 0);
    /** Enterprises completing through the API again after the SQL preload (the peers query at that scale). */
    static final int AT_SCALE = Integer.getInteger("bench.enterprisesAtScale", 100);
    /** {@code all} (the default: completions through the API, the page) or {@code imports} (the bulk import alone). */
    static final String PART = System.getProperty("bench.part", "all");
    /** Completed assessments sent through {@code POST /api/assessment/imports} per timed round, in batches of 5,000. */
    static final int IMPORTS = Integer.getInteger("bench.imports", 20_000);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    static final String[] VSIC = {"4711", "1010", "0111", "6201", "4921", "5510", "4100", "2599"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcClient client;

    @Autowired
    SyntheticAssessments synthetic;

    @Autowired
    FrameworkLibrary frameworks;

    @Test
    void completedAssessmentsPerSecondAndTheNationalPage() throws Exception {
        System.out.printf("%nAssessment benchmark, database %s, %d threads, load average %s%n",
                TestDatabase.onPostgres() ? "PostgreSQL" : "H2 (in memory)", THREADS, load());
        Framework f = frameworks.latest("sme-dx");
        if (PART.equals("imports")) {
            // -Dbench.jfr=file: a profile of this part alone
            BenchRecording.during(() -> imports(f));
            return;
        }
        long preloadNanos = preload(f);
        System.out.printf("preload: %,d synthetic assessments (bulk import) in %.1f s = %,.0f/s%n", PRELOAD,
                preloadNanos / 1e9, PRELOAD / (preloadNanos / 1e9));
        JsonNode definition = Api.JSON.readTree(Api.anonymous(port).get("/api/assessment/frameworks/sme-dx/"
                + f.version()).body());
        List<EnterpriseClient> enterprises = signedUp(ENTERPRISES);
        List<EnterpriseClient> atScale = signedUp(SQL_PRELOAD > 0 ? AT_SCALE : 0);
        System.out.printf("signed up: %d enterprises (not timed), load %s%n", enterprises.size() + atScale.size(), load());
        double api = viaApi(enterprises, definition);
        double baseline = baseline(ENTERPRISES, f.criteria().count());
        System.out.printf("through the API: %.1f completed assessments/s; plain batch INSERT: %.1f/s; ratio %.3f (load %s)%n",
                api, baseline, api / baseline, load());
        if (SQL_PRELOAD > 0) {
            long sqlNanos = sqlPreload(f, SQL_PRELOAD);
            System.out.printf("sql preload: %,d completed assessments (plain SQL, counts added) in %.1f s%n", SQL_PRELOAD,
                    sqlNanos / 1e9);
            double scaled = viaApi(atScale, definition);
            System.out.printf("through the API with %,d assessments stored: %.1f completed assessments/s; ratio %.3f"
                    + " (load %s)%n", jdbc.queryForObject("SELECT COUNT(*) FROM assessment", Long.class), scaled,
                    scaled / baseline, load());
        }

        double[] page = timed(() -> get("/assessment/national"));
        double[] json = timed(() -> get("/api/assessment/national"));
        double[] scan = timed(() -> jdbc.queryForList("SELECT level, province_code, SUM(n) FROM assessment_level_count"
                + " WHERE framework_code = 'sme-dx' GROUP BY level, province_code"));
        System.out.printf("national page warm: median %.1f ms, p90 %.1f ms (%.1f× the GROUP BY baseline)%n", page[0], page[1],
                page[0] / scan[0]);
        System.out.printf("national API warm:  median %.1f ms, p90 %.1f ms (%.1f× the GROUP BY baseline)%n", json[0], json[1],
                json[0] / scan[0]);
        System.out.printf("baseline GROUP BY over the counts: median %.2f ms, p90 %.2f ms; assessments stored %,d%n",
                scan[0], scan[1], jdbc.queryForObject("SELECT COUNT(*) FROM assessment", Long.class));
        System.out.printf("counts = recount: %s%n", countsEqualRecount());
        System.out.printf("load average at the end %s%n", load());
    }

    /**
     * The bulk import through real HTTP with a personal API token, every expensive part on: each row checked as a
     * sign-up and a completion (check digit, registry, every answer), scored, stored, counted nationally, audited; half
     * of every round's rows are reassessments of tax codes the round before imported (the earlier one superseded, its
     * counts taken back). Rounds alternate with the baseline (A B A B), a plain batch INSERT of as many assessments and
     * their answers, so both see the same machine.
     */
    private void imports(Framework f) {
        Api api = Api.withToken(port, BenchClients.token(port, "assessment-bench"));
        List<String> provinces = jdbc.queryForList("SELECT code FROM org_unit WHERE type = 'PROVINCE' ORDER BY code", String.class);
        Random random = new Random(17);
        List<String> earlier = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            double baseline = baseline(IMPORTS, f.criteria().count());
            List<Map<String, Object>> rows = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < IMPORTS; i++) {
                String taxCode = i % 2 == 0 && i / 2 < earlier.size() ? earlier.get(i / 2) : taxCode(0);
                codes.add(taxCode);
                rows.add(importRow(f, taxCode, provinces.get(random.nextInt(provinces.size())), random));
            }
            earlier = codes;
            long started = System.nanoTime();
            int reassessed = 0;
            for (int from = 0; from < rows.size(); from += 5_000) {
                Api.Reply r = api.post("/api/assessment/imports", Map.of("framework", f.code(), "assessments",
                        rows.subList(from, Math.min(rows.size(), from + 5_000))), "Idempotency-Key",
                        "bench-" + round + "-" + from + "-" + System.nanoTime());
                if (r.status() != 200) {
                    throw new IllegalStateException("import refused: " + r);
                }
                reassessed += r.json().get("reassessed").asInt();
            }
            double perSecond = IMPORTS / ((System.nanoTime() - started) / 1e9);
            System.out.printf("%s round %d: %,d imported (%,d reassessments) at %,.0f completed/s; plain batch INSERT"
                    + " %,.0f/s; ratio %.3f (load %s)%n", round == 0 ? "warm-up" : "timed", round, IMPORTS, reassessed,
                    perSecond, baseline, perSecond / baseline, load());
        }
        System.out.printf("counts = recount: %s; assessments stored %,d; load average at the end %s%n", countsEqualRecount(),
                jdbc.queryForObject("SELECT COUNT(*) FROM assessment", Long.class), load());
    }

    private static Map<String, Object> importRow(Framework f, String taxCode, String province, Random random) {
        String vsic = VSIC[random.nextInt(VSIC.length)];
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("taxCode", taxCode);
        row.put("name", "Công ty TNHH Đánh giá " + taxCode);
        row.put("vsic", vsic);
        row.put("sizeClass", SizeClass.values()[random.nextInt(4)].name());
        row.put("provinceCode", province);
        row.put("email", "lienhe+" + taxCode + "@example.com");
        row.put("answers", randomAnswers(f, vsic, random));
        return row;
    }

    private static Map<String, String> randomAnswers(Framework f, String vsic, Random random) {
        Map<String, String> answers = new HashMap<>();
        f.criteria().filter(c -> c.appliesTo(vsic, "ENTERPRISE")).forEach(c -> answers.put(c.code(), switch (c.type()) {
            case CHOICE -> c.choices().get(random.nextInt(c.choices().size())).code();
            case YES_NO -> random.nextBoolean() ? "yes" : "no";
            case PERCENTAGE -> String.valueOf(random.nextInt(101));
            case NUMBER -> String.valueOf((long) c.bands().get(random.nextInt(c.bands().size())).from());
            case FILE -> "https://demo.invalid/minh-chung.pdf";
        }));
        return answers;
    }

    private boolean countsEqualRecount() {
        return client.sql("SELECT level, province_code, industry, size_class, n FROM"
                + " assessment_level_count WHERE framework_code = 'sme-dx' AND n <> 0 ORDER BY 1, 2, 3, 4").query().listOfRows()
                .equals(client.sql("SELECT COALESCE(COALESCE(verified_level, self_level), '-') AS level, province_code, industry,"
                        + " size_class, COUNT(*) AS n FROM assessment WHERE framework_code = 'sme-dx' AND status = 'COMPLETED'"
                        + " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4").query().listOfRows());
    }

    private long preload(Framework f) {
        Random random = new Random(17);
        long started = System.nanoTime();
        List<SyntheticAssessment> batch = new ArrayList<>();
        List<String> provinces = jdbc.queryForList("SELECT code FROM org_unit WHERE type = 'PROVINCE'", String.class);
        for (int i = 0; i < PRELOAD; i++) {
            String vsic = VSIC[random.nextInt(VSIC.length)];
            Map<String, String> answers = randomAnswers(f, vsic, random);
            batch.add(new SyntheticAssessment(taxCode(i), "DN bench " + i, vsic, SizeClass.values()[random.nextInt(4)],
                    provinces.get(random.nextInt(provinces.size())), answers));
            if (batch.size() == 5_000) {
                synthetic.importCompleted(f.code(), batch, "system:bench");
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            synthetic.importCompleted(f.code(), batch, "system:bench");
        }
        return System.nanoTime() - started;
    }

    /**
     * Completed assessments of enterprises of the bench's own (tax codes 95…) by plain SQL, for the scale of the page
     * and of the peers query: spread over the bench's VSIC codes, the provinces and the sizes, a total from a hash and
     * the level of the framework's total thresholds (no pillar minimum), no answers; the level counts and the province
     * pillar sums (the total standing for every pillar) are added from the inserted rows, so counts = recount holds.
     */
    private long sqlPreload(Framework f, int n) {
        long started = System.nanoTime();
        String vsic = "ARRAY['" + String.join("','", VSIC) + "']";
        String industries = "ARRAY['" + String.join("','", Arrays.stream(VSIC).map(v -> f.industryOf(v).orElseThrow().code())
                .toList()) + "']";
        StringBuilder level = new StringBuilder("CASE");
        List<Framework.Level> levels = new ArrayList<>(f.levels());
        java.util.Collections.reverse(levels);
        levels.forEach(l -> level.append(" WHEN t >= ").append(l.minTotal()).append(" THEN '").append(l.code()).append("'"));
        level.append(" ELSE NULL END");
        jdbc.update("INSERT INTO assessment_enterprise (tax_code, name, vsic, size_class, province_code, email, verified_at,"
                + " synthetic, created_at) SELECT '95' || lpad(i::text, 8, '0'), 'DN bench ' || i, (" + vsic + ")[1 + i % 8],"
                + " (ARRAY['MICRO','SMALL','MEDIUM','LARGE'])[1 + (i / 8) % 4], p.codes[1 + (i / 32) % cardinality(p.codes)],"
                + " 'bench' || i || '@example.invalid', now(), TRUE, now() FROM generate_series(1, ?) i,"
                + " (SELECT array_agg(code ORDER BY code) AS codes FROM org_unit WHERE type = 'PROVINCE') p", n);
        jdbc.update("INSERT INTO assessment (ref, enterprise_id, framework_code, framework_version, status, industry, vsic,"
                + " size_class, province_code, started_at, completed_at, self_total, self_level, synthetic)"
                + " SELECT gen_random_uuid()::text, id, ?, ?, 'COMPLETED', (" + industries + ")[array_position(" + vsic
                + ", vsic)], vsic, size_class, province_code, now(), now(), t, " + level + ", TRUE"
                + " FROM (SELECT e.*, (abs(hashtext(e.tax_code)) % 10001) / 100.0 AS t FROM assessment_enterprise e"
                + " WHERE e.tax_code LIKE '95%') x", f.code(), f.version());
        String bench = " FROM assessment a JOIN assessment_enterprise e ON e.id = a.enterprise_id WHERE e.tax_code LIKE '95%'"
                + " AND a.framework_code = ? AND a.framework_version = ?";
        jdbc.update("UPDATE assessment_level_count c SET n = c.n + x.n FROM (SELECT COALESCE(a.self_level, '-') AS lvl,"
                + " a.province_code, a.industry, a.size_class, COUNT(*) AS n" + bench
                + " GROUP BY 1, 2, 3, 4) x WHERE c.framework_code = ? AND c.framework_version = ? AND c.level = x.lvl"
                + " AND c.province_code = x.province_code AND c.industry = x.industry AND c.size_class = x.size_class",
                f.code(), f.version(), f.code(), f.version());
        jdbc.update("UPDATE assessment_pillar_sum s SET score_sum = s.score_sum + x.total, n = s.n + x.n FROM"
                + " (SELECT a.province_code, SUM(a.self_total) AS total, COUNT(*) AS n" + bench + " GROUP BY 1) x"
                + " WHERE s.framework_code = ? AND s.framework_version = ? AND s.province_code = x.province_code",
                f.code(), f.version(), f.code(), f.version());
        jdbc.execute("ANALYZE assessment");
        return System.nanoTime() - started;
    }

    private List<EnterpriseClient> signedUp(int n) {
        List<EnterpriseClient> enterprises = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            enterprises.add(EnterpriseClient.fresh(port, client).signedIn(VSIC[i % VSIC.length], "SMALL", i % 2 == 0 ? "01" : "79"));
        }
        return enterprises;
    }

    private double viaApi(List<EnterpriseClient> enterprises, JsonNode definition) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long started = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            done.add(pool.submit(() -> {
                int completed = 0;
                for (int i = next.getAndIncrement(); i < enterprises.size(); i = next.getAndIncrement()) {
                    EnterpriseClient e = enterprises.get(i);
                    JsonNode a = e.start("sme-dx");
                    String ref = a.get("ref").asString();
                    e.answer(ref, EnterpriseClient.bestAnswers(definition, a.get("applicable")));
                    if (e.complete(ref).status() == 200) {
                        completed++;
                    }
                }
                return completed;
            }));
        }
        int completed = 0;
        for (Future<Integer> f : done) {
            completed += f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        if (completed != enterprises.size()) {
            throw new IllegalStateException(completed + " of " + enterprises.size() + " completed");
        }
        return completed / seconds;
    }

    /** The same rows (an assessment and its answers) by a plain JDBC batch INSERT into tables of the same shape. */
    private double baseline(int n, long criteria) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS bench_assessment AS SELECT * FROM assessment WHERE 1 = 0");
        jdbc.execute("CREATE TABLE IF NOT EXISTS bench_answer AS SELECT * FROM assessment_answer WHERE 1 = 0");
        long started = System.nanoTime();
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        List<Object[]> assessments = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = 900_000_000L + i;
            assessments.add(new Object[] {id, java.util.UUID.randomUUID().toString(), 1L, "sme-dx", 1, "COMPLETED", "IND13",
                "4711", "SMALL", "01", now, now, 55.5, "OPTIMIZING"});
            for (int c = 0; c < criteria; c++) {
                answers.add(new Object[] {id, "C" + c, "yes", now});
            }
        }
        jdbc.batchUpdate("INSERT INTO bench_assessment (id, ref, enterprise_id, framework_code, framework_version, status,"
                + " industry, vsic, size_class, province_code, started_at, completed_at, self_total, self_level)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", assessments);
        jdbc.batchUpdate("INSERT INTO bench_answer (assessment_id, criterion, answer, answered_at) VALUES (?, ?, ?, ?)", answers);
        return n / ((System.nanoTime() - started) / 1e9);
    }

    private double[] timed(Runnable call) {
        for (int i = 0; i < 5; i++) {
            call.run();
        }
        double[] ms = new double[30];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[ms.length / 2], ms[(int) (ms.length * 0.9)]};
    }

    /** One client for every timed page request (as a browser keeps its connection), not a new one per request. */
    private final HttpClient http = HttpClient.newHttpClient();

    private void get(String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " " + r.statusCode());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int serial;

    /** The next valid tax code of the bench's own range (97…): nine digits and the check digit. */
    private String taxCode(int ignored) {
        int[] w = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        while (true) {
            String nine = String.format("97%07d", serial++);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += w[i] * (nine.charAt(i) - '0');
            }
            int check = 10 - sum % 11;
            if (check < 10) {
                return nine + check;
            }
        }
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
