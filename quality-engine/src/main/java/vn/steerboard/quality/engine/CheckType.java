package vn.steerboard.quality.engine;

/** The check vocabulary of a suite, each with the criterion it counts towards unless the suite says otherwise. */
public enum CheckType {
    ROW_COUNT(Criterion.SUFFICIENT),
    COMPLETENESS(Criterion.SUFFICIENT),
    SCHEMA(Criterion.SUFFICIENT),
    PATTERN(Criterion.CORRECT),
    ALLOWED_VALUES(Criterion.UNIFIED),
    RANGE(Criterion.CORRECT),
    DICTIONARY(Criterion.CORRECT),
    UNIQUENESS(Criterion.CLEAN),
    NFC(Criterion.CLEAN),
    FRESHNESS(Criterion.LIVE),
    /** The value exists in a reference table of the same database (a code list, a parent table). */
    REFERENCE(Criterion.UNIFIED),
    /** A row-level rule over several columns, e.g. {@code issue_date >= birth_date}. */
    EXPRESSION(Criterion.CORRECT),
    /** The row matches the reference source (e.g. the national population database) on all key columns. */
    RECONCILIATION(Criterion.CORRECT);

    private final Criterion defaultCriterion;

    CheckType(Criterion defaultCriterion) {
        this.defaultCriterion = defaultCriterion;
    }

    public Criterion defaultCriterion() {
        return defaultCriterion;
    }

    public String yamlName() {
        return name().toLowerCase();
    }
}
