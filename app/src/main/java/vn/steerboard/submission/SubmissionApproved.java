package vn.steerboard.submission;

import vn.steerboard.common.FiguresChanged;

/** A submission was approved at a level; at the national level its values became official. */
public record SubmissionApproved(long submissionId, String unitCode, String level) implements FiguresChanged {

    @Override
    public String area() {
        return "indicators";
    }
}
