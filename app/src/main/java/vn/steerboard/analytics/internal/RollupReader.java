package vn.steerboard.analytics.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.steerboard.analytics.Contribution;
import vn.steerboard.indicator.Aggregation;
import vn.steerboard.indicator.ElementDefinition;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.registry.Registry;

/**
 * Reads roll-up totals: per unit, element and period, the running totals kept by {@link RollupStore}. A lowest-level
 * unit (commune, ward, special zone) has no row of its own: its totals are its own values, read and added up here as
 * the repair would add them.
 */
@Component
public class RollupReader {

    private static final int CHUNK = 500;
    private final JdbcClient jdbc;
    private final Registry registry;
    private final IndicatorCatalogue catalogue;

    RollupReader(JdbcClient jdbc, Registry registry, IndicatorCatalogue catalogue) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.catalogue = catalogue;
    }

    /** unit → element → period → totals. */
    public Map<String, Map<String, Map<String, RollupTotals>>> load(char scope, Collection<String> units,
            Collection<String> elements) {
        Map<String, Map<String, Map<String, RollupTotals>>> rows = new HashMap<>();
        if (units.isEmpty() || elements.isEmpty()) {
            return rows;
        }
        List<String> kept = new ArrayList<>();
        List<String> lowest = new ArrayList<>();
        for (String unit : new java.util.LinkedHashSet<>(units)) {
            (registry.isLowestLevel(unit) ? lowest : kept).add(unit);
        }
        String elementPlaceholders = RollupStore.placeholders(elements.size());
        for (List<String> chunk : chunks(kept)) {
            List<Object> params = new ArrayList<>();
            params.add(String.valueOf(scope));
            params.addAll(chunk);
            params.addAll(elements);
            jdbc.sql("SELECT unit_code, element_code, period, value_count, value_sum, weight_sum, weighted_sum, min_value,"
                    + " max_value, last_value FROM element_rollup WHERE scope = ? AND unit_code IN ("
                    + RollupStore.placeholders(chunk.size()) + ") AND element_code IN (" + elementPlaceholders + ")")
                    .params(params).query(rs -> {
                        RollupTotals totals = new RollupTotals();
                        totals.count = rs.getLong(4);
                        totals.sum = rs.getDouble(5);
                        totals.weightSum = rs.getDouble(6);
                        totals.weightedSum = rs.getDouble(7);
                        totals.min = rs.getObject(8, Double.class);
                        totals.max = rs.getObject(9, Double.class);
                        totals.last = rs.getObject(10, Double.class);
                        periods(rows, rs.getString(1), rs.getString(2)).put(rs.getString(3), totals);
                    });
        }
        for (List<String> chunk : chunks(lowest)) {
            List<Object> params = new ArrayList<>(chunk);
            params.addAll(elements);
            jdbc.sql("SELECT v.element_code, v.unit_code, v.period, v.numeric_value, v.weight, v.entry_seq, v.lineage"
                    + " FROM reported_value v WHERE v.status IN " + RollupStore.statuses(scope) + " AND v.unit_code IN ("
                    + RollupStore.placeholders(chunk.size()) + ") AND v.element_code IN (" + elementPlaceholders + ")")
                    .params(params).query(rs -> {
                        Contribution value = new Contribution(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getDouble(4), rs.getDouble(5), rs.getLong(6), rs.getString(7));
                        periods(rows, value.unit(), value.element()).computeIfAbsent(value.period(), k -> new RollupTotals())
                                .add(value, 1, aggregationOf(value.element()));
                    });
        }
        return rows;
    }

    /** The unit's totals of one element, by period. */
    private static Map<String, RollupTotals> periods(Map<String, Map<String, Map<String, RollupTotals>>> rows, String unit,
            String element) {
        return rows.computeIfAbsent(unit, k -> new HashMap<>()).computeIfAbsent(element, k -> new HashMap<>());
    }

    private Aggregation aggregationOf(String element) {
        return catalogue.element(element).map(ElementDefinition::treeAggregation).orElse(Aggregation.SUM);
    }

    private static List<List<String>> chunks(List<String> units) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < units.size(); from += CHUNK) {
            chunks.add(units.subList(from, Math.min(units.size(), from + CHUNK)));
        }
        return chunks;
    }
}
