package vn.steerboard.assessment;

import java.util.Map;

/** A synthetic (demo or benchmark) enterprise with one completed assessment: labelled synthetic wherever it is stored. */
public record SyntheticAssessment(String taxCode, String name, String vsic, SizeClass sizeClass, String provinceCode,
                                  Map<String, String> answers) {
}
