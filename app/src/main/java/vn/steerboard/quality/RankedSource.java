package vn.steerboard.quality;

import java.util.Map;
import vn.steerboard.quality.engine.Criterion;

/**
 * A database's place in a ranking, on its latest successful scan; ranked on {@code rankingScore} (Wilson).
 * {@code criteria} holds its score per criterion, in the programme's order; a criterion without checks is absent.
 */
public record RankedSource(int rank, long sourceId, String name, String ownerUnit, String ownerName,
        double databaseScore, double rankingScore, String band, long rows, Map<Criterion, Double> criteria) {

    /** The score on one criterion, or null when the suite measured nothing of it (templates ask by name). */
    public Double criterion(String name) {
        return criteria.get(Criterion.valueOf(name));
    }
}
