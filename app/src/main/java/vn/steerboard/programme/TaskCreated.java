package vn.steerboard.programme;

/** An ADMIN created a task. */
public record TaskCreated(long taskId, String taskCode, String unitCode) implements TaskEvent {
}
