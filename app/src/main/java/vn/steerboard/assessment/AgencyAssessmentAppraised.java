package vn.steerboard.assessment;

import vn.steerboard.common.FiguresChanged;

/**
 * Published inside the transaction in which MOST appraised an agency's assessment (or adjusted an appraised one): the
 * agency's appraised score for the year, in the framework's points, beside its self-assessed score.
 */
public record AgencyAssessmentAppraised(String frameworkCode, int frameworkVersion, String unitCode, int year,
                                        double selfPoints, double appraisedPoints, String appraisedLevel)
        implements FiguresChanged {

    @Override
    public String area() {
        return "assessments";
    }
}
