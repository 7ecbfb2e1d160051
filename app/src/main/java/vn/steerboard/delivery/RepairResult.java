package vn.steerboard.delivery;

/**
 * What the repair did: events replayed, subjects rebuilt, roll-up rows before and after, and whether the recomputed
 * roll-ups are identical to the incremental ones they replaced.
 */
public record RepairResult(long events, long subjects, int rowsBefore, int rowsAfter, boolean identical) {
}
