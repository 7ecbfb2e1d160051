package vn.steerboard.assessment;

/** What an enterprise gives to sign up: tax code (MST), VSIC 2018 industry code, size class, province and commune. */
public record EnterpriseSignUp(String taxCode, String name, String vsic, SizeClass sizeClass, String provinceCode,
                               String communeCode, String email) {
}
