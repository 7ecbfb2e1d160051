package vn.steerboard.delivery;

import java.time.LocalDate;
import java.util.List;

/**
 * The Decision 766 index of one unit's subtree for one period, as of a day: every sub-indicator, the six display
 * groups, the legal five, and the total: {@code points} out of {@code possible} (the maxima of the computable rows)
 * and {@code score}, the same on a scale of 100. Not computable when no row is (then score and points are null).
 */
public record UnitIndex(String unitCode, String unitName, IndexPeriod period, LocalDate asOf,
        List<SubIndicatorScore> indicators, List<GroupScore> groups, List<GroupScore> legalGroups, Double points,
        double possible, Double score, boolean computable, long dossiers) {
}
