package vn.steerboard.quality.engine;

import java.util.List;

/**
 * A suite of checks for one table: its primary key (for remediation lists), which columns hold personal
 * data, the sharing declaration that feeds the "shared" criterion, and the score gate of the command line.
 */
public record Suite(String name, String table, List<String> primaryKey, List<String> personalColumns,
        Sharing sharing, Double minScore, List<Check> checks) {

    /** What the owner declares about sharing: each true item passes one third of the "shared" criterion. */
    public record Sharing(boolean declaredForSharing, boolean columnsDocumented, boolean exchangeEndpointConnected) {
    }
}
