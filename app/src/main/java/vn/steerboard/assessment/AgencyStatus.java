package vn.steerboard.assessment;

/** An agency's assessment: DRAFT while its officers answer it, SUBMITTED to MOST, APPRAISED when MOST has appraised it. */
public enum AgencyStatus {
    DRAFT, SUBMITTED, APPRAISED
}
