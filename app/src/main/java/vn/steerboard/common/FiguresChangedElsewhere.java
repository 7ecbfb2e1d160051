package vn.steerboard.common;

/**
 * A change of figures committed by another node on the same PostgreSQL, heard through {@code LISTEN/NOTIFY}
 * ({@code vn.steerboard.common.cluster}) and published on this node so that its caches and live pages refresh as for
 * a change of its own. {@code node} is the id of the node that made the change; {@code unitCode} is null for a
 * change of the whole area, which is also what every node hears after its listening connection came back from an
 * outage (the changes made meanwhile are not known one by one). Never broadcast again: a node passes on only the
 * changes it made itself.
 */
public record FiguresChangedElsewhere(String node, String area, String unitCode) implements FiguresChanged {
}
