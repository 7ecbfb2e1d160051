package vn.steerboard.committee.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.steerboard.analytics.IndicatorProgress;
import vn.steerboard.common.MeetingCalendar;
import vn.steerboard.delivery.LeagueKind;
import vn.steerboard.delivery.LeagueRow;
import vn.steerboard.indicator.TargetStatus;
import vn.steerboard.programme.League;
import vn.steerboard.programme.StatusCounts;

/**
 * What the meeting document says, as figures: the day and the last meeting's day ({@link MeetingCalendar}), the
 * tasks and indicators on both, the composite leagues of provinces and ministries, the average database quality and
 * the Decision 766 leagues. Read once per document, so its text and its tables agree.
 */
record MeetingFacts(LocalDate asOf, LocalDate previous, StatusCounts tasks, StatusCounts tasksThen,
        List<IndicatorProgress> kpis, List<IndicatorProgress> kpisThen, List<IndicatorProgress> offTrack,
        List<CommitteeFigures.CompositeRow> provinces, List<CommitteeFigures.CompositeRow> ministries, Double quality,
        List<LeagueRow> deliveryProvinces, List<LeagueRow> deliveryMinistries, String deliveryPeriod) {

    static MeetingFacts of(CommitteeFigures figures, DeliveryStandings delivery, LocalDate asOf) {
        LocalDate previous = MeetingCalendar.lastMeetingBefore(asOf);
        List<IndicatorProgress> kpis = figures.nationalIndicators(asOf);
        return new MeetingFacts(asOf, previous, figures.tasks(asOf, null), figures.tasks(previous, null), kpis,
                figures.nationalIndicators(previous), figures.mostOffTrack(kpis, 5).stream()
                        .filter(p -> p.status() != TargetStatus.ON_TRACK).limit(3).toList(),
                figures.composite(asOf, League.PROVINCES, null), figures.composite(asOf, League.MINISTRIES, null),
                figures.averageQuality(null), delivery.league(LeagueKind.PROVINCES, null, asOf),
                delivery.league(LeagueKind.MINISTRIES, null, asOf), DeliveryStandings.period(asOf).label());
    }

    Map<TargetStatus, Long> kpiStatus(List<IndicatorProgress> progress) {
        return Map.of(TargetStatus.ON_TRACK, count(progress, TargetStatus.ON_TRACK),
                TargetStatus.AT_RISK, count(progress, TargetStatus.AT_RISK),
                TargetStatus.OFF_TRACK, count(progress, TargetStatus.OFF_TRACK));
    }

    private static long count(List<IndicatorProgress> progress, TargetStatus status) {
        return progress.stream().filter(p -> p.status() == status).count();
    }

    /** Ministries and provinces with the most overdue tasks, most first (a province's include its communes'). */
    List<CommitteeFigures.CompositeRow> mostOverdue(int count) {
        List<CommitteeFigures.CompositeRow> all = new ArrayList<>(ministries);
        all.addAll(provinces);
        return all.stream().filter(r -> r.counts().overdue() > 0)
                .sorted(Comparator.comparingLong((CommitteeFigures.CompositeRow r) -> -r.counts().overdue())
                        .thenComparing(CommitteeFigures.CompositeRow::code))
                .limit(count).toList();
    }

    /** The units with the lowest database quality score among those scanned, lowest first. */
    static List<CommitteeFigures.CompositeRow> lowestQuality(List<CommitteeFigures.CompositeRow> rows, int count) {
        return rows.stream().filter(r -> r.dataQuality() != null)
                .sorted(Comparator.comparingDouble(CommitteeFigures.CompositeRow::dataQuality)
                        .thenComparing(CommitteeFigures.CompositeRow::code))
                .limit(count).toList();
    }

    static List<CommitteeFigures.CompositeRow> ranked(List<CommitteeFigures.CompositeRow> rows) {
        return rows.stream().filter(CommitteeFigures.CompositeRow::ranked).toList();
    }

    /** Ranked units that moved most since the last meeting: {@code up} the gains, otherwise the losses. */
    static List<CommitteeFigures.CompositeRow> movers(List<CommitteeFigures.CompositeRow> rows, boolean up, int count) {
        return rows.stream().filter(r -> r.rankChange() != null && (up ? r.rankChange() > 0 : r.rankChange() < 0))
                .sorted(Comparator.comparingInt((CommitteeFigures.CompositeRow r) -> up ? -r.rankChange() : r.rankChange())
                        .thenComparing(CommitteeFigures.CompositeRow::code))
                .limit(count).toList();
    }
}
