package vn.steerboard.quality.engine.dictionary;

import java.time.LocalDate;
import java.util.Optional;
import vn.steerboard.quality.engine.Criterion;

/**
 * A province code valid on the record's date: one of the 34 since 1 July 2025, one of the 63 before. A pre-2025
 * code on a record dated from 1 July 2025 (or undated) is the distinct finding "retired code", with its successor.
 */
public final class ProvinceCode implements Element {

    private final AdministrativeCodes codes;

    ProvinceCode(AdministrativeCodes codes) {
        this.codes = codes;
    }

    @Override
    public String name() {
        return "province_code";
    }

    @Override
    public String description() {
        return "Mã tỉnh, thành phố (2 chữ số) theo danh mục hiệu lực tại ngày của bản ghi";
    }

    @Override
    public String source() {
        return "Nghị quyết 202/2025/QH15; Quyết định 19/2025/QĐ-TTg (bảng danh mục đơn vị hành chính)";
    }

    @Override
    public Criterion criterion() {
        return Criterion.UNIFIED;
    }

    @Override
    public String shape() {
        return "^[0-9]{2}$";
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

    /** {@code related} is the record's date; the scan passes its as-of date for an undated record. */
    @Override
    public Optional<Finding> problem(String value, Object related) {
        if (!value.matches("[0-9]{2}")) {
            return Finding.of(Kinds.BAD_FORMAT, "province.shape");
        }
        LocalDate date = Element.asDate(related);
        boolean before = date != null && date.isBefore(AdministrativeCodes.TWO_TIER_START);
        if (codes.retiredProvinces.containsKey(value)) {
            return before ? Optional.empty() : Finding.of(Kinds.RETIRED, "province.retired", value,
                    String.join(", ", codes.retiredProvinces.get(value)));
        }
        return codes.provinces.contains(value) ? Optional.empty() : Finding.of(Kinds.UNKNOWN_CODE, "province.unknown", value);
    }
}
