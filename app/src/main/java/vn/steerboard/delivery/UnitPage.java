package vn.steerboard.delivery;

import java.util.List;

/** What a unit's page shows of the index: the period's figures and the months of its trend. */
public record UnitPage(UnitIndex index, List<UnitIndex> trend) {
}
