package vn.steerboard.programme.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.VietnameseText;
import vn.steerboard.programme.TaskFilter;
import vn.steerboard.programme.TaskStatus;

/**
 * A {@link TaskFilter} as SQL: the conditions on the raw task row (alias {@code t}, applied before the status is
 * derived), the conditions on the derived row (alias {@code x}), and the values they bind. Every condition is a
 * fixed fragment; only the bound values come from the filter.
 */
record TaskListQuery(String rowConditions, String derivedConditions, Map<String, Object> params) {

    static TaskListQuery of(LocalDate asOf, TaskFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        return new TaskListQuery(rowConditions(filter, params), derivedConditions(asOf, filter, params), params);
    }

    /** {@code " WHERE ..."} over the derived row, or empty. */
    String derivedWhere() {
        return derivedConditions.isEmpty() ? "" : " WHERE " + derivedConditions;
    }

    private static String rowConditions(TaskFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.unit() != null) {
            conditions.add(TaskStatusSql.IN_SUBTREE);
            params.put("unit", filter.unit());
        }
        if (filter.plan() != null) {
            conditions.add("t.plan_code = :plan");
            params.put("plan", filter.plan());
        }
        if (filter.query() != null) {
            conditions.add("t.search_text LIKE :q");
            params.put("q", "%" + VietnameseText.fold(filter.query()) + "%");
        }
        if (Boolean.TRUE.equals(filter.incomplete())) {
            conditions.add(TaskStatusSql.INCOMPLETE);
        }
        // Cheap pre-filters on the raw row, so a list of open or overdue tasks does not derive every task.
        if (filter.dueWithinDays() != null || (filter.status() != null && !filter.status().completed())) {
            conditions.add("(t.accepted_on IS NULL OR t.accepted_on > :asOf)");
        }
        if (filter.status() == TaskStatus.OVERDUE) {
            conditions.add("(t.revision_count > 0 OR t.original_deadline < :asOf)");
        }
        return String.join(" AND ", conditions);
    }

    private static String derivedConditions(LocalDate asOf, TaskFilter filter, Map<String, Object> params) {
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
                throw new InvalidParameterException("days", filter.dueWithinDays(), "must be between 0 and 366")
                    .because("reason.between", 0, 366);
            }
            conditions.add("""
                    x.status IN ('IN_PROGRESS', 'NOT_STARTED') AND x.deadline_then >= :asOf AND x.deadline_then <= :dueBy""");
            params.put("dueBy", asOf.plusDays(filter.dueWithinDays()));
        }
        return String.join(" AND ", conditions);
    }

    /** The ORDER BY of a sort; CODE when none is named. */
    static String order(TaskFilter.Sort sort) {
        return switch (sort == null ? TaskFilter.Sort.CODE : sort) {
            case CODE -> "x.code";
            case DEADLINE -> "x.deadline_then NULLS LAST, x.code";
            case DAYS_OVERDUE -> "x.days_overdue DESC, x.deadline_then, x.code";
            case TITLE -> "x.title, x.code";
            case PROGRESS -> "x.progress_percent DESC, x.code";
        };
    }
}
