package vn.steerboard.analytics;

/** How deep open data goes: the nation only, down to provinces and central agencies, or down to communes. */
public enum PublicationLevel {
    NATIONAL, PROVINCE, COMMUNE
}
