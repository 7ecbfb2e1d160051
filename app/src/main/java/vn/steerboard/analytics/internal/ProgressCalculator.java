package vn.steerboard.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.steerboard.analytics.IndicatorProgress;
import vn.steerboard.indicator.ElementDefinition;
import vn.steerboard.indicator.Forecast;
import vn.steerboard.indicator.HumanRating;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.indicator.IndicatorDefinition;
import vn.steerboard.indicator.Period;
import vn.steerboard.indicator.TargetStatus;
import vn.steerboard.indicator.TargetView;
import vn.steerboard.indicator.Targets;

/**
 * Each indicator of each unit as of a day, from the roll-ups of its elements: the series of periods that ended by
 * the day, the current value, progress against the target, the trajectory gap, the forecast at the deadline and the
 * computed status. Ranks are added by the caller, which knows the league.
 */
@Component
public class ProgressCalculator {

    private final IndicatorCatalogue catalogue;
    private final Targets targets;
    private final RollupReader reader;

    ProgressCalculator(IndicatorCatalogue catalogue, Targets targets, RollupReader reader) {
        this.catalogue = catalogue;
        this.targets = targets;
        this.reader = reader;
    }

    public Map<String, Map<String, IndicatorProgress>> compute(char scope, List<String> units, LocalDate asOf) {
        Map<String, Map<String, Map<String, RollupTotals>>> rows = reader.load(scope, units, catalogue.elements().keySet());
        Map<String, Map<String, IndicatorProgress>> result = new LinkedHashMap<>();
        for (String unit : units) {
            Map<String, IndicatorProgress> byIndicator = new LinkedHashMap<>();
            Map<String, Map<String, RollupTotals>> unitRows = rows.getOrDefault(unit, Map.of());
            for (IndicatorDefinition indicator : catalogue.indicators()) {
                byIndicator.put(indicator.code(), progress(indicator, unit, series(indicator, unitRows, asOf), asOf));
            }
            result.put(unit, byIndicator);
        }
        return result;
    }

    /** The indicator for each period that ended by the day, from the roll-ups of its elements. */
    private List<IndicatorProgress.PeriodValue> series(IndicatorDefinition indicator,
            Map<String, Map<String, RollupTotals>> unitRows, LocalDate asOf) {
        TreeMap<Period, Map<String, Double>> byPeriod = new TreeMap<>();
        for (String code : indicator.formula().elements()) {
            ElementDefinition element = catalogue.element(code).orElse(null);
            if (element == null) {
                continue;
            }
            for (Map.Entry<String, RollupTotals> row : unitRows.getOrDefault(code, Map.of()).entrySet()) {
                Period period = Period.parse(row.getKey());
                if (!period.end().isAfter(asOf)) {
                    byPeriod.computeIfAbsent(period, p -> new LinkedHashMap<>()).put(code, row.getValue().value(element.treeAggregation()));
                }
            }
        }
        List<IndicatorProgress.PeriodValue> series = new ArrayList<>();
        byPeriod.forEach((period, values) -> {
            Double value = indicator.formula().evaluate(values);
            if (value != null && !value.isNaN() && !value.isInfinite()) {
                series.add(new IndicatorProgress.PeriodValue(period.code(), period.end(), value));
            }
        });
        return series;
    }

    private IndicatorProgress progress(IndicatorDefinition indicator, String unit, List<IndicatorProgress.PeriodValue> series,
            LocalDate asOf) {
        IndicatorProgress.PeriodValue latest = series.isEmpty() ? null : series.get(series.size() - 1);
        TargetView target = targets.forUnit(indicator.code(), unit).orElse(null);
        Double progress = null;
        Double trajectory = null;
        Double gap = null;
        Forecast.Result forecast = null;
        TargetStatus status = null;
        if (target != null && latest != null) {
            double span = target.targetValue() - target.baselineValue();
            progress = span == 0 ? null : round((latest.value() - target.baselineValue()) / span * 100, 1);
            trajectory = target.trajectoryAt(latest.end());
            gap = indicator.higherIsBetter() ? latest.value() - trajectory : trajectory - latest.value();
            if (asOf.isBefore(target.deadline())) {
                List<Forecast.Point> points = series.stream().filter(p -> !p.end().isBefore(target.baselineDate()))
                        .map(p -> new Forecast.Point(p.end().toEpochDay(), p.value())).toList();
                forecast = Forecast.at(points, target.deadline().toEpochDay());
            }
            status = TargetStatus.of(indicator.polarity(), target.targetValue(), forecast, target.baselineValue(),
                    latest.value(), trajectory);
            trajectory = round(trajectory, 3);
            gap = round(gap, 3);
        }
        HumanRating rating = target == null ? null : targets.rating(target, unit).orElse(null);
        return new IndicatorProgress(indicator.code(), indicator.nameVi(), indicator.nameEn(), indicator.unitLabel(),
                indicator.decimals(), indicator.polarity(), unit, latest == null ? null : round(latest.value(), 6),
                latest == null ? null : latest.period(), latest == null ? null : latest.end(), false, target, progress,
                trajectory, gap, forecast, status, rating, null, null, series);
    }

    /** Equal up to rounding: ties share a rank, and a value is "pending" only when it really differs. */
    public static boolean same(Double a, Double b) {
        return a == null ? b == null : b != null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
