package vn.steerboard.delivery;

/** Which units a league ranks: the provinces, the ministries (ranked apart), or the communes of one province. */
public enum LeagueKind {
    PROVINCES, MINISTRIES, COMMUNES
}
