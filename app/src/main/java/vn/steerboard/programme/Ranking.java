package vn.steerboard.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a league table: the on-time rate's small-sample lower bound (Wilson, 95%; highest first),
 * so that a unit with few tasks does not lead on luck; then fewer overdue tasks, then more tasks completed.
 * Units with nothing due yet are listed last and never ranked (rank 0). Equal rows share a rank; the unit
 * code keeps the order of equal rows stable.
 */
final class Ranking {

    private static final Comparator<AgencyFigures> MERIT = Comparator
            .comparing((AgencyFigures row) -> row.counts().onTimeRankingScore() == null)
            .thenComparing(row -> row.counts().onTimeRankingScore() == null ? 0 : -row.counts().onTimeRankingScore())
            .thenComparingLong(row -> row.counts().overdue())
            .thenComparingLong(row -> -row.counts().completed());

    private Ranking() {
    }

    static List<AgencyFigures> rank(List<AgencyFigures> rows) {
        List<AgencyFigures> sorted = new ArrayList<>(rows);
        sorted.sort(MERIT.thenComparing(AgencyFigures::unitCode));
        List<AgencyFigures> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            AgencyFigures row = sorted.get(i);
            int rank = 0;
            if (row.counts().due() > 0) {
                rank = i > 0 && MERIT.compare(sorted.get(i - 1), row) == 0 ? ranked.get(i - 1).rank() : i + 1;
            }
            ranked.add(new AgencyFigures(rank, row.unitCode(), row.unitName(), row.counts()));
        }
        return ranked;
    }
}
