package vn.steerboard.quality.engine.dictionary;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.steerboard.quality.engine.Criterion;

/**
 * The 12-digit personal identification number (số định danh cá nhân, printed on the CCCD): 3 digits of the
 * birth-registration province (pre-2025 province codes), 1 digit for gender and century (0/1 = male/female
 * born 1900–1999, 2/3 = 2000–2099, 4/5 = 2100–2199 …), 2 digits of the birth year, 6 random digits.
 * Findings, in this order: bad format, unknown province prefix, century mismatch and year mismatch (against the
 * related birth date), gender mismatch (against the gender column: M/NAM/MALE or F/NU/NỮ/FEMALE, any case).
 */
public final class CitizenId implements Element {

    public static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014", "015",
            "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
            "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062",
            "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086",
            "087", "089", "091", "092", "093", "094", "095", "096");
    public static final List<String> MALE = List.of("M", "NAM", "MALE");
    public static final List<String> FEMALE = List.of("F", "NU", "NỮ", "FEMALE");

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
    public List<String> kinds() {
        return List.of(Kinds.BAD_FORMAT, Kinds.UNKNOWN_PROVINCE_PREFIX, Kinds.CENTURY_MISMATCH, Kinds.YEAR_MISMATCH,
                Kinds.GENDER_MISMATCH);
    }

    @Override
    public Optional<Finding> problem(String value, Object related) {
        return problem(value, related, null);
    }

    @Override
    public Optional<Finding> problem(String value, Object related, Object gender) {
        if (!value.matches("[0-9]{12}")) {
            return Finding.of(Kinds.BAD_FORMAT, "cccd.shape");
        }
        if (!PROVINCES.contains(value.substring(0, 3))) {
            return Finding.of(Kinds.UNKNOWN_PROVINCE_PREFIX, "cccd.province");
        }
        int digit = value.charAt(3) - '0';
        LocalDate birth = Element.asDate(related);
        if (birth != null) {
            int year = birth.getYear();
            if (year < 1900 || 50 * (digit - digit % 2) != (year - 1900) - (year - 1900) % 100) {
                return Finding.of(Kinds.CENTURY_MISMATCH, "cccd.century");
            }
            if (Integer.parseInt(value.substring(4, 6)) != year % 100) {
                return Finding.of(Kinds.YEAR_MISMATCH, "cccd.year");
            }
        }
        if (gender != null) {
            String g = gender.toString().toUpperCase(Locale.ROOT);
            if (digit % 2 == 0 && FEMALE.contains(g) || digit % 2 == 1 && MALE.contains(g)) {
                return Finding.of(Kinds.GENDER_MISMATCH, "cccd.gender");
            }
        }
        return Optional.empty();
    }
}
