package vn.steerboard.programme;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.BindParam;

/**
 * Which tasks a list shows (the day it is as of is given beside it). Every field may be null; blank text is null.
 * The API and the pages bind it straight from the query string ({@code ?unit=&status=&deadlineFrom=&deadlineTo=
 * &plan=&q=&incomplete=&dueWithinDays=&sort=}).
 *
 * @param unit          lead agency, with its subtree (a province includes its communes)
 * @param query         words of the code, title or responsible person, ignoring diacritics ({@code ?q=})
 * @param dueWithinDays tasks not completed whose deadline falls within this many days after the day
 */
public record TaskFilter(String unit, TaskStatus status,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineTo, String plan,
        @BindParam("q") String query, Boolean incomplete, Integer dueWithinDays, Sort sort) {

    public enum Sort {
        CODE, DEADLINE, DAYS_OVERDUE, TITLE, PROGRESS
    }

    /** Every task. */
    public static final TaskFilter ALL = new TaskFilter(null, null, null, null, null, null, null, null, null);

    public TaskFilter {
        unit = blankToNull(unit);
        plan = blankToNull(plan);
        query = blankToNull(query);
    }

    /** Tasks overdue, most days overdue first. */
    public static TaskFilter overdue(String unit) {
        return new TaskFilter(unit, TaskStatus.OVERDUE, null, null, null, null, null, null, Sort.DAYS_OVERDUE);
    }

    /** Tasks not completed whose deadline falls within {@code days} days, soonest first. */
    public static TaskFilter dueWithin(int days, String unit) {
        return new TaskFilter(unit, null, null, null, null, null, null, days, Sort.DEADLINE);
    }

    public TaskFilter withUnit(String newUnit) {
        return new TaskFilter(newUnit, status, deadlineFrom, deadlineTo, plan, query, incomplete, dueWithinDays, sort);
    }

    /** The same filter, sorted by code when no sort is named (what a page shows as chosen). */
    public TaskFilter sortedOrByCode() {
        return sort != null ? this
                : new TaskFilter(unit, status, deadlineFrom, deadlineTo, plan, query, incomplete, dueWithinDays, Sort.CODE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
