package vn.steerboard.analytics;

/** Which values a roll-up counts: every submitted or approved value, or the officially approved ones only. */
public enum RollupScope {
    ALL('A'), OFFICIAL('O');

    private final char code;

    RollupScope(char code) {
        this.code = code;
    }

    /** The one-letter code stored in {@code element_rollup.scope}. */
    public char code() {
        return code;
    }
}
