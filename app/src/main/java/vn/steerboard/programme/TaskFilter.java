package vn.steerboard.programme;

import java.time.LocalDate;

/**
 * Which tasks a list shows, as of a day. Every field may be null.
 *
 * @param unit         lead agency, with its subtree (a province includes its communes)
 * @param dueWithinDays tasks not completed whose deadline falls within this many days after {@code asOf}
 */
public record TaskFilter(LocalDate asOf, String unit, TaskStatus status, LocalDate deadlineFrom,
        LocalDate deadlineTo, String plan, String query, Boolean incomplete, Integer dueWithinDays, Sort sort) {

    public enum Sort {
        CODE, DEADLINE, DAYS_OVERDUE, TITLE, PROGRESS
    }

    public TaskFilter withUnit(String newUnit) {
        return new TaskFilter(asOf, newUnit, status, deadlineFrom, deadlineTo, plan, query, incomplete, dueWithinDays,
                sort);
    }
}
