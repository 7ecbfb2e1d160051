package vn.steerboard.programme.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The SQL mirror of {@link vn.steerboard.programme.TaskRules}: a derived table of tasks as they stand on
 * {@code :asOf}, with columns {@code status}, {@code deadline_then} and {@code days_overdue}. Every figure
 * (summaries, rankings, lists) is one aggregate over it, so 100,000 tasks cost one scan, not a loop.
 */
@Component
public class TaskStatusSql {

    /**
     * The latest revision recorded by :asOf, per task, as one anti-join (a hash join, evaluated once) rather than a
     * correlated subquery per row.
     */
    private static final String LATEST_REVISION = """
            SELECT r.task_id, r.new_deadline FROM task_deadline_revision r
             WHERE r.revised_on <= :asOf
               AND NOT EXISTS (SELECT 1 FROM task_deadline_revision n
                                WHERE n.task_id = r.task_id AND n.revised_on <= :asOf
                                  AND (n.revised_on > r.revised_on OR (n.revised_on = r.revised_on AND n.id > r.id)))
            """;

    private static final String TASKS_AS_OF = """
            SELECT s.*,
                   CASE WHEN s.accepted_on IS NOT NULL AND s.accepted_on <= :asOf THEN
                             CASE WHEN (s.deadline_then IS NULL OR s.accepted_on <= s.deadline_then)
                                   AND (s.missed_deadline IS NULL OR s.accepted_on <= s.missed_deadline)
                                  THEN 'COMPLETED_ON_TIME' ELSE 'COMPLETED_LATE' END
                        WHEN s.deadline_then IS NOT NULL AND s.deadline_then < :asOf THEN 'OVERDUE'
                        WHEN s.start_date IS NULL OR s.start_date <= :asOf OR s.first_reported_on <= :asOf THEN 'IN_PROGRESS'
                        ELSE 'NOT_STARTED' END AS status,
                   CASE WHEN (s.accepted_on IS NULL OR s.accepted_on > :asOf) AND s.deadline_then < :asOf
                        THEN %s ELSE 0 END AS days_overdue
              FROM (SELECT t.*, COALESCE(lr.new_deadline, t.original_deadline) AS deadline_then
                      FROM task t LEFT JOIN (%s) lr ON lr.task_id = t.id
                     WHERE t.assigned_on <= :asOf %s) s
            """;

    /** The aggregate columns that make a {@link vn.steerboard.programme.StatusCounts}, over alias {@code x}. */
    public static final String COUNTS = """
            SUM(CASE WHEN x.status = 'COMPLETED_ON_TIME' THEN 1 ELSE 0 END) AS on_time,
            SUM(CASE WHEN x.status = 'COMPLETED_LATE' THEN 1 ELSE 0 END) AS late,
            SUM(CASE WHEN x.status = 'IN_PROGRESS' THEN 1 ELSE 0 END) AS in_progress,
            SUM(CASE WHEN x.status = 'OVERDUE' THEN 1 ELSE 0 END) AS overdue,
            SUM(CASE WHEN x.status = 'NOT_STARTED' THEN 1 ELSE 0 END) AS not_started,
            SUM(x.days_overdue) AS overdue_days
            """;

    /**
     * Tasks led in the subtree of {@code :unit}: the unit and its children (a province and its communes), read
     * through the registry's published view.
     */
    public static final String IN_SUBTREE = """
            t.lead_unit IN (SELECT l.code FROM org_unit_lineage l WHERE l.ancestor_code = :unit AND l.depth <= 1)""";

    /** A task misses a clarity: person, timeline, authority or deliverable (task and lead agency are required). */
    public static final String INCOMPLETE = """
            (t.responsible_person IS NULL OR t.start_date IS NULL OR t.deadline IS NULL
             OR t.approver_unit IS NULL OR t.deliverable IS NULL)""";

    private final String daysOverdue;

    TaskStatusSql(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            // Date arithmetic is the one thing H2 and PostgreSQL spell differently.
            daysOverdue = product.contains("h2") ? "DATEDIFF('DAY', s.deadline_then, CAST(:asOf AS DATE))"
                    : "(CAST(:asOf AS DATE) - s.deadline_then)";
        }
    }

    /**
     * Tasks assigned by {@code :asOf} that satisfy {@code where} (over alias {@code t}), each with its derived
     * status. Use as {@code FROM (<this>) s}. {@code where} is one of this module's fixed conditions, never input.
     */
    public String tasksAsOf(String where) {
        String condition = where == null || where.isBlank() ? "" : "AND (" + where + ")";
        return TASKS_AS_OF.formatted(daysOverdue, LATEST_REVISION, condition);
    }
}
