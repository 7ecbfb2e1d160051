package vn.steerboard.common.cluster;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The payload of one notification: {@code node|area|unit} (unit empty for the whole area). It arrives from the
 * database, where anybody with a connection can {@code NOTIFY}, so it is read as hostile input: bounded length,
 * a node id of the shape this class writes, a known area, a unit code of the registry's shape; anything else is
 * refused and logged, never published.
 */
record ChangeNotice(String node, String area, String unit) {

    /** Every area of figures a module publishes (a test checks every {@code FiguresChanged} against it). */
    static final Set<String> AREAS = Set.of("tasks", "indicators", "quality", "delivery", "assessments");

    static final int MAX_LENGTH = 120;

    private static final Pattern NODE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9_.-]{1,16}");

    ChangeNotice {
        if (node == null || !NODE.matcher(node).matches()) {
            throw new IllegalArgumentException("node id");
        }
        if (area == null || !AREAS.contains(area)) {
            throw new IllegalArgumentException("area");
        }
        if (unit != null && !UNIT.matcher(unit).matches()) {
            throw new IllegalArgumentException("unit");
        }
    }

    /** The notice for a change, or empty when the change's area or unit cannot travel (it is then logged). */
    static Optional<ChangeNotice> of(String node, String area, String unit) {
        try {
            return Optional.of(new ChangeNotice(node, area, unit));
        } catch (IllegalArgumentException bad) {
            return Optional.empty();
        }
    }

    String encode() {
        return node + "|" + area + "|" + (unit == null ? "" : unit);
    }

    /** The notice a payload carries, or empty when it is not one this application wrote. */
    static Optional<ChangeNotice> decode(String payload) {
        if (payload == null || payload.isEmpty() || payload.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\|", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        return of(parts[0], parts[1], parts[2].isEmpty() ? null : parts[2]);
    }
}
