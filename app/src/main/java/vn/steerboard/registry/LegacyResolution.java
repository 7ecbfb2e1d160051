package vn.steerboard.registry;

import java.util.List;

/**
 * Where a pre-2025 commune went. {@code outcome} is SPLIT when it has several successors,
 * otherwise the change kind of its single successor (MERGED_WHOLE, UNCHANGED, ...), and
 * NO_SUCCESSOR_RECORDED when the official table names none.
 */
public record LegacyResolution(
        String legacyCode,
        String legacyName,
        String legacyDistrict,
        String legacyProvince,
        String outcome,
        String explanation,
        List<Successor> successors) {

    public static final String SPLIT = "SPLIT";
    public static final String NO_SUCCESSOR_RECORDED = "NO_SUCCESSOR_RECORDED";

    public record Successor(String code, String name, String provinceCode, String provinceName,
            ChangeKind change, String note) {
    }
}
