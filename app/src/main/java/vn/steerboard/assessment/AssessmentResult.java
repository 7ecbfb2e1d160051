package vn.steerboard.assessment;

import java.util.List;

/**
 * The result of a completed assessment: the level counted (verified when a reviewer verified it, else self-assessed),
 * both levels, the total in percent and in the framework's points, the pillar scores, the position among anonymous
 * peers (same framework version, industry and size; null with fewer than {@link #MIN_PEERS}), and the three criteria
 * that would bring the next level nearest.
 */
public record AssessmentResult(String ref, String frameworkCode, int frameworkVersion, AssessmentStatus status, double total,
                               double points, String level, String selfLevel, String verifiedLevel, List<PillarScore> pillars,
                               Peers peers, List<Advice> raise) {

    public static final int MIN_PEERS = 5;

    public record PillarScore(String code, String titleVi, String titleEn, double self, Double verified) {}

    public record Peers(String industry, String sizeClass, long count, Double percentile) {}

    /** A criterion to improve: answering it at its best brings the next level {@code closer} points nearer. */
    public record Advice(String criterion, String questionVi, String questionEn, String pillar, double closer) {}
}
