package vn.steerboard.indicator;

import java.util.Comparator;
import java.util.List;

/**
 * Where an indicator will be at its target's deadline, with a 95% prediction interval: a random walk with drift
 * from the latest value. Programme series are mostly cumulative (a share of procedures online, of communes
 * covered): each value is the last one plus a step, so successive values are strongly autocorrelated and a straight
 * line fitted by least squares through all of them understates the uncertainty (its interval stays narrow however
 * far ahead) and can start below the value reached today. Here the forecast starts from the latest value, moves by
 * the average step per day observed, and its interval widens with the square root of the horizon, plus the
 * uncertainty of the average step itself (Student's t with n − 2 degrees of freedom). Points may be irregularly
 * spaced. A series that has never gone down (or never up) is not forecast to turn back: the interval stops at the
 * latest value on that side.
 */
public final class Forecast {

    /** Student t 0.975 quantiles for 1..30 degrees of freedom; 1.96 beyond. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    public record Point(double time, double value) {
    }

    /**
     * The forecast value at a time and its 95% prediction interval; {@code slope} the average step per unit of
     * time; {@code points} observations used.
     */
    public record Result(double value, double low, double high, double slope, int points) {
    }

    private Forecast() {
    }

    /** Null with fewer than 3 points, or all at one time: two points give one step and no spread of steps. */
    public static Result at(List<Point> observed, double time) {
        int n = observed.size();
        if (n < 3) {
            return null;
        }
        List<Point> points = observed.stream().sorted(Comparator.comparingDouble(Point::time)).toList();
        Point first = points.get(0);
        Point last = points.get(n - 1);
        double span = last.time() - first.time();
        if (span <= 0) {
            return null;
        }
        double drift = (last.value() - first.value()) / span;
        double squares = 0;
        boolean neverDown = true;
        boolean neverUp = true;
        for (int i = 1; i < n; i++) {
            double dt = points.get(i).time() - points.get(i - 1).time();
            double step = points.get(i).value() - points.get(i - 1).value();
            neverDown &= step >= 0;
            neverUp &= step <= 0;
            if (dt > 0) {
                double surprise = step - drift * dt;
                squares += surprise * surprise / dt; // a longer step is allowed a proportionally larger variance
            }
        }
        double variancePerTime = squares / (n - 2);
        double horizon = Math.max(0, time - last.time());
        double variance = variancePerTime * horizon + variancePerTime / span * horizon * horizon;
        double t = n - 2 <= T975.length ? T975[n - 3] : 1.96;
        double value = last.value() + drift * horizon;
        double margin = t * Math.sqrt(variance);
        double low = value - margin;
        double high = value + margin;
        if (neverDown) {
            low = Math.max(low, last.value());
        }
        if (neverUp) {
            high = Math.min(high, last.value());
        }
        return new Result(value, low, high, drift, n);
    }
}
