package vn.steerboard.common;

/**
 * Small-sample protection for rates that rank units: the lower bound of the 95% Wilson score interval. A unit
 * with 13 tasks all on time (bound 77,2%) then ranks below one with 55 of 59 (83,8%), instead of above it,
 * which a plain rate would do. The quality engine ranks databases on the same bound.
 */
public final class SmallSample {

    /** The 97.5% quantile of the standard normal distribution: a two-sided 95% interval. */
    private static final double Z = 1.959963984540054;

    private SmallSample() {
    }

    /** The bound as a share in [0, 1]; NaN when there are no trials (nothing to measure). */
    public static double wilsonLowerBound(long successes, long trials) {
        if (trials <= 0) {
            return Double.NaN;
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes " + successes + " outside 0.." + trials);
        }
        double p = (double) successes / trials;
        double z2 = Z * Z;
        double centre = p + z2 / (2.0 * trials);
        double margin = Z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials));
        return Math.max(0, (centre - margin) / (1 + z2 / trials));
    }

    /** The bound in percent with one decimal, as pages print it; null when there are no trials. */
    public static Double wilsonLowerBoundPercent(long successes, long trials) {
        return trials <= 0 ? null : Math.round(1000 * wilsonLowerBound(successes, trials)) / 10.0;
    }
}
