package vn.steerboard.quality;

import java.util.List;

/**
 * One check of a scan: what it tested ({@code type}, {@code columns}), on how many values, how many failed and why
 * ({@code findings}, by kind, largest first), and examples as the scan masked them, written out in the reader's
 * language. Never a raw value: examples leave the source already masked.
 */
public record CheckOutcome(String id, String type, List<String> columns, long checked, long failed, double passRate,
        List<FindingCount> findings, List<String> examples) {

    /** Pass rate in percent, one decimal. */
    public double passPercent() {
        return Math.round(passRate * 1000) / 10.0;
    }
}
