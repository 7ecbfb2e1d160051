package vn.steerboard.committee.internal;

import java.time.LocalDate;
import java.util.List;
import vn.steerboard.delivery.LeagueKind;
import vn.steerboard.delivery.LeagueRow;
import vn.steerboard.delivery.UnitIndex;

/**
 * The overview's delivery (Decision 766) line: the provinces' and the ministries' leaders and laggards for the year
 * of the day, each with its total and rank. The delivery API publishes no national total, so none is shown.
 *
 * @param period     the period's label ({@code 2025}), as {@code ?period=} of the delivery pages
 * @param provinces  the three leading and the three last ranked provinces
 * @param ministries the leading and the last ranked ministry
 * @param ranked     how many provinces have a computable index
 */
record DeliverySummary(String period, UnitIndex nation, List<LeagueRow> provinces, List<LeagueRow> ministries, int ranked, int peers) {

    static DeliverySummary of(DeliveryStandings standings, LocalDate asOf) {
        List<LeagueRow> provinces = ranked(standings.league(LeagueKind.PROVINCES, null, asOf));
        List<LeagueRow> ministries = ranked(standings.league(LeagueKind.MINISTRIES, null, asOf));
        return new DeliverySummary(DeliveryStandings.period(asOf).label(), standings.nation(asOf), ends(provinces, 3), ends(ministries, 1),
                provinces.size(), standings.league(LeagueKind.PROVINCES, null, asOf).size());
    }

    static List<LeagueRow> ranked(List<LeagueRow> rows) {
        return rows.stream().filter(r -> r.rank() != null).toList();
    }

    /** The first and last {@code count} rows, each once. */
    static List<LeagueRow> ends(List<LeagueRow> rows, int count) {
        if (rows.size() <= 2 * count) {
            return rows;
        }
        List<LeagueRow> ends = new java.util.ArrayList<>(rows.subList(0, count));
        ends.addAll(rows.subList(rows.size() - count, rows.size()));
        return ends;
    }
}
