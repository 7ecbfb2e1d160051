package vn.steerboard.indicator;

/** What a data element reports; decides which values are valid before any rule runs. */
public enum ValueType {
    /** A whole number of things, zero or more. */
    COUNT,
    /** Any number. */
    NUMBER,
    /** 0 to 100. */
    PERCENT,
    /** 1 for yes, 0 for no. */
    BOOLEAN;

    /**
     * The largest magnitude a value may have, so that roll-ups (sums and weighted sums of every value in the nation,
     * squares in the forecast) stay finite: 10^15.
     */
    public static final double MAX_MAGNITUDE = 1e15;

    /** Why the value is not of this type, or null when it is (English, for API clients). */
    public String problem(double value) {
        String key = problemKey(value);
        return key == null ? null : switch (key) {
            case "reason.value.notFinite" -> "not a finite number";
            case "reason.value.tooLarge" -> "outside what the roll-ups can add up: at most 1e15 in magnitude";
            case "reason.value.count" -> "a count must be a whole number, 0 or more";
            case "reason.value.percent" -> "a percentage must be between 0 and 100";
            default -> "yes/no must be 1 (yes) or 0 (no)";
        };
    }

    /** The same reason as a bundle key ({@code reason.value.*}), or null when the value is of this type. */
    public String problemKey(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "reason.value.notFinite";
        }
        if (Math.abs(value) > MAX_MAGNITUDE) {
            return "reason.value.tooLarge";
        }
        return switch (this) {
            case COUNT -> value < 0 || value != Math.rint(value) ? "reason.value.count" : null;
            case NUMBER -> null;
            case PERCENT -> value < 0 || value > 100 ? "reason.value.percent" : null;
            case BOOLEAN -> value != 0 && value != 1 ? "reason.value.boolean" : null;
        };
    }
}
