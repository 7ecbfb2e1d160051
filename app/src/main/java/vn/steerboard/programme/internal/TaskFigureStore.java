package vn.steerboard.programme.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.steerboard.common.PageRequest;
import vn.steerboard.programme.League;
import vn.steerboard.programme.StatusCounts;
import vn.steerboard.programme.TaskFilter;
import vn.steerboard.programme.TaskStatus;
import vn.steerboard.programme.TaskView;

/** The programme's figures as SQL over the tasks as they stand on a day ({@link TaskStatusSql}). */
@Repository
public class TaskFigureStore {

    /** One lead agency's counts on the day. */
    public record UnitCounts(String unitCode, StatusCounts counts) {
    }

    private static final String SUMMARY = """
            SELECT %s FROM (%s) x
            """;
    private static final String BY_LEAD_UNIT = """
            SELECT x.lead_unit AS unit, %s FROM (%s) x GROUP BY x.lead_unit
            """;
    private static final String COUNT = """
            SELECT COUNT(*) FROM (%s) x %s
            """;
    private static final String PAGE = """
            SELECT x.*, o.name_vi AS lead_name
              FROM (%s) x JOIN org_unit_facts o ON o.code = x.lead_unit
            %s
             ORDER BY %s
            OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY
            """;
    private static final String INCOMPLETE = """
            SELECT COUNT(*) FROM task t WHERE t.assigned_on <= :asOf AND %s
            """;

    /**
     * Tasks waiting for acceptance on the day: reported 100% on or before it, with no acceptance or rejection decided
     * between that report and the day (ordered by the moments recorded, as a return and a new report can fall on
     * one day). A returned task counts again from its next 100% report.
     */
    private static final String AWAITING_ACCEPTANCE = """
            SELECT COUNT(*) FROM task t
             WHERE (t.accepted_on IS NULL OR t.accepted_on > :asOf)
               AND EXISTS (SELECT 1 FROM task_progress_report r
                            WHERE r.task_id = t.id AND r.percent = 100 AND r.reported_on <= :asOf
                              AND NOT EXISTS (SELECT 1 FROM task_review v
                                               WHERE v.task_id = t.id AND v.decided_at >= r.reported_at
                                                 AND v.decided_on <= :asOf))
               AND %s
            """;

    /** The tasks of a league, by the lead agency's place in the registry. */
    private static final String MINISTRIES_TASKS = """
            t.lead_unit IN (SELECT l.code FROM org_unit_facts l WHERE l.type = 'CENTRAL')""";
    private static final String PROVINCES_TASKS = """
            t.lead_unit IN (SELECT l.code FROM org_unit_facts l WHERE l.type <> 'CENTRAL')""";
    private static final String COMMUNES_TASKS = """
            t.lead_unit IN (SELECT l.code FROM org_unit_facts l WHERE l.parent_code = :unit)""";

    private final JdbcClient jdbc;
    private final TaskStatusSql sql;

    TaskFigureStore(JdbcClient jdbc, TaskStatusSql sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Counts for the unit's subtree, or the whole programme when {@code unitCode} is null. */
    public StatusCounts summary(LocalDate asOf, String unitCode) {
        String from = sql.tasksAsOf(unitCode == null ? null : TaskStatusSql.IN_SUBTREE);
        return jdbc.sql(SUMMARY.formatted(TaskStatusSql.COUNTS, from))
                .param("asOf", asOf).param("unit", unitCode)
                .query(TaskFigureStore::counts).single();
    }

    /** Counts per lead agency of the league's own tasks ({@code parentCode}: the province of the communes). */
    public List<UnitCounts> byLeadUnit(LocalDate asOf, League league, String parentCode) {
        String tasks = switch (league) {
            case MINISTRIES -> MINISTRIES_TASKS;
            case PROVINCES -> PROVINCES_TASKS;
            case COMMUNES -> COMMUNES_TASKS;
        };
        return jdbc.sql(BY_LEAD_UNIT.formatted(TaskStatusSql.COUNTS, sql.tasksAsOf(tasks)))
                .param("asOf", asOf).param("unit", parentCode)
                .query((rs, n) -> new UnitCounts(rs.getString("unit"), counts(rs, n))).list();
    }

    public long count(LocalDate asOf, TaskFilter filter) {
        TaskListQuery query = TaskListQuery.of(asOf, filter);
        return jdbc.sql(COUNT.formatted(sql.tasksAsOf(query.rowConditions()), query.derivedWhere()))
                .params(query.params()).query(Long.class).single();
    }

    public List<TaskView> page(LocalDate asOf, TaskFilter filter, PageRequest page) {
        TaskListQuery query = TaskListQuery.of(asOf, filter);
        String text = PAGE.formatted(sql.tasksAsOf(query.rowConditions()), query.derivedWhere(),
                TaskListQuery.order(filter.sort()));
        return jdbc.sql(text).params(query.params()).param("offset", page.offset()).param("size", page.size())
                .query(TaskFigureStore::view).list();
    }

    /** How many tasks of the subtree (or programme) lack a clarity, among those assigned by the day. */
    public long incompleteAssignments(LocalDate asOf, String unitCode) {
        String where = TaskStatusSql.INCOMPLETE + (unitCode == null ? "" : " AND " + TaskStatusSql.IN_SUBTREE);
        return jdbc.sql(INCOMPLETE.formatted(where)).param("asOf", asOf).param("unit", unitCode)
                .query(Long.class).single();
    }

    /** How many tasks of the subtree (or programme) wait for acceptance on the day. */
    public long awaitingAcceptance(LocalDate asOf, String unitCode) {
        return jdbc.sql(AWAITING_ACCEPTANCE.formatted(unitCode == null ? "TRUE" : TaskStatusSql.IN_SUBTREE))
                .param("asOf", asOf).param("unit", unitCode).query(Long.class).single();
    }

    private static StatusCounts counts(ResultSet rs, int row) throws SQLException {
        return new StatusCounts(rs.getLong("on_time"), rs.getLong("late"), rs.getLong("in_progress"),
                rs.getLong("overdue"), rs.getLong("not_started"), rs.getLong("overdue_days"));
    }

    private static TaskView view(ResultSet rs, int row) throws SQLException {
        boolean incomplete = rs.getString("responsible_person") == null || rs.getObject("start_date") == null
                || rs.getObject("deadline") == null || rs.getString("approver_unit") == null
                || rs.getString("deliverable") == null;
        return new TaskView(rs.getLong("id"), rs.getString("code"), rs.getString("plan_code"), rs.getString("title"),
                rs.getString("lead_unit"), rs.getString("lead_name"), rs.getString("responsible_person"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("deadline_then", LocalDate.class),
                rs.getInt("progress_percent"), rs.getBoolean("awaiting_acceptance"),
                rs.getObject("accepted_on", LocalDate.class), TaskStatus.valueOf(rs.getString("status")),
                rs.getLong("days_overdue"), incomplete);
    }
}
