package vn.steerboard.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The national counts and pillar sums. Every key's row exists from the moment its framework version is registered, so a
 * completed (or superseded, or adjusted) assessment changes them by plain UPDATEs that row locks serialise.
 */
@Repository
public class CountStore {

    /** The level of an assessment below every threshold. */
    public static final String NO_LEVEL = "-";

    public record CountKey(String level, String province, String industry, String size) {}

    /** The one order in which every writer takes count rows (then pillar sums by province and pillar). */
    public static final java.util.Comparator<CountKey> LOCK_ORDER = java.util.Comparator.comparing(CountKey::level)
            .thenComparing(CountKey::province).thenComparing(CountKey::industry).thenComparing(CountKey::size);

    public record CountRow(String level, String province, String industry, String size, long n) {}

    public record PillarCell(String province, String pillar, double sum, long n) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CountStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Creates the zero rows of a framework version (all levels × provinces × industries × sizes, provinces × pillars). */
    public void createRows(String code, int version, List<String> levels, List<String> provinces, List<String> industries,
            List<String> sizes, List<String> pillars) {
        List<Object[]> rows = new ArrayList<>();
        for (String level : levels) {
            for (String province : provinces) {
                for (String industry : industries) {
                    for (String size : sizes) {
                        rows.add(new Object[] {code, version, level, province, industry, size});
                    }
                }
            }
        }
        template.batchUpdate("""
                INSERT INTO assessment_level_count (framework_code, framework_version, level, province_code, industry,
                    size_class, n) VALUES (?, ?, ?, ?, ?, ?, 0)""", rows);
        List<Object[]> cells = new ArrayList<>();
        for (String province : provinces) {
            for (String pillar : pillars) {
                cells.add(new Object[] {code, version, province, pillar});
            }
        }
        template.batchUpdate("""
                INSERT INTO assessment_pillar_sum (framework_code, framework_version, province_code, pillar, score_sum, n)
                VALUES (?, ?, ?, ?, 0, 0)""", cells);
    }

    /** One assessment entering (+1) or leaving (−1) a count key, with its pillar scores. */
    public record Change(CountKey key, Map<String, Double> pillars, int delta) {}

    /**
     * Applies the changes of one transaction: first the count rows in key order, then the province pillar sums (the
     * changes' deltas summed per province and pillar) in province and pillar order. Every transaction takes the rows it
     * shares with others in the same global order, so two completions or reviews wait for each other and never
     * deadlock.
     */
    public void apply(String code, int version, List<Change> changes) {
        java.util.TreeMap<List<String>, double[]> sums = new java.util.TreeMap<>(
                java.util.Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        List<Change> ordered = new ArrayList<>(changes);
        ordered.sort(java.util.Comparator.comparing(Change::key, LOCK_ORDER));
        for (Change c : ordered) {
            c.pillars().forEach((pillar, score) -> {
                double[] cell = sums.computeIfAbsent(List.of(c.key().province(), pillar), k -> new double[2]);
                cell[0] += c.delta() * score;
                cell[1] += c.delta();
            });
        }
        for (Change c : ordered) {
            CountKey key = c.key();
            int updated = jdbc.sql("""
                    UPDATE assessment_level_count SET n = n + :delta
                     WHERE framework_code = :code AND framework_version = :version AND level = :level
                       AND province_code = :province AND industry = :industry AND size_class = :size""")
                    .param("delta", c.delta()).param("code", code).param("version", version).param("level", key.level())
                    .param("province", key.province()).param("industry", key.industry()).param("size", key.size()).update();
            if (updated != 1) {
                throw new IllegalStateException("no count row for " + code + " v" + version + " " + key);
            }
        }
        List<Object[]> cells = new ArrayList<>();
        sums.forEach((k, v) -> cells.add(new Object[] {v[0], (long) v[1], code, version, k.get(0), k.get(1)}));
        template.batchUpdate("""
                UPDATE assessment_pillar_sum SET score_sum = score_sum + ?, n = n + ?
                 WHERE framework_code = ? AND framework_version = ? AND province_code = ? AND pillar = ?""", cells);
    }

    /**
     * Applies a batch's changes summed per key (an import): one UPDATE per count key and per province and pillar, as
     * JDBC batches, in the same global lock order as {@link #apply}, so an import and single completions never deadlock.
     */
    public void applySummed(String code, int version, List<Change> changes) {
        // summed in hash maps (a batch's 5,000 changes fall on a few hundred keys), then sorted once into lock order
        java.util.Map<CountKey, Long> summed = new java.util.HashMap<>();
        java.util.Map<List<String>, double[]> pillarSums = new java.util.HashMap<>();
        for (Change c : changes) {
            summed.merge(c.key(), (long) c.delta(), Long::sum);
            c.pillars().forEach((pillar, score) -> {
                double[] cell = pillarSums.computeIfAbsent(List.of(c.key().province(), pillar), k -> new double[2]);
                cell[0] += c.delta() * score;
                cell[1] += c.delta();
            });
        }
        java.util.TreeMap<CountKey, Long> deltas = new java.util.TreeMap<>(LOCK_ORDER);
        deltas.putAll(summed);
        java.util.TreeMap<List<String>, double[]> sums = new java.util.TreeMap<>(
                java.util.Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        sums.putAll(pillarSums);
        List<Object[]> rows = new ArrayList<>();
        List<CountKey> keys = new ArrayList<>();
        deltas.forEach((key, delta) -> {
            if (delta != 0) {
                keys.add(key);
                rows.add(new Object[] {delta, code, version, key.level(), key.province(), key.industry(), key.size()});
            }
        });
        int[] updated = template.batchUpdate("""
                UPDATE assessment_level_count SET n = n + ? WHERE framework_code = ? AND framework_version = ? AND level = ?
                   AND province_code = ? AND industry = ? AND size_class = ?""", rows);
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                throw new IllegalStateException("no count row for " + code + " v" + version + " " + keys.get(i));
            }
        }
        List<Object[]> cells = new ArrayList<>();
        sums.forEach((k, v) -> cells.add(new Object[] {v[0], (long) v[1], code, version, k.get(0), k.get(1)}));
        template.batchUpdate("""
                UPDATE assessment_pillar_sum SET score_sum = score_sum + ?, n = n + ?
                 WHERE framework_code = ? AND framework_version = ? AND province_code = ? AND pillar = ?""", cells);
    }

    public List<CountRow> counts(String code, int version) {
        return jdbc.sql("""
                SELECT level, province_code, industry, size_class, n FROM assessment_level_count
                 WHERE framework_code = :code AND framework_version = :version AND n <> 0
                 ORDER BY level, province_code, industry, size_class""")
                .param("code", code).param("version", version)
                .query((rs, i) -> new CountRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list();
    }

    /** The same counts recomputed from the stored assessments (the repair and the property test). */
    public List<CountRow> recount(String code, int version) {
        return jdbc.sql("""
                SELECT COALESCE(COALESCE(verified_level, self_level), '-') AS lvl, province_code, industry, size_class,
                       COUNT(*) AS n
                  FROM assessment
                 WHERE framework_code = :code AND framework_version = :version AND status = 'COMPLETED'
                 GROUP BY COALESCE(COALESCE(verified_level, self_level), '-'), province_code, industry, size_class
                 ORDER BY 1, 2, 3, 4""")
                .param("code", code).param("version", version)
                .query((rs, i) -> new CountRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list();
    }

    /** The province pillar sums recomputed from the stored assessments' effective (verified, else self) scores. */
    public List<PillarCell> recountPillars(String code, int version) {
        return jdbc.sql("""
                SELECT a.province_code, s.pillar, SUM(COALESCE(s.verified_score, s.self_score)), COUNT(*)
                  FROM assessment a JOIN assessment_pillar_score s ON s.assessment_id = a.id
                 WHERE a.framework_code = :code AND a.framework_version = :version AND a.status = 'COMPLETED'
                 GROUP BY a.province_code, s.pillar ORDER BY 1, 2""")
                .param("code", code).param("version", version)
                .query((rs, i) -> new PillarCell(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getLong(4))).list();
    }

    public List<PillarCell> pillarCells(String code, int version) {
        return jdbc.sql("""
                SELECT province_code, pillar, score_sum, n FROM assessment_pillar_sum
                 WHERE framework_code = :code AND framework_version = :version ORDER BY province_code, pillar""")
                .param("code", code).param("version", version)
                .query((rs, i) -> new PillarCell(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getLong(4))).list();
    }
}
