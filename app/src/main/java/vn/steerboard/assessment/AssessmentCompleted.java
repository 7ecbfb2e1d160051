package vn.steerboard.assessment;

import vn.steerboard.common.FiguresChanged;

/**
 * Published inside the transaction that completed (or, after review, re-levelled) an enterprise assessment: the
 * national counts of its framework version changed in its province. It names no enterprise.
 */
public record AssessmentCompleted(String frameworkCode, int frameworkVersion, String provinceCode, String industry,
                                  String sizeClass, String level, boolean verified) implements FiguresChanged {

    @Override
    public String area() {
        return "assessments";
    }

    @Override
    public String unitCode() {
        return provinceCode;
    }
}
