package vn.steerboard.assessment;

import java.time.OffsetDateTime;

/** One line of an enterprise's history. */
public record AssessmentSummary(String ref, String frameworkCode, int frameworkVersion, AssessmentStatus status,
                                OffsetDateTime startedAt, OffsetDateTime completedAt, Double total, String selfLevel,
                                String verifiedLevel) {
}
