package vn.steerboard.programme;

/** The approving authority sent the deliverable back to the lead agency. */
public record TaskRejected(long taskId, String taskCode, String unitCode) implements TaskEvent {
}
