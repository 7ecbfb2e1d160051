package vn.steerboard.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.steerboard.analytics.IndicatorFigures;
import vn.steerboard.analytics.Rollups;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.ActorPrincipal;
import vn.steerboard.identity.Role;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.indicator.Period;
import vn.steerboard.support.Api;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.IntegrationTest;

/**
 * System-sourced values: recorded as approved submissions on the source's channel with their roll-ups; recorded
 * again, they supersede (the roll-ups move by the difference, an unchanged key is left alone); the incremental
 * roll-ups equal a rebuild; people cannot submit them, and a source records only what it claimed.
 */
@IntegrationTest
class SystemValuesTest {

    private static final String SET = "T_SYS";
    private static final String SOURCE = "test-system";
    private static final String MONTH = "2026-09";

    @Autowired
    SystemValues systemValues;

    @Autowired
    Submissions submissions;

    @Autowired
    IndicatorFigures figures;

    @Autowired
    Rollups rollups;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.steerboard.audit.AuditTrail audit;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @LocalServerPort
    int port;

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
    void recordedValuesAreApprovedWithTheirRollupsAndSupersededByTheDifference() {
        String month = "2026-08";
        long audits = audits();
        SystemValues.Recorded first = systemValues.record(SOURCE, List.of(
                entry(DemoFacts.BA_DINH, month, 30, 100, 7), entry(DemoFacts.NGOC_HA, month, 50, 100, 9)));
        assertThat(first.created()).isEqualTo(2);
        assertThat(audits()).isEqualTo(audits + 1);
        assertThat(jdbc.sql("SELECT status || ' ' || approved_through || ' ' || channel FROM submission WHERE data_set_code"
                + " = 'T_SYS' AND unit_code = ? AND period = ?").params(DemoFacts.BA_DINH, month).query(String.class).single())
                .isEqualTo("APPROVED VN SYSTEM:test-system");
        // official figures (approved values only) of the communes' province: (30 + 50) / (100 + 100)
        assertThat(rate(DemoFacts.HANOI, month)).isEqualTo(40.0);
        assertThat(rollup("T_SYS_MAX", DemoFacts.HANOI, month)).isEqualTo(9.0);

        // a late correction of Ba Đình: the province moves by the difference, never counts both
        SystemValues.Recorded second = systemValues.record(SOURCE, List.of(entry(DemoFacts.BA_DINH, month, 70, 100, 1),
                entry(DemoFacts.NGOC_HA, month, 50, 100, 9)));
        assertThat(second.superseded()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(rate(DemoFacts.HANOI, month)).isEqualTo(60.0);
        assertThat(rollup("T_SYS_N", DemoFacts.HANOI, month)).isEqualTo(120.0);
        assertThat(rollup("T_SYS_N", "VN", month)).isEqualTo(120.0);
        // the largest is recomputed from what remains, not kept from the superseded value
        systemValues.record(SOURCE, List.of(entry(DemoFacts.NGOC_HA, month, 50, 100, 2)));
        assertThat(rollup("T_SYS_MAX", DemoFacts.HANOI, month)).isEqualTo(2.0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_value WHERE element_code = 'T_SYS_N' AND period = ?").param(month)
                .query(Long.class).single()).isEqualTo(2);

        // nothing changed: nothing written, nothing audited
        long before = audits();
        assertThat(systemValues.record(SOURCE, List.of(entry(DemoFacts.NGOC_HA, month, 50, 100, 2))).unchanged()).isEqualTo(1);
        assertThat(audits()).isEqualTo(before);
    }

    /**
     * A caller that audits its own change and records values in the same transaction: the values' audit record goes in
     * that transaction (it waited on the audit chain's lock the caller held, and on H2 timed out), and a rollback
     * leaves neither the values nor their record.
     */
    @Test
    void valuesRecordedInTheCallersTransactionStandOrFallWithIt() {
        String month = "2026-03";
        long audits = audits();
        long submitted = jdbc.sql("SELECT COUNT(*) FROM submission WHERE data_set_code = 'T_SYS' AND period = ?").param(month)
                .query(Long.class).single();
        org.springframework.transaction.support.TransactionTemplate tx = new org.springframework.transaction.support.TransactionTemplate(
                transactions);
        tx.executeWithoutResult(status -> {
            audit.recordAs("system:test", new vn.steerboard.audit.AuditEvent("TEST_CALLER_CHANGE", "TEST", "caller", null, null,
                    null, null, null));
            systemValues.record(SOURCE, List.of(entry(DemoFacts.BA_DINH, month, 1, 2, 3)));
            status.setRollbackOnly();
        });
        assertThat(audits()).isEqualTo(audits);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE data_set_code = 'T_SYS' AND period = ?").param(month)
                .query(Long.class).single()).isEqualTo(submitted);
        tx.executeWithoutResult(status -> {
            audit.recordAs("system:test", new vn.steerboard.audit.AuditEvent("TEST_CALLER_CHANGE", "TEST", "caller", null, null,
                    null, null, null));
            systemValues.record(SOURCE, List.of(entry(DemoFacts.BA_DINH, month, 1, 2, 3)));
        });
        assertThat(audits()).isEqualTo(audits + 1);
        // a ward keeps no roll-up row: its figure is read from its own values
        assertThat(rollup("T_SYS_N", DemoFacts.BA_DINH, month)).isNull();
        assertThat(rate(DemoFacts.BA_DINH, month)).isEqualTo(50.0);
    }

    @Test
    void incrementalRollupsEqualARebuild() {
        java.util.Random random = new java.util.Random(766);
        List<String> units = List.of(DemoFacts.BA_DINH, DemoFacts.NGOC_HA, DemoFacts.HANOI, DemoFacts.BKHCN);
        for (int i = 0; i < 40; i++) {
            systemValues.record(SOURCE, List.of(entry(units.get(random.nextInt(units.size())), "2026-0" + (5 + random.nextInt(3)),
                    random.nextInt(100), 100 + random.nextInt(100), random.nextInt(50))));
        }
        Map<String, String> incremental = ours(rollups.snapshot());
        actAsAdmin();
        submissions.rebuildRollups();
        assertThat(ours(rollups.snapshot())).isEqualTo(incremental).isNotEmpty();
    }

    @Test
    void peopleCannotSubmitSystemValues() {
        Api.Reply refused = Api.as(port, DemoFacts.HANOI_OFFICER).post("/api/indicators/submissions", Map.of("dataSet", SET,
                "unit", DemoFacts.HANOI, "period", MONTH, "values", Map.of("T_SYS_N", 5)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"column\":\"dataSet\"", "\"value\":\"T_SYS\"", "test-system");
        Api.Reply pushed = Api.as(port, DemoFacts.ADMIN).post("/api/indicators/values", Map.of("values", List.of(Map.of(
                "element", "T_SYS_N", "unit", DemoFacts.HANOI, "period", MONTH, "value", 5))));
        assertThat(pushed.status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE data_set_code = 'T_SYS' AND period = ?").param(MONTH)
                .query(Long.class).single()).isZero();
        // nor on a system's channel, whatever the data set
        actAsAdmin();
        assertThatThrownBy(() -> submissions.push(List.of(new ValueEntry("TTHC_TONG", DemoFacts.HANOI, vn.steerboard.support.TestFixtures.MONTH, 5.0)),
                "k-system-channel", "SYSTEM:test-system")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSourceRecordsOnlyWhatItClaimedAllOrNothing() {
        assertThatThrownBy(() -> systemValues.record("another-system", List.of(entry(DemoFacts.HANOI, MONTH, 1, 2, 3))))
                .isInstanceOf(RejectedFileException.class).hasMessageContaining("1 problem");
        RejectedFileException bad = (RejectedFileException) org.assertj.core.api.Assertions.catchThrowable(() ->
                systemValues.record(SOURCE, List.of(entry(DemoFacts.HANOI, MONTH, 1, 2, 3),
                        new SystemValues.Entry(SET, "XX", MONTH, Map.of("T_SYS_N", 1.0)),
                        new SystemValues.Entry(SET, DemoFacts.HANOI, "2026Q3", Map.of("HS_TONG", 1.0)))));
        assertThat(bad.problems()).extracting(p -> p.row() + " " + p.column()).containsExactly("2 unit", "3 period", "3 element");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE data_set_code = 'T_SYS' AND period = ?").param(MONTH)
                .query(Long.class).single()).isZero();
        assertThatThrownBy(() -> systemValues.claim(SET, "another-system")).isInstanceOf(IllegalStateException.class);
    }

    private static SystemValues.Entry entry(String unit, String month, double n, double d, double max) {
        return new SystemValues.Entry(SET, unit, month, Map.of("T_SYS_N", n, "T_SYS_D", d, "T_SYS_MAX", max));
    }

    private Double rate(String unit, String month) {
        return figures.valueOver("T_SYS_RATE", unit, Period.parse(month), true).value();
    }

    private Double rollup(String element, String unit, String month) {
        return jdbc.sql("SELECT value_sum FROM element_rollup WHERE scope = 'O' AND element_code = ? AND unit_code = ? AND period = ?")
                .params(element, unit, month).query(Double.class).optional().map(sum -> element.endsWith("MAX")
                        ? jdbc.sql("SELECT max_value FROM element_rollup WHERE scope = 'O' AND element_code = ? AND unit_code = ?"
                                + " AND period = ?").params(element, unit, month).query(Double.class).single() : sum).orElse(null);
    }

    private long audits() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'SYSTEM_VALUES_RECORDED'").query(Long.class).single();
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
        ActorPrincipal principal = () -> new Actor("system-values-test", Role.ADMIN, null, false);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }
}
