package vn.steerboard.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.steerboard.assessment.EnterpriseSignUp;
import vn.steerboard.common.EdgeText;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.RowProblem;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/** Checks a sign-up field by field; every problem names its field and value, nothing is stored when one is wrong. */
public final class SignUpRules {

    private static final String KEY = "assessment.signUp.problem.";
    private static final java.util.regex.Pattern VSIC = java.util.regex.Pattern.compile("[0-9]{2,5}");
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[a-z0-9._%+-]{1,64}@[a-z0-9-]+(\\.[a-z0-9-]+)+");

    private SignUpRules() {}

    /** The registry facts a sign-up needs: a unit's type, and whether a commune lies in a province. */
    public interface Units {
        java.util.Optional<OrgUnitType> type(String code);

        boolean isWithin(String commune, String province);

        static Units of(Registry registry) {
            return new Units() {
                public java.util.Optional<OrgUnitType> type(String code) {
                    return registry.find(code).map(OrgUnit::type);
                }

                public boolean isWithin(String commune, String province) {
                    return registry.isWithin(commune, province);
                }
            };
        }

        /**
         * The same facts remembered for one batch: an import of 5,000 rows names a few dozen units, and asking the
         * database for each row's province and commune was most of its cost.
         */
        static Units remembered(Registry registry) {
            Units direct = of(registry);
            java.util.Map<String, java.util.Optional<OrgUnitType>> types = new java.util.HashMap<>();
            java.util.Map<String, Boolean> within = new java.util.HashMap<>();
            return new Units() {
                public java.util.Optional<OrgUnitType> type(String code) {
                    return types.computeIfAbsent(code, direct::type);
                }

                public boolean isWithin(String commune, String province) {
                    return within.computeIfAbsent(commune + "\u0000" + province, k -> direct.isWithin(commune, province));
                }
            };
        }
    }

    public static EnterpriseSignUp check(EnterpriseSignUp s, Registry registry) {
        return check(s, Units.of(registry));
    }

    public static EnterpriseSignUp check(EnterpriseSignUp s, Units registry) {
        if (s == null) {
            throw problems(List.of(new RowProblem(1, "taxCode", null, "required").because(KEY + "required")));
        }
        List<RowProblem> problems = new ArrayList<>();
        String taxCode = s.taxCode() == null ? "" : s.taxCode().strip();
        // the quality engine's mst rule, shared through common (the engine belongs to the quality module)
        vn.steerboard.common.TaxCodes.Problem taxProblem = vn.steerboard.common.TaxCodes.problem(taxCode);
        if (taxProblem != null) {
            boolean digit = taxProblem == vn.steerboard.common.TaxCodes.Problem.CHECK_DIGIT;
            problems.add(new RowProblem(1, "taxCode", visible(taxCode), digit
                    ? "the check digit (10th digit) does not match the first nine digits"
                    : "not a tax code: 10 digits with a check digit, or 13 for a branch (" + taxProblem + ")")
                    .because(KEY + (digit ? "checkDigit" : "taxCode")));
        }
        String name = text(s.name(), "name", 300, problems);
        String vsic = s.vsic() == null ? "" : s.vsic().strip();
        if (!VSIC.matcher(vsic).matches()) {
            problems.add(new RowProblem(1, "vsic", visible(vsic), "a VSIC 2018 code: 2 to 5 digits")
                    .because(KEY + "vsic"));
        }
        if (s.sizeClass() == null) {
            problems.add(new RowProblem(1, "sizeClass", null, "one of MICRO, SMALL, MEDIUM, LARGE")
                    .because(KEY + "size"));
        }
        String province = s.provinceCode() == null ? "" : s.provinceCode().strip();
        if (registry.type(province).filter(t -> t == OrgUnitType.PROVINCE).isEmpty()) {
            problems.add(new RowProblem(1, "provinceCode", visible(province), "not a province of the registry")
                    .because(KEY + "province"));
        }
        String commune = s.communeCode() == null || s.communeCode().isBlank() ? null : s.communeCode().strip();
        if (commune != null && (registry.type(commune).filter(t -> t == OrgUnitType.COMMUNE).isEmpty()
                || !registry.isWithin(commune, province))) {
            problems.add(new RowProblem(1, "communeCode", visible(commune), "not a commune of province " + visible(province))
                    .because(KEY + "commune", visible(province)));
        }
        String email = s.email() == null ? "" : s.email().strip().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problems.add(new RowProblem(1, "email", visible(email.length() > 100 ? email.substring(0, 100) : email),
                    "an e-mail address").because(KEY + "email"));
        }
        if (!problems.isEmpty()) {
            throw problems(problems);
        }
        return new EnterpriseSignUp(taxCode.replace("-", ""), name, vsic, s.sizeClass(), province, commune, email);
    }

    private static String text(String value, String field, int max, List<RowProblem> problems) {
        String text = value == null ? "" : value.strip();
        String problem = EdgeText.problem(text);
        if (text.isEmpty() || problem != null || text.length() > max) {
            problems.add(new RowProblem(1, field, visible(text.length() > 100 ? text.substring(0, 100) : text),
                    problem != null ? problem : text.isEmpty() ? "required" : "at most " + max + " characters")
                    .because(problem != null ? KEY + "unstorable" : text.isEmpty() ? KEY + "required" : KEY + "tooLong", max));
            return text;
        }
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }

    private static String visible(String text) {
        return EdgeText.visible(text);
    }

    private static RejectedFileException problems(List<RowProblem> problems) {
        return new RejectedFileException("rejected-sign-up", "Sign-up refused, nothing stored", problems.size()
                + " problem(s) in the sign-up; nothing was stored", problems);
    }
}
