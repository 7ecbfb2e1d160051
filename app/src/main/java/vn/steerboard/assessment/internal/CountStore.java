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

    /** Adds {@code delta} (+1 or −1) to one count and, with the pillar scores, to the province's pillar sums. */
    public void add(String code, int version, CountKey key, Map<String, Double> pillars, int delta) {
        int updated = jdbc.sql("""
                UPDATE assessment_level_count SET n = n + :delta
                 WHERE framework_code = :code AND framework_version = :version AND level = :level
                   AND province_code = :province AND industry = :industry AND size_class = :size""")
                .param("delta", delta).param("code", code).param("version", version).param("level", key.level())
                .param("province", key.province()).param("industry", key.industry()).param("size", key.size()).update();
        if (updated != 1) {
            throw new IllegalStateException("no count row for " + code + " v" + version + " " + key);
        }
        List<Object[]> cells = new ArrayList<>();
        pillars.forEach((pillar, score) -> cells.add(new Object[] {delta * score, delta, code, version, key.province(), pillar}));
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

    public List<PillarCell> pillarCells(String code, int version) {
        return jdbc.sql("""
                SELECT province_code, pillar, score_sum, n FROM assessment_pillar_sum
                 WHERE framework_code = :code AND framework_version = :version ORDER BY province_code, pillar""")
                .param("code", code).param("version", version)
                .query((rs, i) -> new PillarCell(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getLong(4))).list();
    }
}
