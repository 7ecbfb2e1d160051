package vn.steerboard.programme;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The status rules, in one place (the SQL of the figures mirrors them, and a test holds both to the
 * same answers). Dates are calendar days in Vietnam (Asia/Ho_Chi_Minh).
 * <ul>
 * <li>A task exists from its assignment date.</li>
 * <li>The deadline in force on a day is the latest revision recorded on or before that day, else the
 * original deadline.</li>
 * <li>Completed on time: accepted on or before the deadline in force, and no deadline was revised only
 * after it had passed (such a deadline stays binding). Accepted on the deadline day is on time.</li>
 * <li>Overdue: not completed and the deadline in force is before the day.</li>
 * <li>In progress within deadline: not completed, not overdue, and started: the planned start has come
 * (or there is none) or progress has been reported.</li>
 * <li>Not started: everything else. A task without a deadline is never overdue.</li>
 * </ul>
 */
public final class TaskRules {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private TaskRules() {
    }

    /** Empty when the task had not been assigned yet on that day. */
    public static Optional<TaskStatus> statusOn(TaskFacts task, LocalDate day) {
        if (task.assignedOn().isAfter(day)) {
            return Optional.empty();
        }
        LocalDate deadline = deadlineOn(task, day);
        if (task.acceptedOn() != null && !task.acceptedOn().isAfter(day)) {
            LocalDate binding = bindingDeadline(task, task.acceptedOn());
            return Optional.of(binding == null || !task.acceptedOn().isAfter(binding)
                    ? TaskStatus.COMPLETED_ON_TIME : TaskStatus.COMPLETED_LATE);
        }
        if (deadline != null && deadline.isBefore(day)) {
            return Optional.of(TaskStatus.OVERDUE);
        }
        boolean started = task.startDate() == null || !task.startDate().isAfter(day)
                || (task.firstReportOn() != null && !task.firstReportOn().isAfter(day));
        return Optional.of(started ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED);
    }

    public static LocalDate deadlineOn(TaskFacts task, LocalDate day) {
        LocalDate deadline = task.originalDeadline();
        for (TaskFacts.Revision revision : task.revisions()) {
            if (!revision.revisedOn().isAfter(day)) {
                deadline = revision.newDeadline();
            }
        }
        return deadline;
    }

    /** The deadline a completion on that day is measured against: the one in force, or an earlier missed one. */
    public static LocalDate bindingDeadline(TaskFacts task, LocalDate day) {
        LocalDate binding = deadlineOn(task, day);
        for (TaskFacts.Revision revision : task.revisions()) {
            if (!revision.revisedOn().isAfter(day) && revision.late()
                    && (binding == null || revision.previousDeadline().isBefore(binding))) {
                binding = revision.previousDeadline();
            }
        }
        return binding;
    }

    /** Days past the deadline in force, for an overdue task; 0 otherwise. */
    public static long daysOverdue(TaskFacts task, LocalDate day) {
        LocalDate deadline = deadlineOn(task, day);
        return statusOn(task, day).filter(status -> status == TaskStatus.OVERDUE)
                .map(status -> day.toEpochDay() - deadline.toEpochDay()).orElse(0L);
    }
}
