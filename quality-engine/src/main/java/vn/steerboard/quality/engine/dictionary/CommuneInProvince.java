package vn.steerboard.quality.engine.dictionary;

import java.util.Optional;
import vn.steerboard.quality.engine.Criterion;

/** A 2025 commune code that belongs to the row's province (the related column), as in the 2025 registry. */
public final class CommuneInProvince implements Element {

    private final AdministrativeCodes codes;

    CommuneInProvince(AdministrativeCodes codes) {
        this.codes = codes;
    }

    @Override
    public String name() {
        return "commune_in_province";
    }

    @Override
    public String description() {
        return "Mã xã thuộc đúng tỉnh, thành phố của bản ghi (cột liên quan)";
    }

    @Override
    public String source() {
        return "Quyết định 19/2025/QĐ-TTg (danh mục đơn vị hành chính từ 01/7/2025)";
    }

    @Override
    public Criterion criterion() {
        return Criterion.UNIFIED;
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
    public java.util.List<String> kinds() {
        return java.util.List.of(Kinds.UNKNOWN_CODE, Kinds.COMMUNE_NOT_IN_PROVINCE);
    }

    @Override
    public Optional<Finding> problem(String value, Object related) {
        String province = codes.communeProvince.get(value);
        if (province == null) {
            return Finding.of(Kinds.UNKNOWN_CODE, "commune.unknown", value);
        }
        String rowProvince = related == null ? null : related.toString().strip();
        if (rowProvince != null && !rowProvince.isEmpty() && !province.equals(rowProvince)) {
            return Finding.of(Kinds.COMMUNE_NOT_IN_PROVINCE, "commune.other_province", value, province);
        }
        return Optional.empty();
    }
}
