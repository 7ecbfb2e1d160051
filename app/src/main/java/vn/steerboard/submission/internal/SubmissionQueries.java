package vn.steerboard.submission.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.steerboard.submission.SubmissionStatus;
import vn.steerboard.submission.SubmissionView;

/** The SQL that lists submissions and reads one whole, for pages and the API. */
@Component
public class SubmissionQueries {

    private final JdbcClient jdbc;

    SubmissionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Submission ids matching a filter, newest period first. {@code unitsWithin} null: every unit. */
    public List<Long> ids(SubmissionStatus status, List<String> unitsWithin, String dataSet, String period, int limit) {
        if (unitsWithin != null && unitsWithin.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT id FROM submission WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        condition(sql, params, "status", status == null ? null : status.name(), " AND status = :status");
        condition(sql, params, "units", unitsWithin, " AND unit_code IN (:units)");
        condition(sql, params, "dataSet", dataSet, " AND data_set_code = :dataSet");
        condition(sql, params, "period", period, " AND period = :period");
        sql.append(" ORDER BY period_end DESC, unit_code FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query(Long.class).list();
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, String name, Object value, String clause) {
        if (value != null) {
            sql.append(clause);
            params.put(name, value);
        }
    }

    /** The rows a submission's page shows: the submission, its values and its steps. */
    public record Row(SubmissionStore.Head head, LocalDate dueOn, LocalDate submittedOn, String submittedBy, OffsetDateTime submittedAt,
            String channel, String warnings, String returnReason, Map<String, Double> values,
            List<SubmissionView.Step> steps) {
    }

    public Optional<Row> row(long id) {
        List<SubmissionView.Step> steps = jdbc.sql("""
                SELECT action, level_unit, actor, acted_at, note FROM submission_step WHERE submission_id = :id ORDER BY id""")
                .param("id", id).query((rs, n) -> new SubmissionView.Step(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class), rs.getString(5))).list();
        Map<String, Double> values = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT element_code, numeric_value FROM data_value WHERE submission_id = :id ORDER BY element_code""")
                .param("id", id).query(rs -> {
                    values.put(rs.getString(1), rs.getDouble(2));
                });
        return jdbc.sql("""
                SELECT id, data_set_code, unit_code, period, status, approved_through, version, due_on, submitted_on,
                       submitted_by, submitted_at, channel, warnings, return_reason
                FROM submission WHERE id = :id""").param("id", id).query((rs, n) -> new Row(SubmissionStore.head(rs),
                        rs.getObject("due_on", LocalDate.class), rs.getObject("submitted_on", LocalDate.class),
                        rs.getString("submitted_by"), rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("channel"),
                        rs.getString("warnings"), rs.getString("return_reason"), values, steps)).optional();
    }
}
