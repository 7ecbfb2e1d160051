package vn.steerboard.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a league table: on-time completion rate (highest first), then fewer overdue tasks, then more tasks
 * completed; units with no task due yet come last, unranked (rank 0). Equal rows share a rank.
 */
final class Ranking {

    private static final Comparator<AgencyFigures> ORDER = Comparator
            .comparing((AgencyFigures row) -> row.counts().onTimeRate() == null)
            .thenComparing(row -> row.counts().onTimeRate() == null ? 0 : -row.counts().onTimeRate())
            .thenComparingLong(row -> row.counts().overdue())
            .thenComparingLong(row -> -row.counts().completed());

    private Ranking() {
    }

    static List<AgencyFigures> rank(List<AgencyFigures> rows) {
        List<AgencyFigures> sorted = new ArrayList<>(rows);
        sorted.sort(ORDER);
        List<AgencyFigures> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            AgencyFigures row = sorted.get(i);
            int rank = 0;
            if (row.counts().onTimeRate() != null) {
                rank = i > 0 && ORDER.compare(sorted.get(i - 1), row) == 0 ? ranked.get(i - 1).rank() : i + 1;
            }
            ranked.add(new AgencyFigures(rank, row.unitCode(), row.unitName(), row.counts()));
        }
        return ranked;
    }
}
