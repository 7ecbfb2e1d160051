package vn.steerboard.assessment;

import java.util.Map;

/**
 * One completed assessment in an import: the enterprise as a sign-up gives it (tax code, name, VSIC, size class,
 * province, commune, contact e-mail) and its answer to every criterion that applies to its industry.
 */
public record CompletedAssessment(String taxCode, String name, String vsic, SizeClass sizeClass, String provinceCode,
                                  String communeCode, String email, Map<String, String> answers) {
}
