package vn.steerboard.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.ActorPrincipal;
import vn.steerboard.identity.Role;
import vn.steerboard.indicator.Aggregation;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.submission.SubmissionRequest;
import vn.steerboard.submission.SubmissionView;
import vn.steerboard.submission.Submissions;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.DemoFacts;

/**
 * The live roll-ups against hand-computed aggregates over the tree, and against the repair rebuild after random
 * sequences of submissions, corrections, approvals and returns.
 */
@IntegrationTest
class RollupConsistencyTest {

    private static final List<String> UNITS = List.of(DemoFacts.BA_DINH, DemoFacts.NGOC_HA, "00025", "01", "79", "BKHCN");

    @Autowired
    Submissions submissions;

    @Autowired
    vn.steerboard.submission.Approvals approvals;

    @Autowired
    RollupStore rollups;

    @Autowired
    RollupRepair repair;

    @Autowired
    RollupReader reader;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.steerboard.analytics.IndicatorFigures figures;

    @BeforeEach
    void actAsAdminWithATestDataSet() {
        actAs("property-test");
        if (jdbc.sql("SELECT COUNT(*) FROM data_set WHERE code = 'T_AGG'").query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO data_set (code, name_vi, name_en, period_type, deadline_days) VALUES ('T_AGG', 'Thử', 'Test', 'MONTHLY', 5)")
                    .update();
            String[][] elements = {{"T_SUM", "SUM", null}, {"T_AVG", "AVERAGE", null}, {"T_MIN", "MIN", null}, {"T_MAX", "MAX", null},
                {"T_LAST", "LAST", null}, {"T_DEN", "SUM", null}, {"T_RATE", "WEIGHTED_AVERAGE", "T_DEN"}};
            for (String[] e : elements) {
                jdbc.sql("INSERT INTO data_element (code, data_set_code, name_vi, name_en, value_type, tree_aggregation,"
                        + " time_aggregation, weight_element) VALUES (?, 'T_AGG', ?, ?, 'NUMBER', ?, 'LAST', ?)")
                        .params(e[0], e[0], e[0], e[1], e[2]).update();
            }
            catalogue.reload();
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void treeAggregationsMatchHandComputedValues() {
        // three communes of Hanoi: values v, weights (denominators) w
        submit(DemoFacts.BA_DINH, "2026-01", Map.of("T_SUM", 10.0, "T_AVG", 10.0, "T_MIN", 10.0, "T_MAX", 10.0, "T_LAST", 10.0, "T_DEN", 100.0, "T_RATE", 50.0));
        submit(DemoFacts.NGOC_HA, "2026-01", Map.of("T_SUM", 20.0, "T_AVG", 20.0, "T_MIN", 20.0, "T_MAX", 20.0, "T_LAST", 20.0, "T_DEN", 300.0, "T_RATE", 90.0));
        submit("00025", "2026-01", Map.of("T_SUM", 60.0, "T_AVG", 60.0, "T_MIN", 60.0, "T_MAX", 60.0, "T_LAST", 5.0, "T_DEN", 0.0, "T_RATE", 10.0));
        Map<String, Double> hanoi = values("01", "2026-01");
        assertThat(hanoi.get("T_SUM")).isEqualTo(90.0);                     // 10 + 20 + 60
        assertThat(hanoi.get("T_AVG")).isEqualTo(30.0);                     // 90 / 3
        assertThat(hanoi.get("T_MIN")).isEqualTo(10.0);
        assertThat(hanoi.get("T_MAX")).isEqualTo(60.0);
        assertThat(hanoi.get("T_LAST")).isEqualTo(5.0);                     // entered last
        assertThat(hanoi.get("T_RATE")).isCloseTo(80.0, within(1e-9));      // (50·100 + 90·300 + 10·0) / 400
        // the plain average of the rates would be 50: weighting by the denominator is what the element asks for
        assertThat(values(DemoFacts.BA_DINH, "2026-01").get("T_RATE")).isEqualTo(50.0);
        // correcting the minimum and the last value: both are recomputed from the subtree
        submit(DemoFacts.BA_DINH, "2026-01", Map.of("T_MIN", 70.0, "T_MAX", 70.0));
        submit("00025", "2026-01", Map.of("T_LAST", 6.0));
        hanoi = values("01", "2026-01");
        assertThat(hanoi.get("T_MIN")).isEqualTo(20.0);
        assertThat(hanoi.get("T_MAX")).isEqualTo(70.0);
        assertThat(hanoi.get("T_LAST")).isEqualTo(6.0);
        assertThat(values("VN", "2026-01").get("T_SUM")).isEqualTo(90.0);
    }

    @Test
    void timeAggregationCombinesReportedPeriodsInsideAnyRange() {
        // commune 00025, three months: T_SUM is read over time as LAST, T_DEN (switched here) as SUM
        submit("00025", "2025-07", Map.of("T_SUM", 5.0, "T_DEN", 10.0));
        submit("00025", "2025-08", Map.of("T_SUM", 7.0, "T_DEN", 20.0));
        submit("00025", "2025-09", Map.of("T_SUM", 9.0, "T_DEN", 30.0));
        jdbc.sql("UPDATE data_element SET time_aggregation = 'SUM' WHERE code = 'T_DEN'").update();
        catalogue.reload();
        try {
            if (jdbc.sql("SELECT COUNT(*) FROM indicator WHERE code = 'T_IND'").query(Long.class).single() == 0) {
                jdbc.sql("INSERT INTO indicator (code, name_vi, name_en, formula, polarity, unit_label) VALUES ('T_IND', 'Thử', 'Test',"
                        + " 'T_SUM + T_DEN', 'HIGHER_IS_BETTER', '')").update();
                catalogue.reload();
            }
            var quarter = figures.valueOver("T_IND", "00025", vn.steerboard.indicator.Period.parse("2025Q3"), false);
            // T_SUM over time is LAST (9), T_DEN is SUM (10 + 20 + 30)
            assertThat(quarter.elements()).containsEntry("T_SUM", 9.0).containsEntry("T_DEN", 60.0);
            assertThat(quarter.value()).isEqualTo(69.0);
            var range = figures.valueOver("T_IND", "00025", vn.steerboard.indicator.Period.parse("2025-07-01..2025-08-31"), false);
            assertThat(range.reportedPeriods()).containsExactly("2025-07", "2025-08");
            assertThat(range.value()).isEqualTo(7.0 + 30.0);
            assertThat(figures.valueOver("T_IND", "00025", vn.steerboard.indicator.Period.parse("2025Q3"), true).value()).isNull();
        } finally {
            jdbc.sql("UPDATE data_element SET time_aggregation = 'LAST' WHERE code = 'T_DEN'").update();
            jdbc.sql("DELETE FROM indicator WHERE code = 'T_IND'").update();
            catalogue.reload();
        }
    }

    @Test
    void randomSequencesGiveTheSameRollupsIncrementallyAsARebuild() {
        List<String> periods = List.of("2026-02", "2026-03", "2026-04");
        List<String> elements = List.of("T_SUM", "T_AVG", "T_MIN", "T_MAX", "T_LAST", "T_DEN", "T_RATE");
        for (int run = 0; run < 6; run++) {
            long seed = 1000 + run;
            Random random = new Random(seed);
            for (int step = 0; step < 60; step++) {
                int action = random.nextInt(10);
                List<Long> open = ids("SUBMITTED");
                List<Long> approved = ids("APPROVED");
                if (action < 5 || open.isEmpty()) {
                    Map<String, Double> values = new LinkedHashMap<>();
                    for (String element : elements) {
                        if (random.nextInt(3) > 0) {
                            values.put(element, (double) random.nextInt(200));
                        }
                    }
                    values.putIfAbsent("T_DEN", (double) random.nextInt(50));
                    String unit = UNITS.get(random.nextInt(UNITS.size()));
                    String period = periods.get(random.nextInt(periods.size()));
                    boolean locked = jdbc.sql("SELECT COUNT(*) FROM submission WHERE data_set_code = 'T_AGG' AND unit_code = ?"
                            + " AND period = ? AND (status = 'APPROVED' OR approved_through IS NOT NULL)").params(unit, period)
                            .query(Long.class).single() > 0;
                    if (!locked) {
                        submissions.submit(new SubmissionRequest("T_AGG", unit, period, values), "API", random.nextBoolean());
                    }
                } else if (action < 8) {
                    // four eyes: another ADMIN approves and returns what "property-test" submitted
                    long id = open.get(random.nextInt(open.size()));
                    var shown = submissions.view(id);
                    actAs("property-approver");
                    approvals.approve(id, shown.nextLevel(), shown.version(), null);
                    actAs("property-test");
                } else {
                    List<Long> returnable = new ArrayList<>(open);
                    returnable.addAll(approved);
                    long id = returnable.get(random.nextInt(returnable.size()));
                    var shown = submissions.view(id);
                    actAs("property-approver");
                    approvals.returnForCorrection(id, shown.nextLevel() != null ? shown.nextLevel() : shown.approvedThrough(),
                            shown.version(), "kiểm tra lại");
                    actAs("property-test");
                }
            }
            Map<String, String> incremental = repair.snapshot();
            submissions.rebuildRollups();
            assertThat(repair.snapshot()).as("seed %d", seed).isEqualTo(incremental);
        }
    }

    private static void actAs(String admin) {
        ActorPrincipal principal = () -> new Actor(admin, Role.ADMIN, null, false);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }

    private void submit(String unit, String period, Map<String, Double> values) {
        SubmissionView view = submissions.submit(new SubmissionRequest("T_AGG", unit, period, values), "API", false);
        assertThat(view.status()).isEqualTo(vn.steerboard.submission.SubmissionStatus.SUBMITTED);
    }

    private List<Long> ids(String status) {
        return jdbc.sql("SELECT id FROM submission WHERE data_set_code = 'T_AGG' AND status = ? ORDER BY id").param(status)
                .query(Long.class).list();
    }

    private Map<String, Double> values(String unit, String period) {
        Map<String, Double> values = new LinkedHashMap<>();
        reader.load(RollupStore.ALL, List.of(unit), catalogue.elements().keySet()).getOrDefault(unit, Map.of())
                .forEach((element, byPeriod) -> {
                    RollupTotals totals = byPeriod.get(period);
                    Aggregation aggregation = catalogue.element(element).orElseThrow().treeAggregation();
                    if (totals != null) {
                        values.put(element, totals.value(aggregation));
                    }
                });
        return values;
    }
}
