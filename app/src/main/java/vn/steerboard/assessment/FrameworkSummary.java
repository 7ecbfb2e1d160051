package vn.steerboard.assessment;

import java.time.OffsetDateTime;

/** One stored framework version: what it is, whether it is illustrative, where its text comes from. */
public record FrameworkSummary(String code, int version, String titleVi, String titleEn, Framework.Audience audience,
                               boolean illustrative, String source, boolean builtIn, String loadedBy, OffsetDateTime loadedAt) {
}
