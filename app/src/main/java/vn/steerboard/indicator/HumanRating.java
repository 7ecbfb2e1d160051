package vn.steerboard.indicator;

import java.time.OffsetDateTime;

/** A person's rating of a target's status, with the evidence for it; shown beside the computed status, never instead. */
public record HumanRating(TargetStatus rating, String evidence, String ratedBy, OffsetDateTime ratedAt) {
}
