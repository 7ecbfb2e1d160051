package vn.steerboard.assessment;

import java.util.List;

/**
 * A versioned framework: pillars → sub-indices → criteria, with level thresholds. {@code illustrative} is true
 * when the text is not the official one (built-in demo frameworks).
 */
public record Framework(String code, int version, String titleVi, String titleEn, boolean illustrative, String source,
                        List<Pillar> pillars, List<Level> levels, Audience audience, List<Industry> industries) {

    /** Who answers: enterprises (counted nationally) or agencies (ministries, provinces). */
    public enum Audience { ENTERPRISE, AGENCY }

    /** An industry variant: the VSIC 2018 divisions (2-digit prefixes) it covers. */
    public record Industry(String code, String nameVi, String nameEn, List<String> vsic) {

        public boolean covers(String vsicCode) {
            return vsicCode != null && vsic.stream().anyMatch(vsicCode::startsWith);
        }
    }

    /** The industry variant a VSIC code falls in, if the framework has variants. */
    public java.util.Optional<Industry> industryOf(String vsicCode) {
        return industries.stream().filter(i -> i.covers(vsicCode)).findFirst();
    }

    /** Every criterion, in order. */
    public java.util.stream.Stream<Criterion> criteria() {
        return pillars.stream().flatMap(p -> p.subIndices().stream()).flatMap(s -> s.criteria().stream());
    }

    public java.util.Optional<Criterion> criterion(String code) {
        return criteria().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The sum of the pillar weights: a DTI framework's weights are its points (1,000 in total). */
    public double points() {
        return pillars.stream().mapToDouble(Pillar::weight).sum();
    }

    public record Pillar(String code, String titleVi, String titleEn, double weight, List<SubIndex> subIndices) {}

    public record SubIndex(String code, String titleVi, String titleEn, double weight, List<Criterion> criteria) {}

    /** {@code industries}/{@code unitTypes} empty = applies to all. */
    public record Criterion(String code, String questionVi, String questionEn, AnswerType type, double weight,
                            List<Choice> choices, List<Band> bands, List<String> industries, List<String> unitTypes) {

        public boolean appliesTo(String industry, String unitType) {
            return (industries.isEmpty() || (industry != null && industries.stream().anyMatch(industry::startsWith)))
                    && (unitTypes.isEmpty() || unitTypes.contains(unitType));
        }
    }

    /** A choice and its share of the criterion's points (0..1). */
    public record Choice(String code, String labelVi, String labelEn, double points) {}

    /** A number in [from, to) earns {@code points} (0..1) of the criterion. */
    public record Band(double from, double to, double points) {}

    /** A level reached at {@code minTotal} percent, if every named pillar reaches its minimum percent too. */
    public record Level(String code, String nameVi, String nameEn, double minTotal, java.util.Map<String, Double> minPillars) {}
}
