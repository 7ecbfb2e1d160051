package vn.steerboard.assessment;

import java.util.List;
import java.util.Map;

/**
 * The national picture of one enterprise framework version: counts per level against the 2030 targets, counts per
 * province and level, the mean pillar scores per province (the heat map) and the province league (share at Optimizing
 * or above). Aggregates only: no enterprise is named.
 */
public record NationalFigures(String frameworkCode, int frameworkVersion, long total, List<LevelCount> levels,
                              List<ProvinceRow> provinces, List<String> pillars) {

    /** The 2030 targets of the programme (enterprises at each level). */
    public static final Map<String, Long> TARGETS_2030 = Map.of("STARTING", 650_000L, "ACCELERATING", 250_000L,
            "OPTIMIZING", 80_000L, "ELITE", 20_000L);

    public record LevelCount(String level, String nameVi, String nameEn, long count, Long target2030) {}

    /** One province: counts per level, mean pillar scores (null without assessments), share at Optimizing or above. */
    public record ProvinceRow(String code, String nameVi, String nameEn, long total, Map<String, Long> byLevel,
                              Map<String, Double> pillarMeans, Double shareOptimizingOrAbove) {}
}
