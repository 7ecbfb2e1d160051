package vn.steerboard.indicator;

/** How long a reporting period is. Data sets report monthly, quarterly or yearly; CUSTOM ranges are for reading. */
public enum PeriodType {
    MONTHLY, QUARTERLY, YEARLY, CUSTOM
}
