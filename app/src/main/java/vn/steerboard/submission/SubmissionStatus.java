package vn.steerboard.submission;

/** Where a submission stands: awaiting approval at some level, approved at the national level, or sent back. */
public enum SubmissionStatus {
    SUBMITTED, APPROVED, RETURNED
}
