package vn.steerboard.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.steerboard.assessment.AgencyAssessmentView;
import vn.steerboard.assessment.AgencyStatus;

/** Agencies' assessments, their answers, evidence files, pillar scores and MOST's adjustments. */
@Repository
public class AgencyStore {

    public record Row(long id, String ref, String unitCode, String unitType, String frameworkCode, int frameworkVersion,
                      int year, AgencyStatus status, String startedBy, String submittedBy, OffsetDateTime submittedAt,
                      Double selfTotal, String selfLevel, Double appraisedTotal, String appraisedLevel, String appraisedBy,
                      OffsetDateTime appraisedAt) {}

    public record Answer(String criterion, String value, String note, String appraised) {
        public String effective() {
            return appraised != null ? appraised : value;
        }
    }

    public record Pillar(String code, double self, Double appraised) {}

    public record File(String fileName, String contentType, byte[] content) {}

    private static final String COLUMNS = """
            id, ref, unit_code, unit_type, framework_code, framework_version, assessment_year, status, started_by,
            submitted_by, submitted_at, self_total, self_level, appraised_total, appraised_level, appraised_by, appraised_at\s""";

    private final JdbcClient jdbc;

    AgencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String ref, String unit, String unitType, String code, int version, int year, String by,
            OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO agency_assessment (ref, unit_code, unit_type, framework_code, framework_version, assessment_year,
                    status, started_by, started_at)
                VALUES (:ref, :unit, :type, :code, :version, :year, 'DRAFT', :by, :at)""")
                .param("ref", ref).param("unit", unit).param("type", unitType).param("code", code).param("version", version)
                .param("year", year).param("by", by).param("at", at).update();
    }

    public Optional<Row> byRef(String ref) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agency_assessment WHERE ref = :ref").param("ref", ref)
                .query(AgencyStore::row).optional();
    }

    public Optional<Row> lock(String ref) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agency_assessment WHERE ref = :ref FOR UPDATE").param("ref", ref)
                .query(AgencyStore::row).optional();
    }

    public Optional<Row> of(String unit, String code, int year) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM agency_assessment WHERE unit_code = :unit AND framework_code = :code AND assessment_year = :year""")
                .param("unit", unit).param("code", code).param("year", year).query(AgencyStore::row).optional();
    }

    /** The assessments of one unit (null: all units), optionally of one framework and year, newest year first. */
    public List<Row> list(String unit, String code, Integer year) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM agency_assessment WHERE (CAST(:unit AS VARCHAR(16)) IS NULL OR unit_code = :unit)
                  AND (CAST(:code AS VARCHAR(64)) IS NULL OR framework_code = :code)
                  AND (CAST(:year AS INT) IS NULL OR assessment_year = :year)
                 ORDER BY assessment_year DESC, framework_code, unit_code""")
                .param("unit", unit).param("code", code).param("year", year).query(AgencyStore::row).list();
    }

    public void saveAnswer(long id, String criterion, String value, String note, String by, OffsetDateTime at) {
        int updated = jdbc.sql("""
                UPDATE agency_answer SET answer = :value, note = :note, answered_by = :by, answered_at = :at
                 WHERE assessment_id = :id AND criterion = :criterion""")
                .param("value", value).param("note", note).param("by", by).param("at", at).param("id", id)
                .param("criterion", criterion).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO agency_answer (assessment_id, criterion, answer, note, answered_by, answered_at)
                    VALUES (:id, :criterion, :value, :note, :by, :at)""")
                    .param("id", id).param("criterion", criterion).param("value", value).param("note", note)
                    .param("by", by).param("at", at).update();
        }
    }

    public Map<String, Answer> answers(long id) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        jdbc.sql("SELECT criterion, answer, note, appraised FROM agency_answer WHERE assessment_id = :id ORDER BY criterion")
                .param("id", id).query((rs, n) -> new Answer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list().forEach(a -> answers.put(a.criterion(), a));
        return answers;
    }

    public void appraiseAnswer(long id, String criterion, String value) {
        jdbc.sql("UPDATE agency_answer SET appraised = :v WHERE assessment_id = :id AND criterion = :criterion")
                .param("v", value).param("id", id).param("criterion", criterion).update();
    }

    public long addEvidence(long id, String criterion, EvidenceFiles.Checked file, String by, OffsetDateTime at) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO agency_evidence (assessment_id, criterion, file_name, content_type, size_bytes, sha256, content,
                    uploaded_by, uploaded_at)
                VALUES (:id, :criterion, :name, :type, :size, :sha, :content, :by, :at)""")
                .param("id", id).param("criterion", criterion).param("name", file.fileName()).param("type", file.contentType())
                .param("size", (long) file.content().length).param("sha", file.sha256()).param("content", file.content())
                .param("by", by).param("at", at).update(keys, "id");
        return keys.getKey().longValue();
    }

    public long evidenceCount(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM agency_evidence WHERE assessment_id = :id").param("id", id)
                .query(Long.class).single();
    }

    public List<AgencyAssessmentView.EvidenceFile> evidence(long id) {
        return jdbc.sql("""
                SELECT id, criterion, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
                  FROM agency_evidence WHERE assessment_id = :id ORDER BY criterion, id""")
                .param("id", id).query((rs, n) -> new AgencyAssessmentView.EvidenceFile(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class))).list();
    }

    public Optional<File> file(long assessmentId, long evidenceId) {
        return jdbc.sql("SELECT file_name, content_type, content FROM agency_evidence WHERE assessment_id = :a AND id = :id")
                .param("a", assessmentId).param("id", evidenceId)
                .query((rs, n) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    public void submitted(long id, double total, String level, Map<String, Double> pillars, String by, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE agency_assessment SET status = 'SUBMITTED', submitted_by = :by, submitted_at = :at,
                    self_total = :total, self_level = :level WHERE id = :id""")
                .param("by", by).param("at", at).param("total", total).param("level", level).param("id", id).update();
        pillars.forEach((pillar, score) -> jdbc.sql("""
                INSERT INTO agency_pillar_score (assessment_id, pillar, self_score) VALUES (:id, :pillar, :score)""")
                .param("id", id).param("pillar", pillar).param("score", score).update());
    }

    /** The appraised score; {@code by} and the status change only when MOST concludes the appraisal. */
    public void appraisedScore(long id, double total, String level, Map<String, Double> pillars) {
        jdbc.sql("UPDATE agency_assessment SET appraised_total = :total, appraised_level = :level WHERE id = :id")
                .param("total", total).param("level", level).param("id", id).update();
        pillars.forEach((pillar, score) -> jdbc.sql("""
                UPDATE agency_pillar_score SET appraised_score = :score WHERE assessment_id = :id AND pillar = :pillar""")
                .param("score", score).param("id", id).param("pillar", pillar).update());
    }

    public void appraised(long id, String by, OffsetDateTime at) {
        jdbc.sql("UPDATE agency_assessment SET status = 'APPRAISED', appraised_by = :by, appraised_at = :at WHERE id = :id")
                .param("by", by).param("at", at).param("id", id).update();
    }

    public List<Pillar> pillars(long id) {
        return jdbc.sql("SELECT pillar, self_score, appraised_score FROM agency_pillar_score WHERE assessment_id = :id")
                .param("id", id).query((rs, n) -> new Pillar(rs.getString(1), rs.getDouble(2),
                        (Double) rs.getObject(3, Double.class))).list();
    }

    public void adjustment(long id, String criterion, String before, String after, String reason, String by, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO agency_adjustment (assessment_id, criterion, before_answer, after_answer, reason, adjusted_by,
                    adjusted_at) VALUES (:id, :criterion, :before, :after, :reason, :by, :at)""")
                .param("id", id).param("criterion", criterion).param("before", before).param("after", after)
                .param("reason", reason).param("by", by).param("at", at).update();
    }

    public List<AgencyAssessmentView.Adjustment> adjustments(long id) {
        return jdbc.sql("""
                SELECT criterion, before_answer, after_answer, reason, adjusted_by, adjusted_at FROM agency_adjustment
                 WHERE assessment_id = :id ORDER BY adjusted_at, id""")
                .param("id", id).query((rs, n) -> new AgencyAssessmentView.Adjustment(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class))).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("ref"), rs.getString("unit_code"), rs.getString("unit_type"),
                rs.getString("framework_code"), rs.getInt("framework_version"), rs.getInt("assessment_year"),
                AgencyStatus.valueOf(rs.getString("status")), rs.getString("started_by"), rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class), (Double) rs.getObject("self_total", Double.class),
                rs.getString("self_level"), (Double) rs.getObject("appraised_total", Double.class),
                rs.getString("appraised_level"), rs.getString("appraised_by"), rs.getObject("appraised_at", OffsetDateTime.class));
    }
}
