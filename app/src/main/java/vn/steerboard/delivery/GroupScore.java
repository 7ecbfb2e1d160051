package vn.steerboard.delivery;

/** A group's points over the points its computable rows could earn ({@code possible}); not computable when none is. */
public record GroupScore(String group, int max, double points, double possible, boolean computable) {
}
