package vn.steerboard.assessment;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An assessment as the province's reviewer sees it: the enterprise, every answer with its evidence and the verified
 * value where adjusted, both levels, and the adjustments with their reasons.
 */
public record ReviewView(String ref, String taxCode, String enterpriseName, String provinceCode, String frameworkCode,
                         int frameworkVersion, AssessmentStatus status, OffsetDateTime completedAt, String sampledBy,
                         Double selfTotal, String selfLevel, Double verifiedTotal, String verifiedLevel,
                         List<ReviewedAnswer> answers, List<AssessmentResult.PillarScore> pillars,
                         List<Adjustment> adjustments) {

    public record Adjustment(String criterion, String before, String after, String reason, String by, OffsetDateTime at) {}

    public record ReviewedAnswer(String criterion, String questionVi, String questionEn, String answer, String evidence,
                                 String verified) {}
}
