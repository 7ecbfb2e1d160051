package vn.steerboard.quality.engine.dictionary;

import java.text.Normalizer;
import java.util.Optional;
import vn.steerboard.quality.engine.Criterion;

/** A Vietnamese personal name: Unicode NFC, letters and single spaces, no digits. */
final class PersonName implements Element {

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
            return Finding.invalid("name.nfc");
        }
        if (value.codePoints().anyMatch(Character::isDigit)) {
            return Finding.invalid("name.digits");
        }
        if (!value.matches("\\p{L}+( \\p{L}+)*")) {
            return Finding.invalid("name.letters");
        }
        return Optional.empty();
    }
}
