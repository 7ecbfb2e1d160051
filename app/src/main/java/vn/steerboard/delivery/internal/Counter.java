package vn.steerboard.delivery.internal;

/**
 * What the roll-up tables count per unit and month; the sub-indicators are ratios of these (see {@code Scoring}).
 * Dossiers are counted in the month they were received; withdrawn dossiers are not counted. ONLINE: received
 * online (the online-dossier share the indicator {@code DVC_HS_TRUC_TUYEN_TL} takes from the index).
 */
public enum Counter {
    RECEIVED, SYNCED, PROCESSED, ON_TIME, LATE, DAYS_TO_CLOSE, ELIGIBLE, FULLY_ONLINE, ONLINE_E_RESULT, FEE_DOSSIERS,
    PAID_ONLINE, E_RESULT_FILE, DIGITISED, REUSED, PERSONAL_STORE, POPULATION, DISLIKED, ONLINE,
    PET_RECEIVED, PET_FIRST, PET_ON_TIME, PET_GOOD
}
