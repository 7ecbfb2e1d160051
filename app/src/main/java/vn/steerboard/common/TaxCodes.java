package vn.steerboard.common;

/**
 * The enterprise tax code (MST) rule of Circular 105/2020/TT-BTC, Art. 5, for modules that may not reach into the
 * quality engine (it belongs to the {@code quality} module): 10 digits whose last is the check digit
 * N10 = 10 − (31·N1 + 29·N2 + 23·N3 + 19·N4 + 17·N5 + 13·N6 + 7·N7 + 5·N8 + 3·N9) mod 11 (10 is never issued), or 13
 * digits = the parent's 10 and a branch number other than 000, with or without a hyphen. {@code TaxCodesTest} proves
 * it agrees with the quality engine's {@code mst} element on every code it tries, so the two cannot drift apart.
 */
public final class TaxCodes {

    /** Why a tax code is wrong. */
    public enum Problem { SHAPE, NO_CHECK_DIGIT, CHECK_DIGIT, BRANCH }

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private TaxCodes() {}

    /** The problem with the code, or null when it is a valid tax code. */
    public static Problem problem(String value) {
        if (value == null) {
            return Problem.SHAPE;
        }
        String code = value.replace("-", "");
        if (!code.matches("[0-9]{10}([0-9]{3})?") || (value.contains("-") && !value.matches("[0-9]{10}-[0-9]{3}"))) {
            return Problem.SHAPE;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += WEIGHTS[i] * (code.charAt(i) - '0');
        }
        int expected = 10 - sum % 11;
        if (expected == 10) {
            return Problem.NO_CHECK_DIGIT;
        }
        if (code.charAt(9) - '0' != expected) {
            return Problem.CHECK_DIGIT;
        }
        if (code.length() == 13 && code.endsWith("000")) {
            return Problem.BRANCH;
        }
        return null;
    }
}
