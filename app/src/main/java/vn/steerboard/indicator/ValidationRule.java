package vn.steerboard.indicator;

import java.util.Map;

/**
 * A rule a submission must satisfy, e.g. {@code ONLINE_DOSSIERS <= ALL_DOSSIERS} or
 * {@code DIPLOMAS_DIGITISED >= DIPLOMAS_DIGITISED.prev} (".prev" reads the unit's value for the previous period).
 * A failed HIGH rule blocks the submission; MEDIUM and LOW ones are recorded as warnings. A side that cannot be
 * computed (a value missing) does not fail the rule: completeness is not this rule's business.
 */
public record ValidationRule(String code, String dataSetCode, String nameVi, String nameEn, Formula left,
        String operator, Formula right, Importance importance) {

    public static final String PREVIOUS_SUFFIX = ".prev";

    public enum Importance {
        HIGH, MEDIUM, LOW
    }

    /** True, false, or null when a side has no value. */
    public Boolean holds(Map<String, Double> values) {
        Double l = left.evaluate(values);
        Double r = right.evaluate(values);
        if (l == null || r == null) {
            return null;
        }
        double tolerance = 1e-9 * Math.max(1, Math.max(Math.abs(l), Math.abs(r)));
        return switch (operator) {
            case "<" -> l < r - tolerance;
            case "<=" -> l <= r + tolerance;
            case ">" -> l > r + tolerance;
            case ">=" -> l >= r - tolerance;
            case "==" -> Math.abs(l - r) <= tolerance;
            case "!=" -> Math.abs(l - r) > tolerance;
            default -> throw new IllegalStateException("unknown operator " + operator);
        };
    }

    public String describe() {
        return left.text() + " " + operator + " " + right.text();
    }

    public String name(boolean english) {
        return english ? nameEn : nameVi;
    }
}
