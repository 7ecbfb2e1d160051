package vn.steerboard.registry;

/**
 * How the registry cites the text behind a conversion row: the resolution of the Standing
 * Committee of the National Assembly and the clause of its Article 1 ("1.110" = Điều 1,
 * khoản 110), written "1656/NQ-UBTVQH15 §1.110".
 */
public final class ConversionBasis {

    private ConversionBasis() {
    }

    /** "1656/NQ-UBTVQH15 §1.110", or null when the row has no recorded basis. */
    public static String of(String resolution, String clause) {
        if (resolution == null) {
            return null;
        }
        return clause == null ? resolution : resolution + " §" + clause;
    }

    /** "khoản 110 Điều 1 Nghị quyết số 1656/NQ-UBTVQH15", as the text itself would be cited. */
    public static String citationVi(String resolution, String clause) {
        if (resolution == null) {
            return null;
        }
        if (clause == null || !clause.contains(".")) {
            return "Nghị quyết số " + resolution;
        }
        String[] parts = clause.split("\\.", 2);
        return "khoản " + parts[1] + " Điều " + parts[0] + " Nghị quyết số " + resolution;
    }
}
