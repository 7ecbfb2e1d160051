package vn.steerboard.quality.engine;

import java.util.List;

/**
 * A suite of checks for one table: its primary key (for remediation lists), which columns hold personal
 * data, the sharing declaration that feeds the "shared" criterion, and the score gate of the command line.
 */
public record Suite(String name, String table, List<String> primaryKey, List<String> personalColumns,
        Sharing sharing, Double minScore, List<Check> checks, Scoring scoring,
        List<vn.steerboard.quality.engine.dictionary.PatternElement> elements) {

    /**
     * Scoring configuration: the weight of each criterion in the database score (default 1 each) and the
     * band thresholds (default A ≥ 85, B ≥ 65).
     */
    public record Scoring(java.util.Map<Criterion, Double> criterionWeights, double bandA, double bandB) {

        public static final Scoring DEFAULT = new Scoring(java.util.Map.of(), Scores.BAND_A, Scores.BAND_B);

        public double weight(Criterion criterion) {
            return criterionWeights.getOrDefault(criterion, 1.0);
        }
    }

    /** What the owner declares about sharing: each true item passes one third of the "shared" criterion. */
    public record Sharing(boolean declaredForSharing, boolean columnsDocumented, boolean exchangeEndpointConnected) {
    }
}
