package vn.steerboard.submission.internal;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import vn.steerboard.submission.PastValues.PastSubmission;
import vn.steerboard.submission.PastValues.PastValue;

/**
 * The SQL of past submissions imported whole: batches with the ids numbered here, after the highest in use. Entry
 * numbers above the sequence's are caught up by the first writer (see {@link WriterLock}).
 */
@Repository
public class HistoricalValueStore {

    /** A past submission with the id it is written under. */
    public record Numbered(long id, PastSubmission submission) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    HistoricalValueStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long lastSubmissionId() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM submission", Map.of(), Long.class);
    }

    public long lastEntry() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(entry_seq), 0) FROM data_value", Map.of(), Long.class);
    }

    public void insertSubmissions(List<Numbered> submissions, String channel, String by) {
        jdbc.batchUpdate("""
                INSERT INTO submission (id, data_set_code, unit_code, period, period_end, due_on, status, approved_through,
                       channel, submitted_by, submitted_at, submitted_on)
                VALUES (:id, :set, :unit, :period, :periodEnd, :due, :status, :through, :channel, :by, :at, :on)""",
                submissions.stream().map(n -> {
                    PastSubmission s = n.submission();
                    return new MapSqlParameterSource("id", n.id()).addValue("set", s.dataSetCode())
                            .addValue("unit", s.unitCode()).addValue("period", s.period().code())
                            .addValue("periodEnd", s.period().end()).addValue("due", s.dueOn())
                            .addValue("status", s.status().name()).addValue("through", s.approvedThrough())
                            .addValue("channel", channel).addValue("by", by).addValue("at", s.submittedAt())
                            .addValue("on", s.submittedOn());
                }).toArray(SqlParameterSource[]::new));
    }

    public void insertValues(List<PastValue> values) {
        jdbc.batchUpdate("""
                INSERT INTO data_value (element_code, unit_code, period, submission_id, numeric_value, weight, entry_seq, lineage)
                VALUES (:element, :unit, :period, :submission, :value, :weight, :entry, :lineage)""",
                values.stream().map(v -> new MapSqlParameterSource("element", v.elementCode()).addValue("unit", v.unitCode())
                        .addValue("period", v.period()).addValue("submission", v.submissionId())
                        .addValue("value", v.value()).addValue("weight", v.weight()).addValue("entry", v.entry())
                        .addValue("lineage", v.lineage())).toArray(SqlParameterSource[]::new));
    }

    /** The identity column goes on after the ids numbered here (H2 and PostgreSQL alike). */
    public void continueIdsAfter(long id) {
        jdbc.getJdbcTemplate().execute("ALTER TABLE submission ALTER COLUMN id RESTART WITH " + (id + 1));
    }
}
