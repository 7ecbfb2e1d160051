package vn.steerboard.programme;

import java.time.LocalDate;

/** The approving authority accepted the deliverable: the task is completed on {@code acceptedOn}. */
public record TaskAccepted(long taskId, String taskCode, String unitCode, LocalDate acceptedOn) implements TaskEvent {
}
