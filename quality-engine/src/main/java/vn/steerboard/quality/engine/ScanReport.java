package vn.steerboard.quality.engine;

import java.time.Instant;
import java.util.List;

/**
 * What a scan may send anywhere: counts, ratios, scores and masked examples. Never raw values, never
 * connection credentials.
 *
 * @param sqlStatements aggregate statements run on the source (normally one, plus bounded example queries)
 * @param javaPass      whether one extra streaming pass ran for checks SQL could not express
 * @param asOf          the reference date of freshness, not_in_future and codes in force on undated records
 *                      (ISO yyyy-mm-dd); two scans of the same data with the same as-of date give the same report
 *                      apart from the timing fields ({@code scannedAt}, {@code durationMillis}, {@code sqlMillis},
 *                      {@code javaMillis})
 * @param sqlMillis     time spent in the aggregate statement
 * @param javaMillis    time spent in the streaming pass (0 without one)
 */
public record ScanReport(String suite, String table, String source, String dialect, long rows, Instant scannedAt,
        long durationMillis, int sqlStatements, boolean javaPass, List<CheckResult> checks, Scores scores,
        boolean gatePassed, List<String> gateFailures, String asOf, long sqlMillis, long javaMillis) {
}
