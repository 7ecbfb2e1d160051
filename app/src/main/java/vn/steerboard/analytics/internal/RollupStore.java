package vn.steerboard.analytics.internal;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.steerboard.analytics.Contribution;
import vn.steerboard.indicator.Aggregation;
import vn.steerboard.indicator.ElementDefinition;
import vn.steerboard.indicator.IndicatorCatalogue;

/**
 * Keeps {@code element_rollup} current: each added or removed value changes the row of its unit and of every
 * ancestor by a delta (count, sum, weights), so no request and no night recomputes the world. Min, max and last
 * value cannot be un-done by a delta; when the removed value was the extreme, that one row is recomputed from
 * its subtree. {@link RollupRepair#rebuild()} computes everything from the values, for repair, and must agree.
 * Callers change the values and submission status first, then report the contributions here, inside the same
 * transaction and under the submissions lock. The values are read through the view {@code reported_value} that the
 * submission module publishes.
 */
@Component
public class RollupStore {

    public static final char ALL = 'A';
    public static final char OFFICIAL = 'O';
    private static final int CHUNK = 400;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final IndicatorCatalogue catalogue;

    RollupStore(JdbcClient jdbc, JdbcTemplate template, IndicatorCatalogue catalogue) {
        this.jdbc = jdbc;
        this.template = template;
        this.catalogue = catalogue;
    }

    public record Key(String unit, String element, String period) {
    }

    public void add(char scope, List<Contribution> contributions) {
        apply(scope, contributions, 1);
    }

    public void remove(char scope, List<Contribution> contributions) {
        apply(scope, contributions, -1);
    }

    private void apply(char scope, List<Contribution> contributions, int sign) {
        if (contributions.isEmpty()) {
            return;
        }
        Map<Key, List<Contribution>> byKey = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            for (String unit : c.ancestors()) {
                byKey.computeIfAbsent(new Key(unit, c.element(), c.period()), k -> new ArrayList<>()).add(c);
            }
        }
        if (sign > 0) {
            merge(scope, byKey);
        } else {
            subtract(scope, byKey);
        }
    }

    /** Removed values: each row is read, reduced, and updated (or deleted when nothing is left in it). */
    private void subtract(char scope, Map<Key, List<Contribution>> byKey) {
        Map<Key, RollupTotals> existing = load(scope, List.copyOf(byKey.keySet()));
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> deletes = new ArrayList<>();
        for (Map.Entry<Key, List<Contribution>> entry : byKey.entrySet()) {
            Key key = entry.getKey();
            RollupTotals totals = existing.get(key);
            if (totals == null) {
                continue; // nothing counted there: nothing to take out
            }
            Aggregation aggregation = aggregationOf(key.element());
            entry.getValue().forEach(c -> totals.add(c, -1, aggregation));
            if (totals.count <= 0) {
                deletes.add(new Object[] {String.valueOf(scope), key.unit(), key.element(), key.period()});
                continue;
            }
            if (totals.repair) {
                recomputeExtremes(scope, key, aggregation, totals);
            }
            updates.add(new Object[] {totals.count, totals.sum, totals.weightSum, totals.weightedSum, totals.min, totals.max,
                totals.last, totals.lastSeq, String.valueOf(scope), key.unit(), key.element(), key.period()});
        }
        if (!updates.isEmpty()) {
            template.batchUpdate("""
                    UPDATE element_rollup SET value_count = ?, value_sum = ?, weight_sum = ?, weighted_sum = ?,
                           min_value = ?, max_value = ?, last_value = ?, last_seq = ?
                    WHERE scope = ? AND unit_code = ? AND element_code = ? AND period = ?""", updates);
        }
        if (!deletes.isEmpty()) {
            template.batchUpdate("""
                    DELETE FROM element_rollup WHERE scope = ? AND unit_code = ? AND element_code = ? AND period = ?""",
                    deletes);
        }
    }

    /**
     * Added values need no reading: each key's delta (count, sums, and min/max/last of what is added) is merged into
     * its row, {@value #MERGE_ROWS} keys per statement: one standard SQL MERGE over a multi-row VALUES list, on
     * PostgreSQL and H2 alike. Every key of a write lies in a (data set, period) the writer holds the lock of, so no
     * other writer inserts the same row meanwhile.
     */
    private void merge(char scope, Map<Key, List<Contribution>> byKey) {
        List<Object> params = new ArrayList<>();
        int rows = 0;
        for (Map.Entry<Key, List<Contribution>> entry : byKey.entrySet()) {
            Key key = entry.getKey();
            Aggregation aggregation = aggregationOf(key.element());
            RollupTotals delta = new RollupTotals();
            for (Contribution c : entry.getValue()) {
                delta.add(c, 1, aggregation);
            }
            params.addAll(Arrays.asList(String.valueOf(scope), key.unit(), key.element(), key.period(), delta.count, delta.sum,
                    delta.weightSum, delta.weightedSum, delta.min, delta.max, delta.last, delta.lastSeq));
            if (++rows == MERGE_ROWS) {
                mergeRows(rows, params);
                params.clear();
                rows = 0;
            }
        }
        if (rows > 0) {
            mergeRows(rows, params);
        }
    }

    private void mergeRows(int rows, List<Object> params) {
        int[] types = new int[params.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = ROW_TYPES[i % ROW_TYPES.length];
        }
        template.update(MERGE.replace("{rows}", String.join(",\n", Collections.nCopies(rows, MERGE_ROW))), params.toArray(),
                types);
    }

    /** The SQL types of one row's parameters, so that a null min, max or last is bound as the number it stands for. */
    private static final int[] ROW_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
        Types.DOUBLE, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE, Types.BIGINT};

    private static final int MERGE_ROWS = 500;

    private static final String MERGE_ROW = """
            (CAST(? AS VARCHAR(1)), CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(24)), CAST(? AS BIGINT),
             CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION),
             CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), CAST(? AS BIGINT))""";

    private static final String MERGE = """
            MERGE INTO element_rollup r
            USING (VALUES {rows})
                AS d (scope, unit_code, element_code, period, value_count, value_sum, weight_sum, weighted_sum,
                      min_value, max_value, last_value, last_seq)
            ON r.scope = d.scope AND r.unit_code = d.unit_code AND r.element_code = d.element_code AND r.period = d.period
            WHEN MATCHED THEN UPDATE SET
                value_count = r.value_count + d.value_count,
                value_sum = r.value_sum + d.value_sum,
                weight_sum = r.weight_sum + d.weight_sum,
                weighted_sum = r.weighted_sum + d.weighted_sum,
                min_value = CASE WHEN d.min_value IS NULL THEN r.min_value
                                 WHEN r.min_value IS NULL OR d.min_value < r.min_value THEN d.min_value ELSE r.min_value END,
                max_value = CASE WHEN d.max_value IS NULL THEN r.max_value
                                 WHEN r.max_value IS NULL OR d.max_value > r.max_value THEN d.max_value ELSE r.max_value END,
                last_value = CASE WHEN d.last_seq IS NOT NULL AND (r.last_seq IS NULL OR d.last_seq > r.last_seq)
                                  THEN d.last_value ELSE r.last_value END,
                last_seq = CASE WHEN d.last_seq IS NOT NULL AND (r.last_seq IS NULL OR d.last_seq > r.last_seq)
                                THEN d.last_seq ELSE r.last_seq END
            WHEN NOT MATCHED THEN INSERT (scope, unit_code, element_code, period, value_count, value_sum, weight_sum,
                weighted_sum, min_value, max_value, last_value, last_seq)
                VALUES (d.scope, d.unit_code, d.element_code, d.period, d.value_count, d.value_sum, d.weight_sum,
                d.weighted_sum, d.min_value, d.max_value, d.last_value, d.last_seq)""";

    private Aggregation aggregationOf(String element) {
        return catalogue.element(element).map(ElementDefinition::treeAggregation).orElse(Aggregation.SUM);
    }

    /**
     * The existing rows of the keys. A batch's keys share few elements and periods, so each chunk of units is read
     * with plain IN lists that the primary key index serves (row-value IN lists plan badly), then filtered to the keys.
     */
    private Map<Key, RollupTotals> load(char scope, List<Key> keys) {
        Map<Key, RollupTotals> rows = new HashMap<>();
        java.util.Set<Key> wanted = new java.util.HashSet<>(keys);
        List<String> units = keys.stream().map(Key::unit).distinct().toList();
        List<String> elements = keys.stream().map(Key::element).distinct().toList();
        List<String> periods = keys.stream().map(Key::period).distinct().toList();
        for (int from = 0; from < units.size(); from += CHUNK) {
            List<String> chunk = units.subList(from, Math.min(units.size(), from + CHUNK));
            List<Object> params = new ArrayList<>();
            params.add(String.valueOf(scope));
            params.addAll(chunk);
            params.addAll(elements);
            params.addAll(periods);
            template.query("SELECT * FROM element_rollup WHERE scope = ? AND unit_code IN (" + marks(chunk.size())
                    + ") AND element_code IN (" + marks(elements.size()) + ") AND period IN (" + marks(periods.size()) + ")", rs -> {
                        Key key = new Key(rs.getString("unit_code"), rs.getString("element_code"), rs.getString("period"));
                        if (!wanted.contains(key)) {
                            return;
                        }
                        RollupTotals totals = new RollupTotals();
                        totals.count = rs.getLong("value_count");
                        totals.sum = rs.getDouble("value_sum");
                        totals.weightSum = rs.getDouble("weight_sum");
                        totals.weightedSum = rs.getDouble("weighted_sum");
                        totals.min = rs.getObject("min_value", Double.class);
                        totals.max = rs.getObject("max_value", Double.class);
                        totals.last = rs.getObject("last_value", Double.class);
                        totals.lastSeq = rs.getObject("last_seq", Long.class);
                        rows.put(key, totals);
                    }, params.toArray());
        }
        return rows;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** Min, max or last of the subtree's values as they now stand. */
    private void recomputeExtremes(char scope, Key key, Aggregation aggregation, RollupTotals totals) {
        String statuses = scope == OFFICIAL ? "('APPROVED')" : "('SUBMITTED', 'APPROVED')";
        String subtree = """
                FROM reported_value v
                WHERE v.element_code = ? AND v.period = ? AND v.lineage LIKE ? AND v.status IN """ + statuses;
        String lineage = "%|" + key.unit() + "|%";
        switch (aggregation) {
            case MIN -> totals.min = jdbc.sql("SELECT MIN(v.numeric_value) " + subtree)
                    .params(key.element(), key.period(), lineage).query(Double.class).optional().orElse(null);
            case MAX -> totals.max = jdbc.sql("SELECT MAX(v.numeric_value) " + subtree)
                    .params(key.element(), key.period(), lineage).query(Double.class).optional().orElse(null);
            case LAST -> jdbc.sql("SELECT v.numeric_value, v.entry_seq " + subtree + " ORDER BY v.entry_seq DESC FETCH FIRST 1 ROWS ONLY")
                    .params(key.element(), key.period(), lineage).query(rs -> {
                        totals.last = rs.getDouble(1);
                        totals.lastSeq = rs.getLong(2);
                    });
            default -> {
            }
        }
        totals.repair = false;
    }
}
