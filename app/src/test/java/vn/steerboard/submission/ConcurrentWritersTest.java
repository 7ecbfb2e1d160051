package vn.steerboard.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
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
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;
import vn.steerboard.support.IntegrationTest;

/**
 * Writers at once, as several nodes would be: on PostgreSQL they hold advisory locks per data set and period (two of
 * the four writers share each period), on H2 they take turns. Whatever the interleaving, nothing is lost or counted
 * twice: the live roll-ups equal a rebuild from the values, every entry number is used once, and the nation's sums
 * are what was last written.
 */
@IntegrationTest
class ConcurrentWritersTest {

    private static final int WRITERS = 4;
    private static final int ROUNDS = 6;
    private static final List<String> PERIODS = List.of("2026-09", "2026-10");

    @Autowired
    Submissions submissions;

    @Autowired
    Rollups rollups;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    Registry registry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void writersAtOnceLoseNothingAndCountNothingTwice() throws Exception {
        defineDataSet();
        List<OrgUnit> communes = registry.all(OrgUnitType.COMMUNE, "79").subList(0, WRITERS * 3);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Double>> written = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            List<String> mine = communes.subList(w * 3, w * 3 + 3).stream().map(OrgUnit::code).toList();
            String period = PERIODS.get(w % 2);
            written.add(pool.submit(() -> write(mine, period)));
        }
        double expected = 0;
        for (Future<Double> f : written) {
            expected += f.get();
        }
        pool.shutdown();

        double nation = jdbc.sql("""
                SELECT COALESCE(SUM(value_sum), 0) FROM element_rollup WHERE scope = 'A' AND unit_code = 'VN' AND element_code = 'T_CC_N'""")
                .query(Double.class).single();
        assertThat(nation).isEqualTo(expected);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) - COUNT(DISTINCT entry_seq) FROM data_value""").query(Long.class).single())
                .as("entry numbers used twice").isZero();
        // data_value has no foreign keys (V114): every writer's rows, the demo's included, name a stored submission
        // and a catalogue element
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM data_value v WHERE NOT EXISTS (SELECT 1 FROM submission s WHERE s.id = v.submission_id)
                   OR NOT EXISTS (SELECT 1 FROM data_element e WHERE e.code = v.element_code)""").query(Long.class).single())
                .as("values without their submission or element").isZero();
        Map<String, String> live = concurrentRows(rollups.snapshot());
        actAs("concurrency.repair");
        submissions.rebuildRollups();
        assertThat(concurrentRows(rollups.snapshot())).isEqualTo(live).isNotEmpty();
        SecurityContextHolder.clearContext();
    }

    /** Rounds of values for the writer's units in its period; returns the sum of the last round, which stands. */
    private double write(List<String> units, String period) {
        actAs("concurrency." + period + "." + units.get(0));
        double last = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            List<ValueEntry> values = new ArrayList<>();
            last = 0;
            for (String unit : units) {
                double value = round * 10 + units.indexOf(unit);
                values.add(new ValueEntry("T_CC_N", unit, period, value));
                values.add(new ValueEntry("T_CC_LAST", unit, period, value));
                last += value;
            }
            submissions.push(values, null, "API");
        }
        SecurityContextHolder.clearContext();
        return last;
    }

    private void defineDataSet() {
        if (jdbc.sql("SELECT COUNT(*) FROM data_set WHERE code = 'T_CC'").query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("INSERT INTO data_set (code, name_vi, name_en, period_type, deadline_days) VALUES ('T_CC', 'Thử', 'Test', 'MONTHLY', 5)")
                .update();
        for (String[] e : new String[][] {{"T_CC_N", "SUM"}, {"T_CC_LAST", "LAST"}}) {
            jdbc.sql("""
                    INSERT INTO data_element (code, data_set_code, name_vi, name_en, value_type, tree_aggregation, time_aggregation)
                    VALUES (:code, 'T_CC', :code, :code, 'NUMBER', :aggregation, 'LAST')""").param("code", e[0])
                    .param("aggregation", e[1]).update();
        }
        catalogue.reload();
    }

    private static Map<String, String> concurrentRows(Map<String, String> snapshot) {
        return snapshot.entrySet().stream().filter(e -> e.getKey().contains("/T_CC_"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static void actAs(String admin) {
        ActorPrincipal principal = () -> new Actor(admin, Role.ADMIN, null, false);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }
}
