package vn.steerboard.submission.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL of system-sourced submissions: written approved through the nation, superseded in place. */
@Component
public class SystemValueStore {

    private final JdbcTemplate template;

    SystemValueStore(JdbcTemplate template) {
        this.template = template;
    }

    /** A system submission's row as it will stand. */
    public record Row(SubmissionStore.Key key, LocalDate periodEnd, LocalDate dueOn, String channel, String by,
            OffsetDateTime at, LocalDate on) {
    }

    /** New submissions, approved at the national level from the start (their ids are read back by key). */
    public void insertAll(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        template.batchUpdate("""
                INSERT INTO submission (data_set_code, unit_code, period, period_end, due_on, status, approved_through,
                       channel, submitted_by, submitted_at, submitted_on)
                VALUES (?, ?, ?, ?, ?, 'APPROVED', 'VN', ?, ?, ?, ?)""", rows.stream().map(r -> new Object[] {
            r.key().dataSet(), r.key().unit(), r.key().period(), r.periodEnd(), r.dueOn(), r.channel(), r.by(), r.at(),
            r.on()}).toList());
    }

    /** Existing submissions superseded: approved again by the source, a new version, any return reason cleared. */
    public void supersedeAll(List<Long> ids, String channel, String by, OffsetDateTime at, LocalDate on) {
        if (ids.isEmpty()) {
            return;
        }
        template.batchUpdate("""
                UPDATE submission SET status = 'APPROVED', approved_through = 'VN', version = version + 1, channel = ?,
                       submitted_by = ?, submitted_at = ?, submitted_on = ?, warnings = NULL, return_reason = NULL
                WHERE id = ?""", ids.stream().map(id -> new Object[] {channel, by, at, on, id}).toList());
    }
}
