package vn.steerboard.registry;

import java.util.List;

/**
 * Where a pre-2025 commune went. {@code outcome} is SPLIT when it has several successors,
 * otherwise the change kind of its single successor (MERGED_WHOLE, UNCHANGED, ...), and
 * NO_SUCCESSOR_RECORDED when no 2025 resolution names it ({@code inForceOn20250630} is then
 * false: the unit had already been merged before 2025).
 */
public record LegacyResolution(
        String legacyCode,
        String legacyName,
        String legacyDistrict,
        String legacyProvince,
        String outcome,
        String explanation,
        Boolean inForceOn20250630,
        List<Successor> successors) {

    public static final String SPLIT = "SPLIT";
    public static final String NO_SUCCESSOR_RECORDED = "NO_SUCCESSOR_RECORDED";

    /**
     * One 2025 unit the old one went into, with the resolution and clause of NQ 1654–1687/NQ-UBTVQH15
     * that says so ({@code basis}, e.g. "1656/NQ-UBTVQH15 §1.110": Điều 1, khoản 110).
     * {@code checkedAgainstText} is true where the row was read against the clause's text (the
     * disputed and corrected rows); otherwise the clause is the one that forms the successor.
     */
    public record Successor(String code, String name, String provinceCode, String provinceName,
            ChangeKind change, String note, String resolution, String clause, String basis,
            boolean checkedAgainstText, String finding) {
    }
}
