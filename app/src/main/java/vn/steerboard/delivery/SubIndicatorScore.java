package vn.steerboard.delivery;

/**
 * One sub-indicator of one unit and period. {@code computable} false: the denominator is zero or the row has no
 * source data; ratio and points are then null, never 0 and never full marks. For 2.2 the ratio is the average
 * number of days to completion (reported, not scored). {@code gainAtThreshold}: the points the unit would gain by
 * reaching the threshold (or full marks where the row has none).
 */
public record SubIndicatorScore(SubIndicator indicator, long numerator, long denominator, Double ratio, Double points,
        boolean computable, double gainAtThreshold) {
}
