package vn.steerboard.assessment;

/** The signed-in enterprise as it sees itself (e-mail masked). */
public record EnterpriseProfile(String taxCode, String name, String vsic, SizeClass sizeClass, String provinceCode,
                                String communeCode, String maskedEmail) {
}
