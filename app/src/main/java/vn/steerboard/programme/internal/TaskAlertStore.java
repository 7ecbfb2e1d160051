package vn.steerboard.programme.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alerts raised once per task, kind and deadline ({@code task_alert}). */
@Repository
class TaskAlertStore {

    /** Why a task is alerted. */
    enum Kind {
        OVERDUE, DUE_SOON
    }

    /** A task to alert about, with the deadline in force on the day. */
    record Due(long id, String code, String title, String leadUnit, LocalDate deadline, Kind kind) {
    }

    private static final String CANDIDATES = """
            SELECT x.id, x.code, x.title, x.lead_unit, x.deadline_then, x.status FROM (%s) x
             WHERE x.status = 'OVERDUE'
                OR (x.status IN ('IN_PROGRESS', 'NOT_STARTED') AND x.deadline_then >= :asOf AND x.deadline_then <= :soon)
            """;
    private static final String RAISE = """
            INSERT INTO task_alert (task_id, kind, deadline, raised_at)
            SELECT :task, :kind, :deadline, :at
             WHERE NOT EXISTS (SELECT 1 FROM task_alert WHERE task_id = :task AND kind = :kind AND deadline = :deadline)
            """;

    private final JdbcClient jdbc;
    private final TaskStatusSql sql;

    TaskAlertStore(JdbcClient jdbc, TaskStatusSql sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Tasks overdue on the day, or due within {@code days} days after it. */
    List<Due> due(LocalDate day, int days) {
        return jdbc.sql(CANDIDATES.formatted(sql.tasksAsOf(null))).param("asOf", day).param("soon", day.plusDays(days))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), "OVERDUE".equals(rs.getString(6)) ? Kind.OVERDUE : Kind.DUE_SOON))
                .list();
    }

    /** True when the alert is new; false when it was raised before (by a restart, or another node). */
    boolean raise(Due task, OffsetDateTime at) {
        return jdbc.sql(RAISE).param("task", task.id()).param("kind", task.kind().name())
                .param("deadline", task.deadline()).param("at", at).update() > 0;
    }
}
