package vn.steerboard.assessment.internal;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Batched writes of synthetic enterprises and their completed assessments (demo, benchmark). */
@Repository
public class BulkStore {

    public record Scored(String taxCode, String name, String vsic, String size, String province, String industry,
                         String frameworkCode, int frameworkVersion, double total, String level, Map<String, Double> pillars,
                         Map<String, String> answers) {}

    private final JdbcTemplate jdbc;

    BulkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long syntheticEnterprises() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM assessment_enterprise WHERE synthetic = TRUE", Long.class);
        return n == null ? 0 : n;
    }

    public void insert(List<Scored> batch, OffsetDateTime at) {
        Timestamp ts = Timestamp.from(at.toInstant());
        List<Object[]> enterprises = new ArrayList<>();
        for (Scored s : batch) {
            enterprises.add(new Object[] {s.taxCode(), s.name(), s.vsic(), s.size(), s.province(),
                "synthetic+" + s.taxCode() + "@demo.invalid", ts, ts});
        }
        jdbc.batchUpdate("""
                INSERT INTO assessment_enterprise (tax_code, name, vsic, size_class, province_code, email, verified_at,
                    synthetic, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?)""", enterprises);
        List<Object[]> assessments = new ArrayList<>();
        for (Scored s : batch) {
            assessments.add(new Object[] {Tokens.newReference(), s.taxCode(), s.frameworkCode(), s.frameworkVersion(),
                s.industry(), s.vsic(), s.size(), s.province(), ts, ts, s.total(), s.level()});
        }
        jdbc.batchUpdate("""
                INSERT INTO assessment (ref, enterprise_id, framework_code, framework_version, status, industry, vsic,
                    size_class, province_code, started_at, completed_at, self_total, self_level, synthetic)
                SELECT ?, e.id, ?, ?, 'COMPLETED', ?, ?, ?, ?, ?, ?, ?, ?, TRUE FROM assessment_enterprise e
                 WHERE e.tax_code = ?""", reorder(assessments));
        List<Object[]> pillars = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        for (Scored s : batch) {
            s.pillars().forEach((p, score) -> pillars.add(new Object[] {p, score, s.taxCode()}));
            s.answers().forEach((c, v) -> answers.add(new Object[] {c, v, ts, s.taxCode()}));
        }
        jdbc.batchUpdate("""
                INSERT INTO assessment_pillar_score (assessment_id, pillar, self_score)
                SELECT a.id, ?, ? FROM assessment a JOIN assessment_enterprise e ON e.id = a.enterprise_id
                 WHERE e.tax_code = ?""", pillars);
        jdbc.batchUpdate("""
                INSERT INTO assessment_answer (assessment_id, criterion, answer, answered_at)
                SELECT a.id, ?, ?, ? FROM assessment a JOIN assessment_enterprise e ON e.id = a.enterprise_id
                 WHERE e.tax_code = ?""", answers);
    }

    /** The tax code moves from second to last place: the SELECT's parameters come before its WHERE. */
    private static List<Object[]> reorder(List<Object[]> rows) {
        List<Object[]> out = new ArrayList<>();
        for (Object[] r : rows) {
            Object[] o = new Object[r.length];
            o[0] = r[0];
            System.arraycopy(r, 2, o, 1, r.length - 2);
            o[r.length - 1] = r[1];
            out.add(o);
        }
        return out;
    }

    /** Adds many count deltas at once: (delta, code, version, level, province, industry, size). */
    public void addCounts(List<Object[]> deltas) {
        jdbc.batchUpdate("""
                UPDATE assessment_level_count SET n = n + ? WHERE framework_code = ? AND framework_version = ? AND level = ?
                   AND province_code = ? AND industry = ? AND size_class = ?""", deltas);
    }

    /** Adds pillar sums at once: (sum, n, code, version, province, pillar). */
    public void addPillarSums(List<Object[]> sums) {
        jdbc.batchUpdate("""
                UPDATE assessment_pillar_sum SET score_sum = score_sum + ?, n = n + ?
                 WHERE framework_code = ? AND framework_version = ? AND province_code = ? AND pillar = ?""", sums);
    }
}
