package vn.steerboard.quality.engine.dictionary;

import java.util.Optional;
import vn.steerboard.quality.engine.Criterion;

/**
 * Enterprise tax code (mã số thuế): 10 digits whose last is a check digit, or 13 = the 10-digit code of the
 * parent plus a 3-digit branch number (written with or without a hyphen).
 * Check digit: N10 = 10 − (31·N1 + 29·N2 + 23·N3 + 19·N4 + 17·N5 + 13·N6 + 7·N7 + 5·N8 + 3·N9) mod 11;
 * a result of 10 is never issued.
 */
public final class TaxCode implements Element {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    @Override
    public String name() {
        return "mst";
    }

    @Override
    public String description() {
        return "Mã số thuế: 10 chữ số có chữ số kiểm tra, hoặc 13 chữ số của đơn vị phụ thuộc";
    }

    @Override
    public String source() {
        return "Thông tư 105/2020/TT-BTC, Điều 5 (cấu trúc mã số thuế)";
    }

    @Override
    public boolean personal() {
        return true;
    }

    @Override
    public Criterion criterion() {
        return Criterion.CORRECT;
    }

    @Override
    public String shape() {
        return "^[0-9]{10}(-?[0-9]{3})?$";
    }

    @Override
    public boolean shapeIsEnough() {
        return false;
    }

    @Override
    public java.util.List<String> kinds() {
        return java.util.List.of(Kinds.BAD_FORMAT, Kinds.BAD_CHECK_DIGIT);
    }

    public static final int[] CHECK_WEIGHTS = WEIGHTS;

    static int checkDigit(String firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += WEIGHTS[i] * (firstNine.charAt(i) - '0');
        }
        return 10 - sum % 11;
    }

    @Override
    public Optional<Finding> problem(String value, Object related) {
        String code = value.replace("-", "");
        if (!code.matches("[0-9]{10}([0-9]{3})?") || (value.contains("-") && !value.matches("[0-9]{10}-[0-9]{3}"))) {
            return Finding.of(Kinds.BAD_FORMAT, "mst.shape");
        }
        int expected = checkDigit(code.substring(0, 9));
        if (expected == 10) {
            return Finding.of(Kinds.BAD_CHECK_DIGIT, "mst.no_check_digit");
        }
        if (code.charAt(9) - '0' != expected) {
            return Finding.of(Kinds.BAD_CHECK_DIGIT, "mst.check_digit");
        }
        if (code.length() == 13 && code.endsWith("000")) {
            return Finding.of(Kinds.BAD_FORMAT, "mst.branch");
        }
        return Optional.empty();
    }
}
