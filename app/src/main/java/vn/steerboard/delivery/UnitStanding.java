package vn.steerboard.delivery;

/**
 * A unit's place in its league for a period, as a committee page shows it: its total ({@code score} out of 100,
 * null when not computable), its rank among {@code ranked} units with a computable index (null when unranked), the
 * league's size, and which league it is (a commune's is the communes of {@code province}). The nation has no
 * league: {@code league} null, its own total only.
 */
public record UnitStanding(String unitCode, String unitName, LeagueKind league, String province, Double score,
        Integer rank, int ranked, int members, IndexPeriod period) {
}
