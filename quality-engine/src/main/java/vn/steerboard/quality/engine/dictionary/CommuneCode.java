package vn.steerboard.quality.engine.dictionary;

import java.time.LocalDate;
import java.util.Optional;
import vn.steerboard.quality.engine.Criterion;

/**
 * A commune code valid on the record's date: one of the 3,321 since 1 July 2025, a pre-2025 code before. A
 * pre-2025 code on a record dated from 1 July 2025 (or undated) is a "retired code" with its successor(s).
 */
public final class CommuneCode implements Element {

    private final AdministrativeCodes codes;

    CommuneCode(AdministrativeCodes codes) {
        this.codes = codes;
    }

    @Override
    public String name() {
        return "commune_code";
    }

    @Override
    public String description() {
        return "Mã xã, phường, đặc khu (5 chữ số) theo danh mục hiệu lực tại ngày của bản ghi";
    }

    @Override
    public String source() {
        return "Quyết định 19/2025/QĐ-TTg; bảng chuyển đổi đơn vị hành chính cấp xã từ 01/7/2025";
    }

    @Override
    public Criterion criterion() {
        return Criterion.UNIFIED;
    }

    @Override
    public String shape() {
        return "^[0-9]{5}$";
    }

    @Override
    public boolean shapeIsEnough() {
        return false;
    }

    @Override
    public java.util.List<String> kinds() {
        return java.util.List.of(Kinds.BAD_FORMAT, Kinds.RETIRED, Kinds.UNKNOWN_CODE);
    }

    @Override
    public boolean dated() {
        return true;
    }

    @Override
    public Optional<Finding> problem(String value, Object related) {
        if (!value.matches("[0-9]{5}")) {
            return Finding.of(Kinds.BAD_FORMAT, "commune.shape");
        }
        LocalDate date = Element.asDate(related);
        boolean before = date != null && date.isBefore(AdministrativeCodes.TWO_TIER_START);
        if (before) {
            return codes.legacyCommunes.contains(value) || codes.communeProvince.containsKey(value) ? Optional.empty()
                    : Finding.of(Kinds.UNKNOWN_CODE, "commune.unknown", value);
        }
        if (codes.communeProvince.containsKey(value)) {
            return Optional.empty();
        }
        if (codes.retiredCommunes.containsKey(value)) {
            return Finding.of(Kinds.RETIRED, "commune.retired", value, String.join(", ", codes.retiredCommunes.get(value)));
        }
        return Finding.of(Kinds.UNKNOWN_CODE, "commune.unknown", value);
    }

    /** The 2025 province of a 2025 commune, for "the commune belongs to the row's province" checks. */
    Optional<String> provinceOf(String commune) {
        return Optional.ofNullable(codes.communeProvince.get(commune));
    }
}
