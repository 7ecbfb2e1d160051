package vn.steerboard.programme;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One agency's line in a league table: its tasks' counts on the day, its rank among peers (0: not ranked,
 * because nothing was due yet: "chưa đủ dữ liệu"), and its rank on the comparison day when one was asked
 * (null otherwise, 0 when it was not ranked then).
 */
public record AgencyFigures(int rank, String unitCode, String unitName, StatusCounts counts, Integer previousRank) {

    public AgencyFigures(int rank, String unitCode, String unitName, StatusCounts counts) {
        this(rank, unitCode, unitName, counts, null);
    }

    /** False for a unit with nothing due: listed, never ranked. */
    @JsonProperty
    public boolean ranked() {
        return rank > 0;
    }

    /** Places gained (positive) or lost (negative) since the comparison day; null when either rank is missing. */
    @JsonProperty
    public Integer rankChange() {
        return previousRank == null || previousRank == 0 || rank == 0 ? null : previousRank - rank;
    }

    AgencyFigures withPreviousRank(int previous) {
        return new AgencyFigures(rank, unitCode, unitName, counts, previous);
    }
}
