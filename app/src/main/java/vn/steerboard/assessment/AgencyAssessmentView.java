package vn.steerboard.assessment;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An agency's DTI or compliance self-assessment for a year as its officers and MOST see it: every applicable
 * criterion with the answer, the note, the evidence files and the appraised answer where MOST adjusted it; the
 * self-assessed score (from submission) and the appraised one side by side; the adjustments with their reasons.
 */
public record AgencyAssessmentView(String ref, String unitCode, String unitName, String unitType, String frameworkCode,
                                   int frameworkVersion, String frameworkTitleVi, String frameworkTitleEn,
                                   boolean illustrative, String source, int year, AgencyStatus status, String startedBy,
                                   String submittedBy, OffsetDateTime submittedAt, Score self, Score appraised,
                                   String appraisedBy, OffsetDateTime appraisedAt, List<Item> items,
                                   List<Adjustment> adjustments) {

    /** A score: percent, points out of the framework's points (1,000 for the DTI), the level, the pillars. */
    public record Score(double total, double points, double maxPoints, String level, List<PillarScore> pillars) {}

    public record PillarScore(String code, String titleVi, String titleEn, double score) {}

    public record Item(String criterion, String pillar, String questionVi, String questionEn, AnswerType type,
                       String answer, String note, String appraised, List<EvidenceFile> evidence) {}

    public record EvidenceFile(long id, String criterion, String fileName, String contentType, long sizeBytes,
                               String sha256, String uploadedBy, OffsetDateTime uploadedAt) {}

    public record Adjustment(String criterion, String before, String after, String reason, String by, OffsetDateTime at) {}
}
