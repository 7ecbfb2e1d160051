package vn.steerboard.quality;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A successful scan in the programme's words: the database score and band, the six criteria in their order
 * (đúng, đủ, sạch, sống, thống nhất, dùng chung) each with its checks, and the failures of the whole scan by kind.
 */
public record ScanBreakdown(long scanId, long sourceId, OffsetDateTime finishedAt, long rows, double databaseScore,
        String band, List<CriterionScore> criteria, List<FindingCount> failuresByKind) {
}
