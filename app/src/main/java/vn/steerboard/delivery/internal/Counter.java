package vn.steerboard.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the roll-up tables count per unit and month; the sub-indicators are ratios of these (see {@code Scoring}).
 * Dossiers are counted in the month they were received; withdrawn dossiers are not counted. ONLINE: received
 * online (the online-dossier share the indicator {@code DVC_HS_TRUC_TUYEN_TL} takes from the index). Each counter
 * is a column of the unit's month row ({@link #column()}, V119); a new counter needs a migration adding its column.
 */
public enum Counter {
    RECEIVED, SYNCED, PROCESSED, ON_TIME, LATE, DAYS_TO_CLOSE, ELIGIBLE, FULLY_ONLINE, ONLINE_E_RESULT, FEE_DOSSIERS,
    PAID_ONLINE, E_RESULT_FILE, DIGITISED, REUSED, PERSONAL_STORE, POPULATION, DISLIKED, ONLINE,
    PET_RECEIVED, PET_FIRST, PET_ON_TIME, PET_GOOD;

    private static final List<Counter> ALL = List.of(values());

    /** The counters in the order of their columns (and of a delta's row, {@link TallyDelta}). */
    public static List<Counter> all() {
        return ALL;
    }

    /** The roll-up tables' column for this counter: its name in lower case (a constant, never user input). */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The columns, comma-separated, each as {@code prefix + column}: for the roll-ups' SQL. */
    static String columns(String prefix) {
        return String.join(", ", ALL.stream().map(c -> prefix + c.column()).toList());
    }

    /** Each column's sum, comma-separated, as {@code SUM(prefix + column)}, in the columns' order. */
    public static String sums(String prefix) {
        return String.join(", ", ALL.stream().map(c -> "SUM(" + prefix + c.column() + ")").toList());
    }

    /**
     * A month row's counters by name, read from the columns in {@link #all()}'s order from {@code first} on; the
     * counters at zero too when {@code zeros}.
     */
    static Map<String, Long> read(ResultSet rs, int first, boolean zeros) throws SQLException {
        Map<String, Long> counters = new TreeMap<>();
        for (Counter c : ALL) {
            long n = rs.getLong(first + c.ordinal());
            if (zeros || n != 0) {
                counters.put(c.name(), n);
            }
        }
        return counters;
    }
}
