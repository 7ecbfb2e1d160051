package vn.steerboard.programme;

/** What the approving authority decided on a deliverable reported complete. */
public enum ReviewDecision {
    ACCEPTED, REJECTED
}
