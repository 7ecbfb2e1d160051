package vn.steerboard.analytics.internal;

import java.util.ArrayList;
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
import vn.steerboard.registry.Registry;

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
    private final RollupDeltas rowDeltas;
    private final Registry registry;

    RollupStore(JdbcClient jdbc, JdbcTemplate template, IndicatorCatalogue catalogue, RollupDeltas rowDeltas,
            Registry registry) {
        this.jdbc = jdbc;
        this.template = template;
        this.catalogue = catalogue;
        this.rowDeltas = rowDeltas;
        this.registry = registry;
    }

    /** The submission statuses whose values count in a scope: submitted or approved in ALL, approved in OFFICIAL. */
    static String statuses(char scope) {
        return scope == OFFICIAL ? "('APPROVED')" : "('SUBMITTED', 'APPROVED')";
    }

    public record Key(String unit, String element, String period) {
    }

    public void add(char scope, List<Contribution> contributions) {
        move(scope, List.of(), contributions);
    }

    public void remove(char scope, List<Contribution> contributions) {
        move(scope, contributions, List.of());
    }

    /**
     * Values that stop counting and values that start, moved in one go: each key's net delta (what comes in less what
     * goes out) is merged into its row without reading it. Only a min, max or last cannot be taken out by a delta:
     * the rows of such elements that lose values are read, reduced and, when the extreme left, recomputed from their
     * subtree first (as {@link #subtract} always did); what they gain is merged with the rest.
     */
    public void move(char scope, List<Contribution> removed, List<Contribution> added) {
        Map<Key, List<Contribution>> out = byKey(removed);
        Map<Key, List<Contribution>> extremes = new LinkedHashMap<>();
        out.entrySet().removeIf(entry -> {
            if (!EXTREMES.contains(aggregationOf(entry.getKey().element()))) {
                return false;
            }
            extremes.put(entry.getKey(), entry.getValue());
            return true;
        });
        if (!extremes.isEmpty()) {
            subtract(scope, extremes);
        }
        Map<Key, RollupTotals> net = new LinkedHashMap<>();
        byKey(added).forEach((key, values) -> total(net, key, values, 1));
        out.forEach((key, values) -> total(net, key, values, -1));
        rowDeltas.merge(scope, net);
    }

    private static final java.util.Set<Aggregation> EXTREMES = java.util.EnumSet.of(Aggregation.MIN, Aggregation.MAX,
            Aggregation.LAST);

    private void total(Map<Key, RollupTotals> net, Key key, List<Contribution> values, int sign) {
        Aggregation aggregation = aggregationOf(key.element());
        RollupTotals delta = net.computeIfAbsent(key, k -> new RollupTotals());
        values.forEach(c -> delta.add(c, sign, aggregation));
    }

    /**
     * Each value under the keys of the rows it counts in: its unit's and every ancestor's, except a lowest-level
     * unit's own row, which would only repeat its values (and was most of the rows written); {@link RollupReader}
     * reads those units' totals from their values.
     */
    private Map<Key, List<Contribution>> byKey(List<Contribution> contributions) {
        Map<Key, List<Contribution>> byKey = new LinkedHashMap<>();
        // a write's values share few lineages: each is split once, not once per value
        Map<String, List<String>> ancestors = new HashMap<>();
        for (Contribution c : contributions) {
            for (String unit : ancestors.computeIfAbsent(c.lineage(), lineage -> rowsOf(c.ancestors()))) {
                byKey.computeIfAbsent(new Key(unit, c.element(), c.period()), k -> new ArrayList<>()).add(c);
            }
        }
        return byKey;
    }

    private List<String> rowsOf(List<String> lineage) {
        return !lineage.isEmpty() && registry.isLowestLevel(lineage.get(0)) ? lineage.subList(1, lineage.size()) : lineage;
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
            template.query("SELECT * FROM element_rollup WHERE scope = ? AND unit_code IN (" + placeholders(chunk.size())
                    + ") AND element_code IN (" + placeholders(elements.size()) + ") AND period IN (" + placeholders(periods.size()) + ")", rs -> {
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

    /**
     * The JDBC placeholders of an IN list of {@code count} values, one question mark per value, comma-separated: the
     * values themselves are always bound, never written into the statement.
     */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** Min, max or last of the subtree's values as they now stand. */
    private void recomputeExtremes(char scope, Key key, Aggregation aggregation, RollupTotals totals) {
        String subtree = """
                FROM reported_value v
                WHERE v.element_code = ? AND v.period = ? AND v.lineage LIKE ? AND v.status IN """ + statuses(scope);
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
