package vn.steerboard.quality.engine;

import java.time.Instant;
import java.util.List;

/**
 * What a scan may send anywhere: counts, ratios, scores and masked examples. Never raw values, never
 * connection credentials.
 *
 * @param sqlStatements aggregate statements run on the source (normally one, plus bounded example queries)
 * @param javaPass      whether one extra streaming pass ran for checks SQL could not express
 */
public record ScanReport(String suite, String table, String source, String dialect, long rows, Instant scannedAt,
        long durationMillis, int sqlStatements, boolean javaPass, List<CheckResult> checks, Scores scores,
        boolean gatePassed, List<String> gateFailures) {
}
