package vn.steerboard.quality;

import java.time.OffsetDateTime;

/** One scan of a database: its state while running, its scores and report when done, or why it failed. */
public record ScanView(long id, long sourceId, String origin, String status, String progress, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, Long rows, Double databaseScore, Double rankingScore, String band, String reportJson,
        String error, String requestedBy) {
}
