package vn.steerboard.committee.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.stereotype.Component;
import vn.steerboard.committee.internal.ranking.CompositeIndex;
import vn.steerboard.programme.AgencyFigures;
import vn.steerboard.programme.League;
import vn.steerboard.programme.StatusCounts;
import vn.steerboard.programme.TaskFigures;
import vn.steerboard.quality.QualitySources;

/**
 * The committee's figures as of a day, from the modules' public services. KPI attainment joins the composite
 * index when the indicator module publishes it; until then the index rescales over tasks and data quality,
 * and says so.
 */
@Component
class CommitteeFigures {

    private final TaskFigures tasks;
    private final QualitySources quality;

    CommitteeFigures(TaskFigures tasks, QualitySources quality) {
        this.tasks = tasks;
        this.quality = quality;
    }

    StatusCounts tasks(LocalDate asOf, String unit) {
        return tasks.summary(asOf, unit);
    }

    /** The on-time rate at the end of each month from January 2025 to the day, as reports of those dates gave it. */
    Map<String, Double> onTimeByMonth(LocalDate asOf, String unit) {
        Map<String, Double> series = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.of(2025, 1); !month.atDay(1).isAfter(asOf); month = month.plusMonths(1)) {
            LocalDate day = month.atEndOfMonth().isAfter(asOf) ? asOf : month.atEndOfMonth();
            series.put(month.toString(), tasks.summary(day, unit).onTimeRate());
        }
        return series;
    }

    Double averageQuality(String unit) {
        return quality.averageScore(unit);
    }

    record CompositeRow(int rank, String code, String name, Double taskDelivery, Double dataQuality, Double composite,
            StatusCounts counts) {
    }

    /** The composite league of ministries or provinces on the day. */
    List<CompositeRow> composite(LocalDate asOf, League league, String parent) {
        List<AgencyFigures> delivery = tasks.ranking(asOf, league, parent);
        Map<String, CompositeIndex.Components> components = new LinkedHashMap<>();
        Map<String, AgencyFigures> byCode = new LinkedHashMap<>();
        Map<String, Double> qualityByCode = new LinkedHashMap<>();
        for (AgencyFigures row : delivery) {
            Double q = quality.averageScore(row.unitCode());
            qualityByCode.put(row.unitCode(), q);
            byCode.put(row.unitCode(), row);
            components.put(row.unitCode(), new CompositeIndex.Components(
                    row.counts().onTimeRate() == null ? OptionalDouble.empty() : OptionalDouble.of(row.counts().onTimeRate()),
                    OptionalDouble.empty(),
                    q == null ? OptionalDouble.empty() : OptionalDouble.of(q)));
        }
        List<CompositeRow> rows = new ArrayList<>();
        for (CompositeIndex.Ranked<String> ranked : CompositeIndex.rank(components)) {
            AgencyFigures row = byCode.get(ranked.key());
            rows.add(new CompositeRow(ranked.rank(), ranked.key(), row.unitName(), row.counts().onTimeRate(),
                    qualityByCode.get(ranked.key()),
                    ranked.composite().isPresent() ? Math.round(ranked.composite().getAsDouble() * 10) / 10.0 : null,
                    row.counts()));
        }
        return rows;
    }
}
