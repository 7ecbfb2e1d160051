package vn.steerboard.programme;

import java.time.LocalDate;

/** An ADMIN revised a task's deadline, with a reason; the history is kept. */
public record TaskDeadlineRevised(long taskId, String taskCode, String unitCode, LocalDate previousDeadline,
        LocalDate newDeadline) implements TaskEvent {
}
