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

    /** Why the value is not of this type, or null when it is. */
    public String problem(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "not a finite number";
        }
        if (Math.abs(value) > MAX_MAGNITUDE) {
            return "outside what the roll-ups can add up: at most 1e15 in magnitude";
        }
        return switch (this) {
            case COUNT -> value < 0 || value != Math.rint(value) ? "a count must be a whole number, 0 or more" : null;
            case NUMBER -> null;
            case PERCENT -> value < 0 || value > 100 ? "a percentage must be between 0 and 100" : null;
            case BOOLEAN -> value != 0 && value != 1 ? "yes/no must be 1 (yes) or 0 (no)" : null;
        };
    }
}
