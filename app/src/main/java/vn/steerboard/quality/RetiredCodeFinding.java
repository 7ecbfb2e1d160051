package vn.steerboard.quality;

/** Rows of a database still carrying pre-2025 administrative codes, with masked examples and successors. */
public record RetiredCodeFinding(long sourceId, String sourceName, String ownerName, String checkId, long rows,
        long checked, String examples) {
}
