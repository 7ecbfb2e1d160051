package vn.steerboard.committee.internal.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The committee's composite index of an agency, published with its weights: task delivery (on-time
 * completion rate), KPI attainment (mean progress to target, capped at 100) and database quality (mean
 * database score), each already on 0–100. A missing component is left out and the remaining weights
 * are rescaled, and the row says so, rather than counting an agency with no databases as zero.
 */
public final class CompositeIndex {

    public static final double TASK_WEIGHT = 0.4;
    public static final double KPI_WEIGHT = 0.4;
    public static final double QUALITY_WEIGHT = 0.2;

    private CompositeIndex() {
    }

    public record Components(OptionalDouble taskDelivery, OptionalDouble kpiAttainment, OptionalDouble dataQuality) {
    }

    public record Score(double value, boolean complete) {
    }

    /** Empty when the agency has none of the three components. */
    public static OptionalDouble of(Components components) {
        double weighted = 0;
        double weights = 0;
        if (components.taskDelivery().isPresent()) {
            weighted += TASK_WEIGHT * clamp(components.taskDelivery().getAsDouble());
            weights += TASK_WEIGHT;
        }
        if (components.kpiAttainment().isPresent()) {
            weighted += KPI_WEIGHT * clamp(components.kpiAttainment().getAsDouble());
            weights += KPI_WEIGHT;
        }
        if (components.dataQuality().isPresent()) {
            weighted += QUALITY_WEIGHT * clamp(components.dataQuality().getAsDouble());
            weights += QUALITY_WEIGHT;
        }
        return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(weighted / weights);
    }

    /** Which components the agency's composite had, in the published order: task, kpi, quality. */
    public static java.util.List<String> present(Components components) {
        java.util.List<String> present = new ArrayList<>();
        if (components.taskDelivery().isPresent()) {
            present.add("TASKS");
        }
        if (components.kpiAttainment().isPresent()) {
            present.add("KPIS");
        }
        if (components.dataQuality().isPresent()) {
            present.add("QUALITY");
        }
        return present;
    }

    public static boolean complete(Components components) {
        return components.taskDelivery().isPresent() && components.kpiAttainment().isPresent()
                && components.dataQuality().isPresent();
    }

    /**
     * Ranks by composite, highest first; ties share a rank (1, 2, 2, 4) and are listed by code so the
     * order is stable. An agency with no task due has no delivery component and is never ranked, whatever
     * its other components say: listed last, without a rank number or composite ("chưa đủ dữ liệu"), so that
     * doing nothing cannot lead the league.
     */
    public static <K extends Comparable<K>> List<Ranked<K>> rank(Map<K, Components> agencies) {
        List<Ranked<K>> scored = new ArrayList<>();
        List<Ranked<K>> unscored = new ArrayList<>();
        agencies.forEach((key, components) -> {
            OptionalDouble composite = components.taskDelivery().isPresent() ? of(components) : OptionalDouble.empty();
            Ranked<K> row = new Ranked<>(key, components, composite, 0);
            (composite.isPresent() ? scored : unscored).add(row);
        });
        scored.sort(Comparator.<Ranked<K>>comparingDouble(row -> -round(row.composite().getAsDouble()))
                .thenComparing(Ranked::key));
        unscored.sort(Comparator.comparing(Ranked::key));
        List<Ranked<K>> result = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Ranked<K> row = scored.get(i);
            int rank = i > 0 && round(row.composite().getAsDouble())
                    == round(scored.get(i - 1).composite().getAsDouble()) ? result.get(i - 1).rank() : i + 1;
            result.add(new Ranked<>(row.key(), row.components(), row.composite(), rank));
        }
        result.addAll(unscored);
        return result;
    }

    public record Ranked<K>(K key, Components components, OptionalDouble composite, int rank) {
    }

    /** Ranks compare the published one-decimal figure, so two agencies shown as 71.3 share a rank. */
    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(100, value));
    }
}
