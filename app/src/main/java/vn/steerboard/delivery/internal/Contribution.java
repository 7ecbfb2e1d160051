package vn.steerboard.delivery.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one dossier or petition adds to the roll-ups of its unit and month: counters, and, while it is open, one
 * count under its due day (so "still within its deadline" is read as of any day without a rebuild).
 *
 * @param openDue the due day of an open subject (9999-12-31 while its clock is stopped), null when closed
 */
public record Contribution(String unit, int month, Map<Counter, Long> counts, String openKind, LocalDate openDue) {

    public static final LocalDate NO_DUE = LocalDate.of(9999, 12, 31);

    static Contribution none() {
        return new Contribution(null, 0, new EnumMap<>(Counter.class), null, null);
    }
}
