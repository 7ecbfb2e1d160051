package vn.steerboard.committee.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.steerboard.analytics.IndicatorFigures;
import vn.steerboard.analytics.IndicatorProgress;
import vn.steerboard.committee.internal.ranking.CompositeIndex;
import vn.steerboard.common.FiguresChanged;
import vn.steerboard.common.MeetingCalendar;
import vn.steerboard.common.PageRequest;
import vn.steerboard.indicator.TargetStatus;
import vn.steerboard.programme.AgencyFigures;
import vn.steerboard.programme.League;
import vn.steerboard.programme.StatusCounts;
import vn.steerboard.programme.TaskFigures;
import vn.steerboard.programme.TaskView;
import vn.steerboard.quality.QualitySources;
import vn.steerboard.registry.OrgUnitType;

/**
 * The committee's figures as of a day, from the modules' public services: tasks, indicators (official values
 * only), database quality, and the composite league. Computed once per day asked and audience, and kept until
 * the next change of any figure, so the overview costs a lookup under load and is still exact.
 */
@Component
class CommitteeFigures {

    private final TaskFigures tasks;
    private final IndicatorFigures indicators;
    private final QualitySources quality;
    private final FigureCache cache = new FigureCache(300);

    private final vn.steerboard.identity.AccessPolicy access;

    CommitteeFigures(TaskFigures tasks, IndicatorFigures indicators, QualitySources quality,
            vn.steerboard.identity.AccessPolicy access) {
        this.access = access;
        this.tasks = tasks;
        this.indicators = indicators;
        this.quality = quality;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(FiguresChanged change) {
        cache.clear();
    }

    /** Rendered HTML of a part that shows only aggregates, kept like the figures it shows. */
    String rendered(String key, Supplier<String> render) {
        return cache.get("html|" + key, render);
    }

    StatusCounts tasks(LocalDate asOf, String unit) {
        return cache.get("tasks|" + asOf + "|" + unit, () -> tasks.summary(asOf, unit));
    }

    /** The on-time rate at the end of each month from January 2025 to the day, as reports of those dates gave it. */
    Map<String, Double> onTimeByMonth(LocalDate asOf, String unit) {
        return cache.get("onTime|" + asOf + "|" + unit, () -> {
            Map<String, Double> series = new LinkedHashMap<>();
            for (YearMonth month = YearMonth.of(2025, 1); !month.atDay(1).isAfter(asOf); month = month.plusMonths(1)) {
                LocalDate day = month.atEndOfMonth().isAfter(asOf) ? asOf : month.atEndOfMonth();
                series.put(month.toString(), tasks.summary(day, unit).onTimeRate());
            }
            return series;
        });
    }

    /**
     * The tasks most overdue in the unit's subtree (null: the nation) within what the reader may see: kept per
     * reader's scope (a bound reader's list holds only its subtree), never one reader's list shown to another.
     */
    List<TaskView> mostOverdue(LocalDate asOf, String unit, int count) {
        String audience = access.current().filter(a -> !a.isAdmin() && a.unitCode() != null).map(a -> a.unitCode()).orElse("");
        return cache.get("overdue|" + asOf + "|" + unit + "|" + count + "|" + audience, () -> tasks.overdue(asOf, unit, new PageRequest(0, count)).content());
    }

    /** The nation's indicators on approved values: what the committee and the public are shown. */
    List<IndicatorProgress> nationalIndicators(LocalDate asOf) {
        return cache.get("kpi|" + asOf, () -> indicators.publicNation(asOf));
    }

    Map<TargetStatus, Long> statusCounts(List<IndicatorProgress> progress) {
        Map<TargetStatus, Long> counts = new EnumMap<>(TargetStatus.class);
        for (TargetStatus status : TargetStatus.values()) {
            counts.put(status, progress.stream().filter(p -> p.status() == status).count());
        }
        return counts;
    }

    /** The KPIs furthest behind: off track first, then by the gap to the trajectory relative to the target's span. */
    List<IndicatorProgress> mostOffTrack(List<IndicatorProgress> progress, int count) {
        return progress.stream().filter(p -> p.status() != null)
                .sorted(Comparator.comparing((IndicatorProgress p) -> p.status() == TargetStatus.OFF_TRACK ? 0
                        : p.status() == TargetStatus.AT_RISK ? 1 : 2).thenComparing(CommitteeFigures::relativeGap))
                .limit(count).toList();
    }

    private static double relativeGap(IndicatorProgress p) {
        double span = Math.abs(p.target().targetValue() - p.target().baselineValue());
        return p.gapToTrajectory() == null ? 0 : p.gapToTrajectory() / (span == 0 ? 1 : span);
    }

    Double averageQuality(String unit) {
        return cache.get("quality|" + unit, () -> java.util.Optional.ofNullable(quality.averageScore(unit))).orElse(null);
    }

    /**
     * One agency in the composite league. {@code taskDelivery} is the on-time rate's small-sample bound (what the
     * composite used), {@code onTimeRate} the plain rate; {@code components} names what the composite had;
     * {@code previousRank} is the rank at the last meeting (0: not ranked then).
     */
    record CompositeRow(int rank, String code, String name, Double taskDelivery, Double kpiAttainment, Double dataQuality,
            Double composite, StatusCounts counts, Double onTimeRate, List<String> components, int previousRank) {

        public boolean ranked() {
            return rank > 0;
        }

        public boolean complete() {
            return components.size() == 3;
        }

        /** Places gained since the last meeting; null when either rank is missing. */
        public Integer rankChange() {
            return rank == 0 || previousRank == 0 ? null : previousRank - rank;
        }
    }

    /** The composite league of ministries, provinces, or the communes of a province on the day, with ▲▼ since the last meeting. */
    List<CompositeRow> composite(LocalDate asOf, League league, String parent) {
        return cache.get("composite|" + asOf + "|" + league + "|" + parent, () -> {
            Map<String, Integer> before = new LinkedHashMap<>();
            compositeOnly(MeetingCalendar.lastMeetingBefore(asOf), league, parent).forEach(r -> before.put(r.code(), r.rank()));
            return compositeOnly(asOf, league, parent).stream().map(r -> new CompositeRow(r.rank(), r.code(), r.name(),
                    r.taskDelivery(), r.kpiAttainment(), r.dataQuality(), r.composite(), r.counts(), r.onTimeRate(),
                    r.components(), before.getOrDefault(r.code(), 0))).toList();
        });
    }

    private List<CompositeRow> compositeOnly(LocalDate asOf, League league, String parent) {
        return cache.get("compositeOnly|" + asOf + "|" + league + "|" + parent, () -> {
            List<AgencyFigures> delivery = tasks.ranking(asOf, league, parent);
            OrgUnitType type = league == League.MINISTRIES ? OrgUnitType.CENTRAL
                    : league == League.PROVINCES ? OrgUnitType.PROVINCE : OrgUnitType.COMMUNE;
            Map<String, Map<String, IndicatorProgress>> kpis = indicators.heatmap(type, parent, asOf);
            Map<String, CompositeIndex.Components> components = new LinkedHashMap<>();
            Map<String, AgencyFigures> byCode = new LinkedHashMap<>();
            Map<String, Double> qualityByCode = new LinkedHashMap<>();
            Map<String, Double> kpiByCode = new LinkedHashMap<>();
            for (AgencyFigures row : delivery) {
                Double q = averageQuality(row.unitCode());
                Double k = indicators.composite(kpis.getOrDefault(row.unitCode(), Map.of()));
                qualityByCode.put(row.unitCode(), q);
                kpiByCode.put(row.unitCode(), k);
                byCode.put(row.unitCode(), row);
                components.put(row.unitCode(), new CompositeIndex.Components(optional(row.counts().onTimeRankingScore()),
                        optional(k), optional(q)));
            }
            List<CompositeRow> rows = new ArrayList<>();
            for (CompositeIndex.Ranked<String> ranked : CompositeIndex.rank(components)) {
                AgencyFigures row = byCode.get(ranked.key());
                rows.add(new CompositeRow(ranked.rank(), ranked.key(), row.unitName(), row.counts().onTimeRankingScore(),
                        kpiByCode.get(ranked.key()), qualityByCode.get(ranked.key()),
                        ranked.composite().isPresent() ? Math.round(ranked.composite().getAsDouble() * 10) / 10.0 : null,
                        row.counts(), row.counts().onTimeRate(), CompositeIndex.present(ranked.components()), 0));
            }
            return rows;
        });
    }

    /** How many provinces fall in each tenth of the composite index (0-10, 10-20, ... 90-100). */
    Map<String, Long> compositeDistribution(LocalDate asOf) {
        Map<String, Long> bins = new LinkedHashMap<>();
        for (int low = 0; low < 100; low += 10) {
            bins.put(low + "–" + (low + 10), 0L);
        }
        for (CompositeRow row : composite(asOf, League.PROVINCES, null)) {
            if (row.composite() != null) {
                int low = Math.min(90, (int) (row.composite() / 10) * 10);
                bins.merge(low + "–" + (low + 10), 1L, Long::sum);
            }
        }
        return bins;
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
