package vn.steerboard.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.Page;
import vn.steerboard.common.PageRequest;
import vn.steerboard.common.VietnameseText;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.Role;
import vn.steerboard.programme.internal.TaskStatusSql;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/**
 * The programme's figures as of any day: summaries, rankings and task lists, all derived from the
 * records by {@link TaskRules}. Aggregates (summaries, rankings) are open to every signed-in user; task
 * lists are limited to the reader's own subtree.
 */
@Service
public class TaskFigures {

    private final JdbcClient jdbc;
    private final TaskStatusSql sql;
    private final Registry registry;
    private final AccessPolicy access;

    TaskFigures(JdbcClient jdbc, TaskStatusSql sql, Registry registry, AccessPolicy access) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.registry = registry;
        this.access = access;
    }

    /** Counts and rates for the unit's subtree, or the whole programme when {@code unitCode} is null. */
    public StatusCounts summary(LocalDate asOf, String unitCode) {
        if (unitCode != null) {
            registry.get(unitCode);
        }
        String from = sql.tasksAsOf(unitCode == null ? null : TaskStatusSql.IN_SUBTREE);
        return jdbc.sql("SELECT " + TaskStatusSql.COUNTS + " FROM (" + from + ") x")
                .param("asOf", asOf).param("unit", unitCode)
                .query(TaskFigures::counts).single();
    }

    /**
     * A league table on the day: every unit of the league, ranked by on-time completion rate (highest
     * first), then fewer overdue tasks, then more tasks completed; units with no task due yet come last,
     * unranked. A province's figures include its communes' tasks.
     */
    public List<AgencyFigures> ranking(LocalDate asOf, League league, String parentCode) {
        List<OrgUnit> units = switch (league) {
            case MINISTRIES -> registry.search(OrgUnitType.CENTRAL, null, null, PageRequest.of(0, 500, 500)).content();
            case PROVINCES -> registry.search(OrgUnitType.PROVINCE, null, null, PageRequest.of(0, 500, 500)).content();
            case COMMUNES -> {
                if (parentCode == null || registry.get(parentCode).type() != OrgUnitType.PROVINCE) {
                    throw new InvalidParameterException("parent", parentCode, "the communes league needs a province code");
                }
                yield registry.children(parentCode);
            }
        };
        // Only the league's own tasks are scanned.
        String leagueTasks = switch (league) {
            case MINISTRIES -> "t.lead_unit IN (SELECT o.code FROM org_unit o WHERE o.type = 'CENTRAL')";
            case PROVINCES -> "t.lead_unit IN (SELECT o.code FROM org_unit o WHERE o.type <> 'CENTRAL')";
            case COMMUNES -> "t.lead_unit IN (SELECT o.code FROM org_unit o WHERE o.parent_code = :unit)";
        };
        // Grouped by lead agency in SQL; a commune's counts are then added to its province here, which is
        // cheaper than joining the unit table into the scan.
        Map<String, StatusCounts> byUnit = new HashMap<>();
        jdbc.sql("SELECT x.lead_unit AS unit, " + TaskStatusSql.COUNTS + " FROM (" + sql.tasksAsOf(leagueTasks)
                        + ") x GROUP BY x.lead_unit")
                .param("asOf", asOf).param("unit", parentCode)
                .query((rs, n) -> {
                    String unit = rs.getString("unit");
                    String key = league == League.PROVINCES ? provinceOf(unit) : unit;
                    return byUnit.merge(key, counts(rs, n), StatusCounts::plus);
                }).list();
        List<AgencyFigures> rows = new ArrayList<>();
        for (OrgUnit unit : units) {
            rows.add(new AgencyFigures(0, unit.code(), unit.nameVi(), byUnit.getOrDefault(unit.code(), StatusCounts.NONE)));
        }
        return rank(rows);
    }

    private String provinceOf(String unitCode) {
        List<String> lineage = registry.lineage(unitCode);
        return lineage.get(lineage.size() - 1);
    }

    static List<AgencyFigures> rank(List<AgencyFigures> rows) {
        Comparator<AgencyFigures> order = Comparator
                .comparing((AgencyFigures row) -> row.counts().onTimeRate() == null)
                .thenComparing(row -> row.counts().onTimeRate() == null ? 0 : -row.counts().onTimeRate())
                .thenComparingLong(row -> row.counts().overdue())
                .thenComparingLong(row -> -row.counts().completed());
        List<AgencyFigures> sorted = new ArrayList<>(rows);
        sorted.sort(order);
        List<AgencyFigures> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            AgencyFigures row = sorted.get(i);
            int rank = 0;
            if (row.counts().onTimeRate() != null) {
                rank = i > 0 && order.compare(sorted.get(i - 1), row) == 0 ? ranked.get(i - 1).rank() : i + 1;
            }
            ranked.add(new AgencyFigures(rank, row.unitCode(), row.unitName(), row.counts()));
        }
        return ranked;
    }

    /** Tasks on the day, filtered, sorted and paged, within what the reader may see. */
    public Page<TaskView> tasks(TaskFilter filter, PageRequest page) {
        TaskFilter scoped = scopeToReader(filter);
        Map<String, Object> params = new HashMap<>();
        String where = where(scoped, params);
        String from = sql.tasksAsOf(where);
        String outer = outerWhere(scoped, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM (" + from + ") x" + outer).params(params)
                .query(Long.class).single();
        String order = switch (scoped.sort() == null ? TaskFilter.Sort.CODE : scoped.sort()) {
            case CODE -> "x.code";
            case DEADLINE -> "x.deadline_then NULLS LAST, x.code";
            case DAYS_OVERDUE -> "x.days_overdue DESC, x.deadline_then, x.code";
            case TITLE -> "x.title, x.code";
            case PROGRESS -> "x.progress_percent DESC, x.code";
        };
        List<TaskView> content = jdbc.sql("SELECT x.*, o.name_vi AS lead_name FROM (" + from + ") x"
                        + " JOIN org_unit o ON o.code = x.lead_unit" + outer + " ORDER BY " + order
                        + " OFFSET " + page.offset() + " ROWS FETCH NEXT " + page.size() + " ROWS ONLY")
                .params(params).query(TaskFigures::view).list();
        return Page.of(content, page, total);
    }

    /** Tasks overdue on the day, most days overdue first. */
    public Page<TaskView> overdue(LocalDate asOf, String unitCode, PageRequest page) {
        return tasks(new TaskFilter(asOf, unitCode, TaskStatus.OVERDUE, null, null, null, null, null, null,
                TaskFilter.Sort.DAYS_OVERDUE), page);
    }

    /** Tasks not completed whose deadline falls within {@code days} days after the day, soonest first. */
    public Page<TaskView> dueWithin(LocalDate asOf, int days, String unitCode, PageRequest page) {
        return tasks(new TaskFilter(asOf, unitCode, null, null, null, null, null, null, days,
                TaskFilter.Sort.DEADLINE), page);
    }

    /** Officers, leaders and unit-bound viewers see only their subtree; a foreign unit filter is refused. */
    private TaskFilter scopeToReader(TaskFilter filter) {
        Actor actor = access.requireActor();
        boolean global = actor.isAdmin() || (actor.role() == Role.VIEWER && actor.unitCode() == null);
        if (global) {
            return filter;
        }
        if (filter.unit() == null) {
            return filter.withUnit(actor.unitCode());
        }
        access.requireRead(filter.unit(), "task", null);
        return filter;
    }

    private static String where(TaskFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        params.put("asOf", filter.asOf());
        if (filter.unit() != null) {
            conditions.add(TaskStatusSql.IN_SUBTREE);
            params.put("unit", filter.unit());
        }
        if (filter.plan() != null) {
            conditions.add("t.plan_code = :plan");
            params.put("plan", filter.plan());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            conditions.add("t.search_text LIKE :q");
            params.put("q", "%" + VietnameseText.fold(filter.query()) + "%");
        }
        if (Boolean.TRUE.equals(filter.incomplete())) {
            conditions.add(INCOMPLETE);
        }
        // Cheap pre-filters on the raw row, so a list of open or overdue tasks does not derive every task.
        boolean openOnly = filter.dueWithinDays() != null || (filter.status() != null && !filter.status().completed());
        if (openOnly) {
            conditions.add("(t.accepted_on IS NULL OR t.accepted_on > :asOf)");
        }
        if (filter.status() == TaskStatus.OVERDUE) {
            conditions.add("(t.revision_count > 0 OR t.original_deadline < :asOf)");
        }
        return String.join(" AND ", conditions);
    }

    private static String outerWhere(TaskFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("x.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.deadlineFrom() != null) {
            conditions.add("x.deadline_then >= :deadlineFrom");
            params.put("deadlineFrom", filter.deadlineFrom());
        }
        if (filter.deadlineTo() != null) {
            conditions.add("x.deadline_then <= :deadlineTo");
            params.put("deadlineTo", filter.deadlineTo());
        }
        if (filter.dueWithinDays() != null) {
            if (filter.dueWithinDays() < 0 || filter.dueWithinDays() > 366) {
                throw new InvalidParameterException("days", filter.dueWithinDays(), "must be between 0 and 366");
            }
            conditions.add("x.status IN ('IN_PROGRESS', 'NOT_STARTED') AND x.deadline_then >= :asOf"
                    + " AND x.deadline_then <= :dueBy");
            params.put("dueBy", filter.asOf().plusDays(filter.dueWithinDays()));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** A task misses a clarity: person, timeline, authority or deliverable (task and lead agency are required). */
    public static final String INCOMPLETE = "(t.responsible_person IS NULL OR t.start_date IS NULL OR t.deadline IS NULL"
            + " OR t.approver_unit IS NULL OR t.deliverable IS NULL)";

    /** How many tasks of the subtree (or programme) lack a clarity, among those assigned by the day. */
    public long incompleteAssignments(LocalDate asOf, String unitCode) {
        String where = INCOMPLETE + (unitCode == null ? "" : " AND " + TaskStatusSql.IN_SUBTREE);
        return jdbc.sql("SELECT COUNT(*) FROM task t WHERE t.assigned_on <= :asOf AND " + where)
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
