package vn.steerboard.quality.engine.dictionary;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import vn.steerboard.quality.engine.Criterion;

/**
 * The 12-digit personal identification number (số định danh cá nhân, printed on the CCCD): 3 digits of the
 * birth-registration province (pre-2025 province codes), 1 digit for gender and century (0/1 = male/female
 * born 1900–1999, 2/3 = 2000–2099, 4/5 = 2100–2199 …), 2 digits of the birth year, 6 random digits.
 */
final class CitizenId implements Element {

    static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014", "015",
            "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
            "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062",
            "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086",
            "087", "089", "091", "092", "093", "094", "095", "096");

    @Override
    public String name() {
        return "cccd";
    }

    @Override
    public String description() {
        return "Số định danh cá nhân / CCCD: 12 chữ số";
    }

    @Override
    public String source() {
        return "Thông tư 59/2021/TT-BCA, Điều 7 (cấu trúc số định danh cá nhân)";
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
        return "^[0-9]{12}$";
    }

    @Override
    public boolean shapeIsEnough() {
        return false;
    }

    @Override
    public Optional<Finding> problem(String value, Object related) {
        if (!value.matches("[0-9]{12}")) {
            return Finding.invalid("cccd.shape");
        }
        if (!PROVINCES.contains(value.substring(0, 3))) {
            return Finding.invalid("cccd.province");
        }
        int genderCentury = value.charAt(3) - '0';
        LocalDate birth = Element.asDate(related);
        if (birth != null) {
            int century = 1900 + (genderCentury / 2) * 100;
            int year = century + Integer.parseInt(value.substring(4, 6));
            if (year != birth.getYear()) {
                return Finding.invalid("cccd.birth_year");
            }
        }
        return Optional.empty();
    }
}
