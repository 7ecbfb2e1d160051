package vn.steerboard.submission;

import vn.steerboard.common.FiguresChanged;

/** A submission was sent back for correction: its values left the roll-ups. */
public record SubmissionReturned(long submissionId, String unitCode) implements FiguresChanged {

    @Override
    public String area() {
        return "indicators";
    }
}
