package vn.steerboard.assessment;

import java.time.OffsetDateTime;

/** One completed enterprise assessment in the province reviewer's queue: sampled or not, both levels. */
public record ReviewQueueItem(String ref, String enterpriseName, String frameworkCode, OffsetDateTime completedAt,
                              Double selfTotal, String selfLevel, Double verifiedTotal, String verifiedLevel,
                              String sampledBy, OffsetDateTime sampledAt) {

    public boolean sampled() {
        return sampledBy != null;
    }
}
