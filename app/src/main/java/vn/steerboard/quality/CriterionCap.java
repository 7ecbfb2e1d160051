package vn.steerboard.quality;

/**
 * A criterion held at {@code maximum} points because the critical check {@code checkId} passed {@code passRate}
 * (percent), below its threshold (percent).
 */
public record CriterionCap(double maximum, String checkId, double passRate, double threshold) {
}
