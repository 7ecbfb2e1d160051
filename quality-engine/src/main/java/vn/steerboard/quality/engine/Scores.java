package vn.steerboard.quality.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores from check results. A criterion's score is the importance-weighted mean pass rate of its checks × 100,
 * capped where a critical check fell below its threshold; the database score is the weighted mean of the
 * criteria that have checks (weight 1 each unless the suite says otherwise); band A ≥ 85, B ≥ 65, otherwise C
 * unless the suite sets other thresholds.
 */
public record Scores(Map<Criterion, Double> criteria, double database, String band, List<String> capsApplied) {

    public static final double BAND_A = 85;
    public static final double BAND_B = 65;

    public static Scores of(List<CheckResult> results, List<Check> checks) {
        return of(results, checks, Suite.Scoring.DEFAULT);
    }

    public static Scores of(List<CheckResult> results, List<Check> checks, Suite.Scoring scoring) {
        Map<Criterion, double[]> sums = new EnumMap<>(Criterion.class);
        for (CheckResult result : results) {
            double[] sum = sums.computeIfAbsent(result.criterion(), c -> new double[2]);
            sum[0] += result.importance() * result.passRate();
            sum[1] += result.importance();
        }
        Map<Criterion, Double> criteria = new EnumMap<>(Criterion.class);
        sums.forEach((criterion, sum) -> criteria.put(criterion, round(100 * sum[0] / sum[1])));
        List<String> caps = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            Check check = checks.get(i);
            CheckResult result = results.get(i);
            if (check.capBelow() != null && result.passRate() < check.capBelow()
                    && criteria.get(result.criterion()) > check.capMax()) {
                criteria.put(result.criterion(), check.capMax());
                caps.add(result.criterion().name().toLowerCase() + " capped at " + check.capMax() + " by " + check.id()
                        + " (" + round(100 * result.passRate()) + "% < " + round(100 * check.capBelow()) + "%)");
            }
        }
        double weighted = 0;
        double weights = 0;
        for (Map.Entry<Criterion, Double> entry : criteria.entrySet()) {
            weighted += scoring.weight(entry.getKey()) * entry.getValue();
            weights += scoring.weight(entry.getKey());
        }
        double database = weights == 0 ? 0 : round(weighted / weights);
        String band = database >= scoring.bandA() ? "A" : database >= scoring.bandB() ? "B" : "C";
        return new Scores(criteria, database, band, caps);
    }

    /**
     * Wilson score lower bound of a pass rate at 95% confidence, to rank databases: a small database with a
     * perfect ratio on 20 rows does not outrank a large one at 99.5% on a million.
     */
    public static double wilsonLowerBound(long passed, long total) {
        if (total == 0) {
            return 0;
        }
        double z = 1.959963984540054;
        double p = (double) passed / total;
        double denominator = 1 + z * z / total;
        double centre = p + z * z / (2.0 * total);
        double margin = z * Math.sqrt(p * (1 - p) / total + z * z / (4.0 * total * total));
        return (centre - margin) / denominator;
    }

    /**
     * The score databases are ranked on: the database score with every check's pass rate replaced by its
     * Wilson lower bound, so a ratio measured on few rows counts for less than the same ratio on many.
     */
    public static double rankingScore(List<CheckResult> results) {
        Map<Criterion, double[]> sums = new EnumMap<>(Criterion.class);
        for (CheckResult result : results) {
            double[] sum = sums.computeIfAbsent(result.criterion(), c -> new double[2]);
            // Declarations (sharing, schema, row count) are facts, not samples: only row-based rates are shrunk.
            boolean sampled = "sql".equals(result.evaluatedBy()) || "java".equals(result.evaluatedBy());
            double bound = !sampled || result.type() == CheckType.ROW_COUNT || result.denominator() == 0 ? result.passRate()
                    : wilsonLowerBound(result.denominator() - result.failed(), result.denominator());
            sum[0] += result.importance() * bound;
            sum[1] += result.importance();
        }
        return round(sums.values().stream().mapToDouble(sum -> 100 * sum[0] / sum[1]).average().orElse(0));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
