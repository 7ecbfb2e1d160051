package vn.steerboard.programme;

import java.time.OffsetDateTime;

/** An in-app notice to one user about one task. */
public record Notification(long id, Long taskId, String taskCode, String kind, String message, OffsetDateTime createdAt,
        OffsetDateTime readAt) {
}
