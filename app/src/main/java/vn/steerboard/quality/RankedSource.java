package vn.steerboard.quality;

/** A database's place in a ranking, on its latest successful scan; ranked on {@code rankingScore} (Wilson). */
public record RankedSource(int rank, long sourceId, String name, String ownerUnit, String ownerName,
        double databaseScore, double rankingScore, String band, long rows) {
}
