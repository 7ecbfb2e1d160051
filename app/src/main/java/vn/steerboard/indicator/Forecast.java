package vn.steerboard.indicator;

import java.util.List;

/**
 * Where an indicator will be at its target's deadline: ordinary least squares on the observed (time, value)
 * points with a 95% prediction interval (Student's t), chosen because programme series are short (a few
 * quarters) and irregularly spaced, where smoothing methods have too little to learn from.
 */
public final class Forecast {

    /** Student t 0.975 quantiles for 1..30 degrees of freedom; 1.96 beyond. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    public record Point(double time, double value) {
    }

    /** The forecast value at a time and its 95% prediction interval; {@code points} observations used. */
    public record Result(double value, double low, double high, double slope, int points) {
    }

    private Forecast() {
    }

    /** Null with fewer than 3 points: a line through two points has no interval to speak of. */
    public static Result at(List<Point> points, double time) {
        int n = points.size();
        if (n < 3) {
            return null;
        }
        double meanX = points.stream().mapToDouble(Point::time).average().orElseThrow();
        double meanY = points.stream().mapToDouble(Point::value).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        for (Point p : points) {
            sxx += (p.time() - meanX) * (p.time() - meanX);
            sxy += (p.time() - meanX) * (p.value() - meanY);
        }
        if (sxx == 0) {
            return null;
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double sse = 0;
        for (Point p : points) {
            double residual = p.value() - (intercept + slope * p.time());
            sse += residual * residual;
        }
        double s = Math.sqrt(sse / (n - 2));
        double t = n - 2 <= T975.length ? T975[n - 3] : 1.96;
        double prediction = intercept + slope * time;
        double margin = t * s * Math.sqrt(1 + 1.0 / n + (time - meanX) * (time - meanX) / sxx);
        return new Result(prediction, prediction - margin, prediction + margin, slope, n);
    }
}
