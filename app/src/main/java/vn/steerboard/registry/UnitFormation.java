package vn.steerboard.registry;

import java.util.List;

/**
 * How a 2025 unit was formed: the resolution and clause of NQ 1654–1687/NQ-UBTVQH15 that
 * forms it ({@code arrangement} ARRANGED, NOT_ARRANGED when the clause keeps it as it was,
 * RENAMED), and the old units that went into it with the basis of each row.
 */
public record UnitFormation(String code, String resolution, String clause, String basis, String citationVi,
        String arrangement, List<Predecessor> predecessors) {

    public record Predecessor(String code, String name, String district, String province, ChangeKind change,
            String basis, boolean checkedAgainstText) {
    }
}
