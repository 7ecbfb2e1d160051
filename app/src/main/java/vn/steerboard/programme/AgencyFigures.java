package vn.steerboard.programme;

/** One agency's line in a ranking table: its tasks' counts on the day and its rank among peers. */
public record AgencyFigures(int rank, String unitCode, String unitName, StatusCounts counts) {
}
