package vn.steerboard.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.steerboard.delivery.internal.Counter;

/**
 * The delivery roll-ups read by plain SQL in tests, to compare with what the application reads: one row per unit and
 * month, a column per counter (V119).
 */
public final class TallyRows {

    private TallyRows() {
    }

    /**
     * Every counter summed over the rows {@code from} selects (it names delivery_tally or delivery_tally_below
     * {@code t}, with its joins and its WHERE), by counter name, zeros too; empty when no row is selected.
     */
    public static Map<String, Long> sums(JdbcClient jdbc, String from, Object... params) {
        Map<String, Long> m = new TreeMap<>();
        jdbc.sql("SELECT COUNT(*), " + Counter.sums("t.") + " " + from).params(List.of(params)).query(rs -> {
            if (rs.getLong(1) > 0) {
                for (Counter c : Counter.all()) {
                    m.put(c.name(), rs.getLong(2 + c.ordinal()));
                }
            }
        });
        return m;
    }
}
