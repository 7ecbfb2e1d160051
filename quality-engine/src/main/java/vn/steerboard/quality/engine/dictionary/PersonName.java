package vn.steerboard.quality.engine.dictionary;

import java.text.Normalizer;
import java.util.Optional;
import vn.steerboard.quality.engine.Criterion;

/** A Vietnamese personal name: Unicode NFC, letters and single spaces, no digits. */
public final class PersonName implements Element {

    /** The same classes the SQL uses: ASCII digits; letters are Unicode letters (\\p{L}, PostgreSQL [[:alpha:]]). */
    static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("[0-9]");
    public static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("\\p{L}+( \\p{L}+)*");

    @Override
    public java.util.List<String> kinds() {
        return java.util.List.of(Kinds.NOT_NFC, Kinds.DIGITS_IN_NAME, Kinds.BAD_FORMAT);
    }

    @Override
    public boolean personal() {
        return true;
    }

    @Override
    public String name() {
        return "person_name";
    }

    @Override
    public String description() {
        return "Họ và tên: chữ cái (dựng sẵn, NFC), khoảng trắng đơn, không chữ số";
    }

    @Override
    public String source() {
        return "TCVN 6909:2001 (bảng mã tiếng Việt Unicode dựng sẵn); Luật Hộ tịch 2014";
    }

    @Override
    public Criterion criterion() {
        return Criterion.CORRECT;
    }

    @Override
    public String shape() {
        return null;
    }

    @Override
    public boolean shapeIsEnough() {
        return false;
    }

    @Override
    public Optional<Finding> problem(String value, Object related) {
        if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            return Finding.of(Kinds.NOT_NFC, "name.nfc");
        }
        if (DIGIT.matcher(value).find()) {
            return Finding.of(Kinds.DIGITS_IN_NAME, "name.digits");
        }
        if (!LETTERS.matcher(value).matches()) {
            return Finding.of(Kinds.BAD_FORMAT, "name.letters");
        }
        return Optional.empty();
    }
}
