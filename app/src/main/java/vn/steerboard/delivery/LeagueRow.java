package vn.steerboard.delivery;

/** One place in a league: the rank (1 is best; units whose index is not computable are listed last, unranked). */
public record LeagueRow(Integer rank, UnitIndex index) {
}
