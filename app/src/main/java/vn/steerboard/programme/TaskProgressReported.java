package vn.steerboard.programme;

/** The lead agency reported progress; at 100% with evidence the task awaits acceptance. */
public record TaskProgressReported(long taskId, String taskCode, String unitCode, int percent) implements TaskEvent {
}
