package vn.steerboard.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.steerboard.assessment.AssessmentStatus;

/** Assessments, their answers and pillar scores. */
@Repository
public class AssessmentStore {

    public record Row(long id, String ref, long enterpriseId, String frameworkCode, int frameworkVersion,
                      AssessmentStatus status, String industry, String vsic, String sizeClass, String provinceCode,
                      OffsetDateTime startedAt, OffsetDateTime completedAt, Double selfTotal, String selfLevel,
                      Double verifiedTotal, String verifiedLevel, String sampledBy, boolean synthetic) {

        /** The level the national counts use: verified when verified, else self-assessed. */
        public String countedLevel() {
            String level = verifiedLevel != null ? verifiedLevel : selfLevel;
            return level == null ? CountStore.NO_LEVEL : level;
        }
    }

    public record Answer(String criterion, String value, String evidence, String verified) {
        public String effective() {
            return verified != null ? verified : value;
        }
    }

    public record New(String ref, long enterpriseId, String frameworkCode, int frameworkVersion, String openTaxCode,
                      String industry, String vsic, String sizeClass, String provinceCode, OffsetDateTime startedAt,
                      boolean synthetic) {}

    private static final String COLUMNS = """
            id, ref, enterprise_id, framework_code, framework_version, status, industry, vsic, size_class, province_code,
            started_at, completed_at, self_total, self_level, verified_total, verified_level, sampled_by, synthetic\s""";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;

    AssessmentStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public long insert(New a) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO assessment (ref, enterprise_id, framework_code, framework_version, open_tax_code, status,
                    industry, vsic, size_class, province_code, started_at, synthetic)
                VALUES (:ref, :enterprise, :code, :version, :tax, 'OPEN', :industry, :vsic, :size, :province, :at, :synthetic)""")
                .param("ref", a.ref()).param("enterprise", a.enterpriseId()).param("code", a.frameworkCode())
                .param("version", a.frameworkVersion()).param("tax", a.openTaxCode()).param("industry", a.industry())
                .param("vsic", a.vsic()).param("size", a.sizeClass()).param("province", a.provinceCode())
                .param("at", a.startedAt()).param("synthetic", a.synthetic()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Row> byRef(String ref) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment WHERE ref = :ref").param("ref", ref)
                .query(AssessmentStore::row).optional();
    }

    /** The row locked for an update of its status, scores or answers. */
    public Optional<Row> lock(String ref) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment WHERE ref = :ref FOR UPDATE").param("ref", ref)
                .query(AssessmentStore::row).optional();
    }

    public Optional<Row> open(String taxCode, String code, int version) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM assessment WHERE open_tax_code = :tax AND framework_code = :code AND framework_version = :version""")
                .param("tax", taxCode).param("code", code).param("version", version).query(AssessmentStore::row).optional();
    }

    /** The enterprise's completed (counted) assessment of a framework version, other than {@code exceptId}. */
    public Optional<Row> counted(long enterpriseId, String code, int version, long exceptId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM assessment WHERE enterprise_id = :e AND framework_code = :code AND framework_version = :version
                  AND status = 'COMPLETED' AND id <> :id FOR UPDATE""")
                .param("e", enterpriseId).param("code", code).param("version", version).param("id", exceptId)
                .query(AssessmentStore::row).optional();
    }

    public List<Row> history(long enterpriseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment WHERE enterprise_id = :e ORDER BY started_at DESC, id DESC")
                .param("e", enterpriseId).query(AssessmentStore::row).list();
    }

    /** An answer as it is saved: the checked value and its evidence link. */
    public record Saved(String criterion, String value, String evidence) {}

    /**
     * Saves answers of an open assessment (replacing earlier answers to the same criteria) in two statements whatever
     * their number: an open assessment's answers carry no reviewer's verification, so nothing else is lost.
     */
    public void saveAnswers(long id, List<Saved> answers, OffsetDateTime at) {
        if (answers.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM assessment_answer WHERE assessment_id = :id AND criterion IN (:criteria)").param("id", id)
                .param("criteria", answers.stream().map(Saved::criterion).toList()).update();
        template.batchUpdate("""
                INSERT INTO assessment_answer (assessment_id, criterion, answer, evidence, answered_at)
                VALUES (?, ?, ?, ?, ?)""", answers.stream()
                .map(a -> new Object[] {id, a.criterion(), a.value(), a.evidence(), at}).toList());
    }

    public void verifyAnswer(long id, String criterion, String verified) {
        jdbc.sql("UPDATE assessment_answer SET verified = :v WHERE assessment_id = :id AND criterion = :criterion")
                .param("v", verified).param("id", id).param("criterion", criterion).update();
    }

    public Map<String, Answer> answers(long id) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        jdbc.sql("SELECT criterion, answer, evidence, verified FROM assessment_answer WHERE assessment_id = :id ORDER BY criterion")
                .param("id", id).query((rs, n) -> new Answer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list().forEach(a -> answers.put(a.criterion(), a));
        return answers;
    }

    public void complete(long id, double total, String level, Map<String, Double> pillars, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE assessment SET status = 'COMPLETED', open_tax_code = NULL, completed_at = :at, self_total = :total,
                    self_level = :level WHERE id = :id""")
                .param("at", at).param("total", total).param("level", level).param("id", id).update();
        template.batchUpdate("INSERT INTO assessment_pillar_score (assessment_id, pillar, self_score) VALUES (?, ?, ?)",
                pillars.entrySet().stream().map(p -> new Object[] {id, p.getKey(), p.getValue()}).toList());
    }

    public void supersede(long id) {
        jdbc.sql("UPDATE assessment SET status = 'SUPERSEDED' WHERE id = :id").param("id", id).update();
    }

    public void verified(long id, double total, String level, Map<String, Double> pillars) {
        jdbc.sql("UPDATE assessment SET verified_total = :total, verified_level = :level WHERE id = :id")
                .param("total", total).param("level", level).param("id", id).update();
        pillars.forEach((pillar, score) -> jdbc.sql("""
                UPDATE assessment_pillar_score SET verified_score = :score WHERE assessment_id = :id AND pillar = :pillar""")
                .param("score", score).param("id", id).param("pillar", pillar).update());
    }

    public void sampled(long id, String by, OffsetDateTime at) {
        jdbc.sql("UPDATE assessment SET sampled_by = :by, sampled_at = :at WHERE id = :id").param("by", by)
                .param("at", at).param("id", id).update();
    }

    /** Self-assessed and verified pillar scores: pillar → {self, verified or null}. */
    public Map<String, Double[]> pillarScores(long id) {
        Map<String, Double[]> scores = new LinkedHashMap<>();
        jdbc.sql("SELECT pillar, self_score, verified_score FROM assessment_pillar_score WHERE assessment_id = :id ORDER BY pillar")
                .param("id", id).query((rs, n) -> {
                    scores.put(rs.getString(1), new Double[] {rs.getDouble(2), (Double) rs.getObject(3, Double.class)});
                    return null;
                }).list();
        return scores;
    }

    /** Peers: completed assessments of the same framework version, industry and size below / equal to a total. */
    public long[] peers(String code, int version, String industry, String size, double total) {
        return jdbc.sql("""
                SELECT COUNT(*), SUM(CASE WHEN COALESCE(verified_total, self_total) < :t THEN 1 ELSE 0 END),
                       SUM(CASE WHEN COALESCE(verified_total, self_total) = :t THEN 1 ELSE 0 END)
                  FROM assessment WHERE framework_code = :code AND framework_version = :version AND industry = :industry
                   AND size_class = :size AND status = 'COMPLETED'""")
                .param("t", total).param("code", code).param("version", version).param("industry", industry)
                .param("size", size).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    public void adjustment(long id, String criterion, String before, String after, String reason, String by, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO assessment_adjustment (assessment_id, criterion, before_answer, after_answer, reason, adjusted_by,
                    adjusted_at) VALUES (:id, :criterion, :before, :after, :reason, :by, :at)""")
                .param("id", id).param("criterion", criterion).param("before", before).param("after", after)
                .param("reason", reason).param("by", by).param("at", at).update();
    }

    public List<Row> completedIn(String province, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM assessment WHERE province_code = :p AND status = 'COMPLETED' AND synthetic = FALSE
                 ORDER BY completed_at DESC, id DESC LIMIT :limit""")
                .param("p", province).param("limit", limit).query(AssessmentStore::row).list();
    }

    public List<vn.steerboard.assessment.ReviewView.Adjustment> adjustments(long id) {
        return jdbc.sql("""
                SELECT criterion, before_answer, after_answer, reason, adjusted_by, adjusted_at FROM assessment_adjustment
                 WHERE assessment_id = :id ORDER BY adjusted_at, id""")
                .param("id", id).query((rs, n) -> new vn.steerboard.assessment.ReviewView.Adjustment(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class))).list();
    }

    /** Completed, not synthetic, assessments of a province: sampled and not yet verified first, then verified, then the rest. */
    public List<vn.steerboard.assessment.ReviewQueueItem> reviewQueue(String province, int limit) {
        return jdbc.sql("""
                SELECT a.ref, e.name, a.framework_code, a.completed_at, a.self_total, a.self_level, a.verified_total,
                       a.verified_level, a.sampled_by, a.sampled_at
                  FROM assessment a JOIN assessment_enterprise e ON e.id = a.enterprise_id
                 WHERE a.province_code = :p AND a.status = 'COMPLETED' AND a.synthetic = FALSE
                 ORDER BY CASE WHEN a.sampled_by IS NOT NULL AND a.verified_level IS NULL THEN 0
                               WHEN a.sampled_by IS NOT NULL THEN 1 ELSE 2 END, a.sampled_at DESC, a.completed_at DESC, a.id DESC
                 LIMIT :limit""")
                .param("p", province).param("limit", limit).query((rs, n) -> new vn.steerboard.assessment.ReviewQueueItem(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class),
                        (Double) rs.getObject(5, Double.class), rs.getString(6), (Double) rs.getObject(7, Double.class),
                        rs.getString(8), rs.getString(9), rs.getObject(10, OffsetDateTime.class))).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("ref"), rs.getLong("enterprise_id"), rs.getString("framework_code"),
                rs.getInt("framework_version"), AssessmentStatus.valueOf(rs.getString("status")), rs.getString("industry"),
                rs.getString("vsic"), rs.getString("size_class"), rs.getString("province_code"),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("completed_at", OffsetDateTime.class),
                (Double) rs.getObject("self_total", Double.class), rs.getString("self_level"),
                (Double) rs.getObject("verified_total", Double.class), rs.getString("verified_level"),
                rs.getString("sampled_by"), rs.getBoolean("synthetic"));
    }
}
