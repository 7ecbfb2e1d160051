package vn.steerboard.registry;

/** The legal kind of a unit, separate from its level. */
public enum OrgUnitKind {
    MINISTRY("bộ", "ministry", ""),
    MINISTERIAL_AGENCY("cơ quan ngang bộ", "ministerial-level agency", ""),
    CITY("thành phố", "city", "Thành phố"),
    PROVINCE("tỉnh", "province", "Tỉnh"),
    WARD("phường", "ward", "Phường"),
    COMMUNE("xã", "commune", "Xã"),
    SPECIAL_ZONE("đặc khu", "special zone", "Đặc khu");

    private final String nameVi;
    private final String nameEn;
    private final String namePrefix;

    OrgUnitKind(String nameVi, String nameEn, String namePrefix) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.namePrefix = namePrefix;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The word official names start with, e.g. "Phường" in "Phường Ba Đình". */
    public String namePrefix() {
        return namePrefix;
    }

    /** Maps the statistics office's division type ("thành phố trung ương", "xã", ...). */
    public static OrgUnitKind fromDivisionType(String divisionType) {
        return switch (divisionType.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "thành phố trung ương", "thành phố" -> CITY;
            case "tỉnh" -> PROVINCE;
            case "phường" -> WARD;
            case "xã" -> COMMUNE;
            case "đặc khu" -> SPECIAL_ZONE;
            default -> throw new IllegalArgumentException("Unknown division type '" + divisionType + "'");
        };
    }
}
