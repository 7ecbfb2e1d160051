package vn.steerboard.submission.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.steerboard.common.CopyRows;

/**
 * The SQL of system-sourced submissions: written approved through the nation, superseded in place. On PostgreSQL
 * each is one statement for the whole call (the keys or ids bound as arrays) rather than one per submission: a
 * delivery batch supersedes thousands of unit-months at once. H2 keeps JDBC batches by key (it would scan the table
 * for {@code = ANY(array)}); both write the same rows.
 */
@Component
public class SystemValueStore {

    private final JdbcTemplate template;
    private final SubmissionStore submissions;
    private final boolean postgres;

    SystemValueStore(JdbcTemplate template, SubmissionStore submissions, DataSource dataSource) {
        this.template = template;
        this.submissions = submissions;
        this.postgres = CopyRows.postgres(dataSource);
    }

    /** A system submission's row as it will stand. */
    public record Row(SubmissionStore.Key key, LocalDate periodEnd, LocalDate dueOn, String channel, String by,
            OffsetDateTime at, LocalDate on) {
    }

    /**
     * New submissions, approved at the national level from the start; returns their ids by key. On PostgreSQL one
     * {@code INSERT ... SELECT FROM unnest(...) RETURNING}; on H2 a JDBC batch, the ids read back by key.
     */
    public Map<SubmissionStore.Key, Long> insertAll(List<Row> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        if (!postgres) {
            template.batchUpdate("""
                    INSERT INTO submission (data_set_code, unit_code, period, period_end, due_on, status, approved_through,
                           channel, submitted_by, submitted_at, submitted_on)
                    VALUES (?, ?, ?, ?, ?, 'APPROVED', 'VN', ?, ?, ?, ?)""", rows.stream().map(r -> new Object[] {
                r.key().dataSet(), r.key().unit(), r.key().period(), r.periodEnd(), r.dueOn(), r.channel(), r.by(), r.at(),
                r.on()}).toList());
            return submissions.ids(rows.stream().map(Row::key).toList());
        }
        // one call's rows share the channel, the actor and the time (bound once): only the keys and dates vary
        Row first = rows.get(0);
        if (rows.stream().anyMatch(r -> !r.channel().equals(first.channel()) || !r.by().equals(first.by())
                || !r.at().equals(first.at()) || !r.on().equals(first.on()))) {
            throw new IllegalArgumentException("system submissions of one call must share channel, actor and time");
        }
        return template.execute((ConnectionCallback<Map<SubmissionStore.Key, Long>>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO submission (data_set_code, unit_code, period, period_end, due_on, status, approved_through,
                           channel, submitted_by, submitted_at, submitted_on)
                    SELECT k.data_set_code, k.unit_code, k.period, k.period_end, k.due_on, 'APPROVED', 'VN', ?, ?, ?, ?
                    FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::date[], ?::date[])
                         AS k (data_set_code, unit_code, period, period_end, due_on)
                    RETURNING id, data_set_code, unit_code, period""")) {
                insert.setString(1, first.channel());
                insert.setString(2, first.by());
                insert.setObject(3, first.at());
                insert.setObject(4, first.on());
                insert.setArray(5, connection.createArrayOf("varchar", rows.stream().map(r -> r.key().dataSet()).toArray()));
                insert.setArray(6, connection.createArrayOf("varchar", rows.stream().map(r -> r.key().unit()).toArray()));
                insert.setArray(7, connection.createArrayOf("varchar", rows.stream().map(r -> r.key().period()).toArray()));
                insert.setArray(8, connection.createArrayOf("date", rows.stream().map(r -> java.sql.Date.valueOf(r.periodEnd()))
                        .toArray()));
                insert.setArray(9, connection.createArrayOf("date", rows.stream().map(r -> java.sql.Date.valueOf(r.dueOn()))
                        .toArray()));
                Map<SubmissionStore.Key, Long> ids = new HashMap<>();
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        ids.put(new SubmissionStore.Key(rs.getString(2), rs.getString(3), rs.getString(4)), rs.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    /** Existing submissions superseded: approved again by the source, a new version, any return reason cleared. */
    public void supersedeAll(List<Long> ids, String channel, String by, OffsetDateTime at, LocalDate on) {
        if (ids.isEmpty()) {
            return;
        }
        String update = """
                UPDATE submission SET status = 'APPROVED', approved_through = 'VN', version = version + 1, channel = ?,
                       submitted_by = ?, submitted_at = ?, submitted_on = ?, warnings = NULL, return_reason = NULL
                WHERE id """;
        if (!postgres) {
            // H2 scans the table for "= ANY(array)": a batch by primary key instead
            template.batchUpdate(update + "= ?", ids.stream().map(id -> new Object[] {channel, by, at, on, id}).toList());
            return;
        }
        template.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(update + "= ANY(?)")) {
                statement.setString(1, channel);
                statement.setString(2, by);
                statement.setObject(3, at);
                statement.setObject(4, on);
                statement.setArray(5, connection.createArrayOf("int8", ids.toArray()));
                return statement.executeUpdate();
            }
        });
    }

    /** Every value of the submissions, which their new values replace whole. */
    public void deleteValuesOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        if (!postgres) {
            template.batchUpdate("DELETE FROM data_value WHERE submission_id = ?", ids.stream().map(id -> new Object[] {id})
                    .toList());
            return;
        }
        template.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM data_value WHERE submission_id = ANY(?)")) {
                delete.setArray(1, connection.createArrayOf("int8", ids.toArray()));
                return delete.executeUpdate();
            }
        });
    }
}
