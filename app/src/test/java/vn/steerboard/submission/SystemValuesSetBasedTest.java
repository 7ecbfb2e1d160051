package vn.steerboard.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.steerboard.analytics.Rollups;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.ActorPrincipal;
import vn.steerboard.identity.Role;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.IntegrationTest;

/**
 * The set-based write path of system values (one statement per call for the new submissions, the superseded ones,
 * their old values and each scope's roll-up moves) against a model of what the row-by-row path wrote: random calls
 * of many entries mixing new keys, corrections, unchanged keys, elements left out (a SUM row emptied, a MAX taken
 * out) and approved values returned by the ADMIN. After every call the submissions and value rows are exactly the
 * model's, the call's counts are the model's, and the roll-ups equal a rebuild from the values at the end.
 */
@IntegrationTest
class SystemValuesSetBasedTest {

    private static final String SET = "T_SYS";
    private static final String SOURCE = "test-system";
    private static final List<String> UNITS = List.of(DemoFacts.BA_DINH, DemoFacts.NGOC_HA, "00025", DemoFacts.HANOI, "79",
            DemoFacts.BKHCN);
    private static final List<String> MONTHS = List.of("2025-10", "2025-11", "2025-12");
    private static final List<String> ELEMENTS = List.of("T_SYS_N", "T_SYS_D", "T_SYS_MAX");

    @Autowired
    SystemValues systemValues;

    @Autowired
    Submissions submissions;

    @Autowired
    Approvals approvals;

    @Autowired
    Rollups rollups;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    /** What each key holds in the model, and how many times it was written (its version). */
    private final Map<String, Map<String, Double>> model = new TreeMap<>();
    private final Map<String, Integer> writes = new HashMap<>();
    private final Map<String, Boolean> returned = new HashMap<>();

    @BeforeEach
    void aSystemDataSet() {
        if (jdbc.sql("SELECT COUNT(*) FROM data_set WHERE code = 'T_SYS'").query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO data_set (code, name_vi, name_en, period_type, deadline_days) VALUES ('T_SYS', 'Thử hệ thống',"
                    + " 'System test', 'MONTHLY', 5)").update();
            for (String[] e : new String[][] {{"T_SYS_N", "SUM"}, {"T_SYS_D", "SUM"}, {"T_SYS_MAX", "MAX"}}) {
                jdbc.sql("INSERT INTO data_element (code, data_set_code, name_vi, name_en, value_type, tree_aggregation,"
                        + " time_aggregation) VALUES (?, 'T_SYS', ?, ?, 'NUMBER', ?, 'SUM')").params(e[0], e[0], e[0], e[1]).update();
            }
            jdbc.sql("INSERT INTO indicator (code, name_vi, name_en, formula, polarity, unit_label) VALUES ('T_SYS_RATE',"
                    + " 'Thử', 'Test', '100 * T_SYS_N / T_SYS_D', 'HIGHER_IS_BETTER', '%')").update();
            catalogue.reload();
        }
        systemValues.claim(SET, SOURCE);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void randomCallsWriteTheModelsRowsAndRollupsEqualARebuild() {
        Random random = new Random(57);
        for (int call = 0; call < 30; call++) {
            if (call % 7 == 6) {
                returnOneApproved(random);
            }
            List<SystemValues.Entry> entries = new ArrayList<>();
            int created = 0;
            int superseded = 0;
            int unchanged = 0;
            for (String key : randomKeys(random)) {
                String[] parts = key.split("\\|");
                Map<String, Double> values = random.nextInt(4) == 0 && model.containsKey(key) ? model.get(key) : values(random);
                entries.add(new SystemValues.Entry(SET, parts[0], parts[1], values));
                if (!model.containsKey(key)) {
                    created++;
                } else if (model.get(key).equals(values) && !returned.getOrDefault(key, false)) {
                    unchanged++;
                    continue;
                } else {
                    superseded++;
                }
                model.put(key, values);
                writes.merge(key, 1, Integer::sum);
                returned.put(key, false);
            }
            SystemValues.Recorded recorded = systemValues.record(SOURCE, entries);
            assertThat(List.of(recorded.created(), recorded.superseded(), recorded.unchanged())).as("call %d", call)
                    .containsExactly(created, superseded, unchanged);
            assertThat(stored()).as("call %d", call).isEqualTo(expected());
        }
        Map<String, String> incremental = ours(rollups.snapshot());
        actAsAdmin();
        submissions.rebuildRollups();
        assertThat(ours(rollups.snapshot())).isEqualTo(incremental).isNotEmpty();
    }

    /** 1 to 18 distinct keys of the six units and three months: some new, most seen before as the run goes on. */
    private static List<String> randomKeys(Random random) {
        List<String> keys = new ArrayList<>();
        for (String unit : UNITS) {
            for (String month : MONTHS) {
                keys.add(unit + "|" + month);
            }
        }
        java.util.Collections.shuffle(keys, random);
        return keys.subList(0, 1 + random.nextInt(keys.size()));
    }

    /** Quarters (exact in binary), and now and then an element left out: its row leaves the roll-ups. */
    private static Map<String, Double> values(Random random) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String element : ELEMENTS) {
            if (!element.equals("T_SYS_N") && random.nextInt(5) == 0) {
                continue;
            }
            values.put(element, random.nextInt(400) / 4.0);
        }
        return values;
    }

    /** The ADMIN returns an approved system submission: its values leave both scopes until the source writes again. */
    private void returnOneApproved(Random random) {
        List<String> approved = model.keySet().stream().filter(k -> !returned.getOrDefault(k, false)).toList();
        if (approved.isEmpty()) {
            return;
        }
        String key = approved.get(random.nextInt(approved.size()));
        String[] parts = key.split("\\|");
        SubmissionView shown = submissions.current(jdbc.sql("SELECT id FROM submission WHERE data_set_code = ? AND unit_code = ?"
                + " AND period = ?").params(SET, parts[0], parts[1]).query(Long.class).single());
        actAsAdmin();
        approvals.returnForCorrection(shown.id(), shown.approvedThrough(), shown.version(), "kiểm tra lại");
        SecurityContextHolder.clearContext();
        returned.put(key, true);
        writes.merge(key, 1, Integer::sum);
    }

    /** Each key's submission (status, version) and values as stored. */
    private Map<String, String> stored() {
        Map<String, String> rows = new TreeMap<>();
        jdbc.sql("SELECT s.unit_code, s.period, s.status, s.version, v.element_code, v.numeric_value FROM submission s"
                + " LEFT JOIN data_value v ON v.submission_id = s.id WHERE s.data_set_code = ? AND s.period IN (?, ?, ?)"
                + " ORDER BY s.unit_code, s.period, v.element_code").params(SET, MONTHS.get(0), MONTHS.get(1), MONTHS.get(2))
                .query(rs -> {
                    String key = rs.getString(1) + "|" + rs.getString(2);
                    String head = rs.getString(3) + " v" + rs.getLong(4) + ":";
                    rows.merge(key, head + " " + rs.getString(5) + "=" + rs.getDouble(6), (a, b) -> a + b.substring(head.length()));
                });
        return rows;
    }

    private Map<String, String> expected() {
        Map<String, String> rows = new TreeMap<>();
        model.forEach((key, values) -> {
            StringBuilder row = new StringBuilder((returned.get(key) ? "RETURNED" : "APPROVED") + " v" + writes.get(key)
                    + ":");
            new TreeMap<>(values).forEach((element, value) -> row.append(" ").append(element).append("=").append(value));
            rows.put(key, row.toString());
        });
        return rows;
    }

    private static Map<String, String> ours(Map<String, String> snapshot) {
        Map<String, String> ours = new TreeMap<>();
        snapshot.forEach((key, value) -> {
            if (key.contains("T_SYS")) {
                ours.put(key, value);
            }
        });
        return ours;
    }

    private static void actAsAdmin() {
        ActorPrincipal principal = () -> new Actor("set-based-test", Role.ADMIN, null, false);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }
}
