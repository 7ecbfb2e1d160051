package vn.steerboard.bench;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;
import vn.steerboard.common.PageRequest;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.ActorPrincipal;
import vn.steerboard.identity.Role;
import vn.steerboard.programme.League;
import vn.steerboard.programme.TaskFigures;
import vn.steerboard.support.TestDatabase;

/**
 * Ranking and overview queries over 100,000 tasks spread over every agency (17 central, 34 provinces,
 * 3,321 communes), warm, median and p90 of 30 runs each, with a plain GROUP BY scan of the task table as the baseline
 * measured in the same process. Not part of the test suite: see bench/README.md.
 */
@Tag("bench")
@SpringBootTest
@ContextConfiguration(initializers = TestDatabase.class)
@org.springframework.context.annotation.Import(TestDatabase.CleanSlate.class)
class ProgrammeQueryBench {

    static final int TASKS = 100_000;
    static final int RUNS = 30;
    static final LocalDate AS_OF = LocalDate.of(2025, 11, 15);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskFigures figures;

    @Test
    void rankingAndOverviewQueries() {
        generate();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                (ActorPrincipal) () -> new Actor("bench", Role.ADMIN, null, false), null, List.of()));
        System.out.printf("%nProgramme query benchmark: %,d tasks, %,d agencies, database %s%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM task", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM org_unit", Long.class),
                TestDatabase.onPostgres() ? "PostgreSQL" : "H2 (in memory)");
        // The baseline is one plain scan with a GROUP BY: what any per-agency figure costs at least.
        double baseline = report("baseline: GROUP BY lead_unit scan", 0,
                () -> jdbc.queryForList("SELECT lead_unit, COUNT(*) FROM task GROUP BY lead_unit"));
        report("summary, whole programme", baseline, () -> figures.summary(AS_OF, null));
        report("summary, province 01 subtree", baseline, () -> figures.summary(AS_OF, "01"));
        report("ranking, provinces", baseline, () -> figures.ranking(AS_OF, League.PROVINCES, null));
        report("ranking, ministries", baseline, () -> figures.ranking(AS_OF, League.MINISTRIES, null));
        report("ranking, communes of 01", baseline, () -> figures.ranking(AS_OF, League.COMMUNES, "01"));
        report("overdue list, first page", baseline, () -> figures.overdue(AS_OF, null, PageRequest.of(0, 50, 50)));
    }

    private static double report(String name, double baseline, Supplier<?> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = millis[RUNS / 2];
        System.out.printf("  %-36s median %7.2f ms   p90 %7.2f ms%s%n", name, median, millis[RUNS * 9 / 10],
                baseline == 0 ? "" : String.format("   %.1f× baseline", median / baseline));
        return median;
    }

    /** Tasks on every unit with a spread of dates and outcomes, 3% with a deadline revision. */
    private void generate() {
        List<String> units = jdbc.queryForList("SELECT code FROM org_unit", String.class);
        Random random = new Random(1);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> revisions = new ArrayList<>();
        LocalDate base = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < TASKS; i++) {
            LocalDate assigned = base.plusDays(random.nextInt(300));
            LocalDate start = assigned.plusDays(random.nextInt(60));
            LocalDate deadline = start.plusDays(30 + random.nextInt(400));
            LocalDate accepted = random.nextInt(3) == 0 ? start.plusDays(10 + random.nextInt(450)) : null;
            boolean revised = random.nextInt(33) == 0;
            rows.add(new Object[] {"B-" + i, "NQ57-CP03", "Nhiệm vụ " + i, "nhiem vu " + i,
                Date.valueOf(start), Date.valueOf(revised ? deadline.plusDays(90) : deadline), Date.valueOf(deadline),
                revised ? 1 : 0, units.get(random.nextInt(units.size())), Date.valueOf(assigned),
                accepted == null ? null : Date.valueOf(accepted)});
        }
        jdbc.batchUpdate("INSERT INTO task (code, plan_code, title, search_text, start_date, deadline, original_deadline,"
                + " revision_count, lead_unit, assigned_on, accepted_on, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", rows);
        jdbc.query("SELECT id, deadline, original_deadline FROM task WHERE revision_count = 1 AND code LIKE 'B-%'", rs -> {
            LocalDate original = rs.getObject(3, LocalDate.class);
            revisions.add(new Object[] {rs.getLong(1), Date.valueOf(original), Date.valueOf(rs.getObject(2, LocalDate.class)),
                Date.valueOf(original.minusDays(5)), "bench", "bench", java.sql.Timestamp.valueOf(original.atStartOfDay())});
        });
        jdbc.batchUpdate("INSERT INTO task_deadline_revision (task_id, previous_deadline, new_deadline, revised_on,"
                + " reason, revised_by, revised_at) VALUES (?, ?, ?, ?, ?, ?, ?)", revisions);
        if (TestDatabase.onPostgres()) {
            jdbc.execute("ANALYZE");
        }
    }
}
