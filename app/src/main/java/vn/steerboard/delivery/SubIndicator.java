package vn.steerboard.delivery;

/**
 * The sub-indicators of Decision 766/QĐ-TTg as the portal scores them (reference: decision-766.md in the shared
 * reference; the rows' wording there is a public reconstruction, the maximum points add up to 100). A ratio with a
 * threshold scores {@code max} at or above it and {@code max × R / threshold} below; without one, {@code max × R}.
 * Rows with maximum 0 are reported, not scored. {@link Source#NONE}: Steerboard holds no data for the row yet, so
 * it is not computable and its maximum is left out of the unit's possible total.
 */
public enum SubIndicator {
    T1_1("1.1", DisplayGroup.TRANSPARENCY, 6, null, Source.NONE),
    T1_2("1.2", DisplayGroup.TRANSPARENCY, 4, null, Source.NONE),
    T1_3("1.3", DisplayGroup.TRANSPARENCY, 2, null, Source.NONE),
    T1_4("1.4", DisplayGroup.TRANSPARENCY, 6, null, Source.DOSSIERS),
    P2_1("2.1", DisplayGroup.PROGRESS, 20, null, Source.DOSSIERS),
    P2_2("2.2", DisplayGroup.PROGRESS, 0, null, Source.DOSSIERS),
    O3_0("3.0", DisplayGroup.ONLINE, 12, null, Source.DOSSIERS),
    O3_1("3.1", DisplayGroup.ONLINE, 0, 0.80, Source.NONE),
    O3_3("3.3", DisplayGroup.ONLINE, 0, 0.50, Source.DOSSIERS),
    M3_5("3.5", DisplayGroup.PAYMENT, 2, 0.80, Source.NONE),
    M3_5B("3.5b", DisplayGroup.PAYMENT, 2, null, Source.NONE),
    M3_6("3.6", DisplayGroup.PAYMENT, 6, null, Source.DOSSIERS),
    D4_1("4.1", DisplayGroup.DIGITISATION, 6, null, Source.DOSSIERS),
    D4_2("4.2", DisplayGroup.DIGITISATION, 4, 0.80, Source.DOSSIERS),
    D4_X("4.x", DisplayGroup.DIGITISATION, 2, null, Source.NONE),
    D4_3("4.3", DisplayGroup.DIGITISATION, 2, 0.80, Source.DOSSIERS),
    D4_4("4.4", DisplayGroup.DIGITISATION, 4, null, Source.DOSSIERS),
    D4_5B("4.5b", DisplayGroup.DIGITISATION, 2, null, Source.DOSSIERS),
    D4_5A("4.5a", DisplayGroup.DIGITISATION, 2, null, Source.NONE),
    S5_2("5.2", DisplayGroup.SATISFACTION, 6, null, Source.PETITIONS),
    S5_3("5.3", DisplayGroup.SATISFACTION, 6, null, Source.PETITIONS),
    S5_4("5.4", DisplayGroup.SATISFACTION, 6, 0.90, Source.DOSSIERS);

    /** Where a row's figures come from. */
    public enum Source {
        DOSSIERS, PETITIONS, NONE
    }

    public final String code;
    public final DisplayGroup group;
    public final double max;
    /** The threshold ratio, or null for none. */
    public final Double threshold;
    public final Source source;

    SubIndicator(String code, DisplayGroup group, double max, Double threshold, Source source) {
        this.code = code;
        this.group = group;
        this.max = max;
        this.threshold = threshold;
        this.source = source;
    }

    public static SubIndicator byCode(String code) {
        for (SubIndicator s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        return null;
    }

    /** Whether the row is scored (its maximum counts towards the total). */
    public boolean scored() {
        return max > 0;
    }

    /**
     * The points of ratio {@code r} (clamped to 0..1) by the threshold rule; the caller never asks for a ratio whose
     * denominator is zero, which is not computable.
     */
    public double points(double r) {
        double ratio = Math.max(0, Math.min(1, r));
        if (threshold == null) {
            return max * ratio;
        }
        return ratio >= threshold ? max : max * ratio / threshold;
    }
}
