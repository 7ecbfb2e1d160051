package vn.steerboard.analytics.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads roll-up rows: per unit, element and period, the running totals kept by {@link RollupStore}. */
@Component
public class RollupReader {

    private static final int CHUNK = 500;
    private final JdbcClient jdbc;

    RollupReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** unit → element → period → totals. */
    public Map<String, Map<String, Map<String, RollupTotals>>> load(char scope, Collection<String> units,
            Collection<String> elements) {
        Map<String, Map<String, Map<String, RollupTotals>>> rows = new HashMap<>();
        if (units.isEmpty() || elements.isEmpty()) {
            return rows;
        }
        List<String> unitList = new ArrayList<>(units);
        String elementMarks = String.join(", ", Collections.nCopies(elements.size(), "?"));
        for (int from = 0; from < unitList.size(); from += CHUNK) {
            List<String> chunk = unitList.subList(from, Math.min(unitList.size(), from + CHUNK));
            List<Object> params = new ArrayList<>();
            params.add(String.valueOf(scope));
            params.addAll(chunk);
            params.addAll(elements);
            jdbc.sql("SELECT unit_code, element_code, period, value_count, value_sum, weight_sum, weighted_sum, min_value,"
                    + " max_value, last_value FROM element_rollup WHERE scope = ? AND unit_code IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") AND element_code IN (" + elementMarks + ")")
                    .params(params).query(rs -> {
                        RollupTotals totals = new RollupTotals();
                        totals.count = rs.getLong(4);
                        totals.sum = rs.getDouble(5);
                        totals.weightSum = rs.getDouble(6);
                        totals.weightedSum = rs.getDouble(7);
                        totals.min = rs.getObject(8, Double.class);
                        totals.max = rs.getObject(9, Double.class);
                        totals.last = rs.getObject(10, Double.class);
                        rows.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                                .computeIfAbsent(rs.getString(2), k -> new HashMap<>()).put(rs.getString(3), totals);
                    });
        }
        return rows;
    }
}
