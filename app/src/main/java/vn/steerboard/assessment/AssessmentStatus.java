package vn.steerboard.assessment;

/** OPEN while answered; COMPLETED when scored (and counted); SUPERSEDED when a later reassessment completed. */
public enum AssessmentStatus {
    OPEN, COMPLETED, SUPERSEDED
}
