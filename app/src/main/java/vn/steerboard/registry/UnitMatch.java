package vn.steerboard.registry;

import java.util.List;

/**
 * What a unit named by a user resolves to: exactly one {@code unit}, or none with the
 * {@code candidates} that share the name (ambiguous), or none at all (unknown).
 */
public record UnitMatch(String query, OrgUnit unit, List<OrgUnit> candidates) {

    public boolean found() {
        return unit != null;
    }

    public boolean ambiguous() {
        return unit == null && candidates.size() > 1;
    }

    /** "00000 Xã A (Tỉnh B); 11111 Xã A (Tỉnh C)", for messages that must list the candidates. */
    public String candidateList(java.util.function.Function<OrgUnit, String> provinceName) {
        return String.join("; ", candidates.stream()
                .map(u -> u.code() + " " + u.nameVi() + (u.parentCode() == null ? "" : " (" + provinceName.apply(u) + ")"))
                .toList());
    }
}
