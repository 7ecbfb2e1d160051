package vn.steerboard.programme;

/** An ADMIN edited a task (never its deadline: see TaskDeadlineRevised). */
public record TaskEdited(long taskId, String taskCode, String unitCode) implements TaskEvent {
}
