package vn.steerboard.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.steerboard.analytics.Contribution;

/**
 * The roll-ups' repair, apart from their upkeep ({@link RollupStore}): every row recomputed from the reported values
 * alone, and a snapshot of all rows, by which tests prove that the incremental path and the repair agree.
 */
@Component
public class RollupRepair {

    private static final int SLICE = 20_000;

    private final JdbcClient jdbc;
    private final RollupStore store;

    RollupRepair(JdbcClient jdbc, RollupStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /**
     * The repair: empty the roll-ups and recompute them from the values alone. Returns the number of rows written.
     */
    public int rebuild() {
        jdbc.sql("DELETE FROM element_rollup").update();
        int written = 0;
        for (char scope : new char[] {RollupStore.ALL, RollupStore.OFFICIAL}) {
            List<Contribution> all = new ArrayList<>();
            jdbc.sql("""
                    SELECT v.element_code, v.unit_code, v.period, v.numeric_value, v.weight, v.entry_seq, v.lineage
                    FROM reported_value v WHERE v.status IN """ + RollupStore.statuses(scope)
                    // grouped by period and element, so each slice below touches few of them (see load)
                    + " ORDER BY v.period, v.element_code, v.unit_code")
                    .query(rs -> {
                        all.add(new Contribution(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                                rs.getDouble(5), rs.getLong(6), rs.getString(7)));
                    });
            for (int from = 0; from < all.size(); from += SLICE) {
                store.add(scope, all.subList(from, Math.min(all.size(), from + SLICE)));
            }
            written += jdbc.sql("SELECT COUNT(*) FROM element_rollup WHERE scope = ?").param(String.valueOf(scope))
                    .query(Integer.class).single();
        }
        return written;
    }

    /** Every roll-up row, keyed and ordered, for comparing the incremental path with a rebuild. */
    public Map<String, String> snapshot() {
        Map<String, String> rows = new TreeMap<>();
        jdbc.sql("SELECT * FROM element_rollup").query(rs -> {
            rows.put(rs.getString("scope") + "/" + rs.getString("unit_code") + "/" + rs.getString("element_code") + "/"
                    + rs.getString("period"), rs.getLong("value_count") + " " + round(rs.getDouble("value_sum")) + " "
                    + round(rs.getDouble("weight_sum")) + " " + round(rs.getDouble("weighted_sum")) + " "
                    + rs.getObject("min_value") + " " + rs.getObject("max_value") + " " + rs.getObject("last_value"));
        });
        return rows;
    }

    /** Sums built by adding and subtracting differ from fresh sums in the last bits only. */
    private static String round(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
