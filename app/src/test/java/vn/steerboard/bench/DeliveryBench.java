package vn.steerboard.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;
import vn.steerboard.common.AsOf;
import vn.steerboard.delivery.DeliveryEvents;
import vn.steerboard.delivery.DeliveryFiguresChanged;
import vn.steerboard.delivery.DeliveryIndex;
import vn.steerboard.delivery.IndexPeriod;
import vn.steerboard.delivery.LeagueKind;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.ActorPrincipal;
import vn.steerboard.identity.Role;
import vn.steerboard.support.Api;
import vn.steerboard.support.Client;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.TestDatabase;

/**
 * Delivery (issue 16): event ingest end to end (checked, working-day clocks, the subjects' states, the index's
 * roll-ups, the audit and the idempotency key, one transaction per batch of 10,000; the indicator values taken from
 * the roll-ups, recorded in the background meanwhile, the clock stopping when the last of them is) against a plain
 * COPY of the same rows into a table of delivery_event's shape in the same run ({@link IngestAgainstCopy}); warm leagues
 * and unit indexes over a year of roll-ups for all 3,372 units worth 30 million dossiers; heap after GC as events
 * grow. PostgreSQL only (COPY). Not part of the test suite: see bench/README.md.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@org.springframework.context.annotation.Import(TestDatabase.CleanSlate.class)
class DeliveryBench {

    static final int EVENTS = Integer.getInteger("bench.events", 200_000);
    static final int BATCH = 10_000;
    static final int PER_DOSSIER = 5;
    static final long DOSSIERS_A_YEAR = 30_000_000L;

    @Autowired
    DeliveryEvents events;

    @Autowired
    DeliveryIndex index;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    vn.steerboard.delivery.internal.TallyStore tallyStore;

    @Autowired
    vn.steerboard.delivery.internal.SubtreeSums subtreeSums;

    @Autowired
    DataSource dataSource;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    private SyntheticEventBatches synthetic;

    @Test
    void ingestAgainstCopyWarmLeaguesAndMemory() throws Exception {
        if (!TestDatabase.onPostgres()) {
            throw new IllegalStateException("run with -Dsteerboard.test.database=postgresql (the baseline is a COPY)");
        }
        List<String> units = jdbc.queryForList("SELECT code FROM org_unit ORDER BY code", String.class);
        System.out.printf("%nDelivery benchmark, PostgreSQL: %,d events (%d per dossier) in batches of %,d over %,d units%s%n",
                EVENTS, PER_DOSSIER, BATCH, units.size(), SyntheticEventBatches.BY_PROVINCE ? ", each batch one province's and one month's" : "");
        synthetic = new SyntheticEventBatches(jdbc);
        String part = System.getProperty("bench.part", "all");
        if (!part.equals("leagues")) {
            // -Dbench.jfr=file: a profile of the ingest alone
            BenchRecording.during(() -> new IngestAgainstCopy(events, jdbc, dataSource, synthetic).run(units));
        }
        if (!part.equals("ingest")) {
            leagues(units);
        }
    }

    /** A year of roll-ups for every unit, 30 million dossiers' worth, then leagues and unit indexes, warm. */
    private void leagues(List<String> units) throws Exception {
        new YearOfRollups(jdbc, dataSource, tallyStore).write(units, DOSSIERS_A_YEAR);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                (ActorPrincipal) () -> new Actor("bench", Role.ADMIN, null, false), null, List.of()));
        AsOf asOf = AsOf.of(LocalDate.of(2024, 12, 31));
        IndexPeriod year = IndexPeriod.year(2024);
        IndexPeriod month = IndexPeriod.parse("2024-06");
        String[] communes01 = jdbc.queryForList("SELECT code FROM org_unit WHERE parent_code = '01'", String.class)
                .toArray(String[]::new);
        String in01 = "'" + String.join("','", communes01) + "'";
        // the plain baselines: the same roll-up rows each call reads, summed by a bare GROUP BY, nothing else
        String sums = vn.steerboard.delivery.internal.Counter.sums("");
        Supplier<Object> nationRows = () -> jdbc.queryForList("SELECT " + sums + " FROM delivery_tally"
                + " WHERE ym BETWEEN 202401 AND 202412");
        Supplier<Object> communesOf01Rows = () -> jdbc.queryForList("SELECT unit_code, " + sums + " FROM delivery_tally"
                + " WHERE unit_code IN (" + in01 + ") AND ym BETWEEN 202401 AND 202412 GROUP BY unit_code");
        Supplier<Object> province01Rows = () -> jdbc.queryForList("SELECT ym, " + sums + " FROM delivery_tally"
                + " WHERE unit_code IN ('01'," + in01 + ") AND ym BETWEEN 202401 AND 202412 GROUP BY ym");
        Supplier<Object> commune00004Rows = () -> jdbc.queryForList("SELECT ym, " + sums + " FROM delivery_tally"
                + " WHERE unit_code = '00004' AND ym BETWEEN 202401 AND 202412 GROUP BY ym");
        System.out.printf("%nwarm timings (the warm ones after %d calls in a row, for the compiler), %d warm-up then %d rounds; each round runs the baseline and the call one after"
                + " the other; medians (load average %s)%n", JIT_WARM_UP, WARM_UP, ROUNDS, load());
        System.out.printf("  %-74s %10s %10s %10s %8s%n", "call", "median", "p90", "baseline", "× base");
        // session 6's read of the national league, for before/after in the same run: every commune's rows through
        // org_unit_lineage (what a fresh league of provinces cost before the rows below every unit were kept)
        String provinces = "'" + String.join("','", jdbc.queryForList("SELECT code FROM org_unit WHERE type = 'PROVINCE'",
                String.class)) + "'";
        measure("session 6's read: provinces' subtrees through org_unit_lineage, 2024", () -> jdbc.queryForList(
                "SELECT l.ancestor_code, " + sums + " FROM delivery_tally t JOIN org_unit_lineage l"
                + " ON l.code = t.unit_code WHERE l.ancestor_code IN (" + provinces + ") AND t.ym BETWEEN 202401 AND 202412"
                + " GROUP BY l.ancestor_code"), "the counters summed over the nation's 2024 rows", nationRows, false);
        measure("session 7's read: provinces' own rows + the rows kept below them, 2024", () -> subtreeSums.sums(
                java.util.Arrays.asList(provinces.replace("'", "").split(",")), 202401, 202412, LocalDate.of(2024, 12, 31)),
                "the counters summed over the nation's 2024 rows", nationRows, false);
        // in process: what the pages and the API call (DeliveryIndex, access check included)
        time("league of provinces, year 2024 (DeliveryIndex)", () -> index.league(LeagueKind.PROVINCES, null, year, asOf),
                "the counters summed over the nation's 2024 rows", nationRows);
        time("league of provinces, June 2024", () -> index.league(LeagueKind.PROVINCES, null, month, asOf),
                "the counters summed over the nation's 2024 rows", nationRows);
        time("league of ministries, year 2024", () -> index.league(LeagueKind.MINISTRIES, null, year, asOf),
                "the counters summed over the nation's 2024 rows", nationRows);
        time("league of the communes of 01, year 2024", () -> index.league(LeagueKind.COMMUNES, "01", year, asOf),
                "the counters by commune over 01's communes' rows", communesOf01Rows);
        time("unit index: province 01, year 2024", () -> index.unit("01", year, asOf),
                "the counters by month over 01's subtree's rows", province01Rows);
        time("unit index: commune 00004, year 2024", () -> index.unit("00004", year, asOf),
                "the counters by month over 00004's rows", commune00004Rows);
        time("unit standing: province 01 (its total and rank)", () -> index.standing("01", year, asOf),
                "the counters summed over the nation's 2024 rows", nationRows);
        SecurityContextHolder.clearContext();
        // the pages over real HTTP, signed in (session cookie): access, model, Thymeleaf, the whole response
        Client browser = new Client(port);
        browser.signIn(DemoFacts.ADMIN, Api.DEMO_PASSWORD);
        time("page /delivery: national league of provinces, 2024", page(browser, "/delivery?asOf=2024-12-31"),
                "the counters summed over the nation's 2024 rows", nationRows);
        time("page /delivery: the communes of province 01, 2024",
                page(browser, "/delivery?kind=COMMUNES&province=01&asOf=2024-12-31"),
                "the counters by commune over 01's communes' rows", communesOf01Rows);
        time("page /delivery/units/01: province 01, 2024 + 12 months", page(browser, "/delivery/units/01?asOf=2024-12-31"),
                "the counters by month over 01's subtree's rows", province01Rows);
        time("page /delivery/units/00004: a commune, 2024 + 12 months",
                page(browser, "/delivery/units/00004?asOf=2024-12-31"), "the counters by month over 00004's rows",
                commune00004Rows);
        measure("static file /css/steerboard.css (HTTP alone)", page(browser, "/css/steerboard.css"), "none", () -> 0, false);
    }

    private static Supplier<Object> page(Client browser, String path) {
        return () -> {
            Client.Reply reply = browser.get(path);
            if (reply.status() != 200) {
                throw new IllegalStateException(path + " answered " + reply.status());
            }
            return reply.body().length();
        };
    }

    static final int WARM_UP = 5;
    /**
     * Calls before a warm timing (at most 20 s of them), with nothing between them: a server that has run for a while
     * has compiled its request path (JIT); five calls left the pages interpreted and measured the compiler, not the page.
     */
    static final int JIT_WARM_UP = Integer.getInteger("bench.jitWarmUp", 300);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 30);

    /**
     * Each call twice: after a change of delivery figures (the index's sums read from the roll-ups again, what the
     * first reader after a batch pays) and warm (what every reader until the next batch pays). Warm-up, then rounds of
     * baseline and call one after the other, so both meet the same load; the medians.
     */
    private void time(String what, Supplier<Object> call, String baselineName, Supplier<Object> baseline) {
        measure(what + " [after a change]", call, baselineName, baseline, true);
        measure(what + " [warm]", call, baselineName, baseline, false);
    }

    private void measure(String what, Supplier<Object> call, String baselineName, Supplier<Object> baseline, boolean cold) {
        long until = System.nanoTime() + 20_000_000_000L; // or 20 s, for the reads that are SQL alone
        for (int i = 0; !cold && i < JIT_WARM_UP && System.nanoTime() < until; i++) {
            call.get();
        }
        for (int i = 0; i < WARM_UP; i++) {
            baseline.get();
            changed(cold);
            call.get();
        }
        double[] ms = new double[ROUNDS];
        double[] base = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            baseline.get();
            base[i] = (System.nanoTime() - t) / 1e6;
            changed(cold);
            t = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(base);
        double median = ms[ROUNDS / 2];
        double baseMedian = base[ROUNDS / 2];
        System.out.printf("  %-74s %7.1f ms %7.1f ms %7.1f ms %8.2f   (baseline: %s)%n", what, median,
                ms[(int) (ROUNDS * 0.9)], baseMedian, baseMedian > 0.05 ? median / baseMedian : Double.NaN, baselineName);
    }

    /** A change of delivery figures, as a batch's commit announces it: the index's kept sums are dropped. */
    private void changed(boolean cold) {
        if (cold) {
            publisher.publishEvent(new DeliveryFiguresChanged(null, 0));
        }
    }

    static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    static long heap() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }
}
