package vn.steerboard.quality;

import java.util.List;
import vn.steerboard.quality.engine.Criterion;

/**
 * A database's score on one of the programme's six criteria in one scan, with the checks behind it; {@code score}
 * is null when the suite has no check for the criterion (nothing measured, which is not the same as 0).
 * {@code cap} is set when a critical check below its threshold held the score down.
 */
public record CriterionScore(Criterion criterion, Double score, List<CheckOutcome> checks, CriterionCap cap) {

    public boolean measured() {
        return score != null;
    }

    public long failed() {
        return checks.stream().mapToLong(CheckOutcome::failed).sum();
    }
}
