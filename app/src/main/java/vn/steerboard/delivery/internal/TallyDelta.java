package vn.steerboard.delivery.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The change a batch makes to the roll-ups: per unit and month, how much each counter moves (a row of
 * {@link Counter#all()}'s length, as the month's row in the tables), and per (unit, month, kind, due day) how many
 * open subjects; the difference between what its subjects contribute after and before. Its size grows with units
 * × months, never with the number of dossiers.
 */
public final class TallyDelta {

    public record OpenKey(String unit, int month, String kind, LocalDate due) implements Comparable<OpenKey> {
        private static final java.util.Comparator<OpenKey> ORDER = java.util.Comparator.comparing(OpenKey::unit)
                .thenComparingInt(OpenKey::month).thenComparing(OpenKey::kind).thenComparing(OpenKey::due);

        @Override
        public int compareTo(OpenKey o) {
            return ORDER.compare(this, o);
        }
    }

    private static final int WIDTH = Counter.all().size();

    private final Map<IndicatorFeed.UnitMonth, long[]> rows = new HashMap<>();
    private final Map<OpenKey, Long> open = new HashMap<>();

    public void add(Contribution c, long sign) {
        if (c.unit() == null) {
            return;
        }
        long[] row = rows.computeIfAbsent(new IndicatorFeed.UnitMonth(c.unit(), c.month()), k -> new long[WIDTH]);
        c.counts().forEach((counter, n) -> row[counter.ordinal()] += sign * n);
        if (c.openDue() != null) {
            open.merge(new OpenKey(c.unit(), c.month(), c.openKind(), c.openDue()), sign, Long::sum);
        }
    }

    /**
     * The same changes moved to the units above each unit (its ancestors and the nation, as {@code above} names them):
     * what the rows below those units change by.
     */
    public TallyDelta lifted(Function<String, Collection<String>> above) {
        TallyDelta lifted = new TallyDelta();
        Map<String, Collection<String>> of = new HashMap<>();
        rows.forEach((k, row) -> {
            if (moves(row)) {
                of.computeIfAbsent(k.unit(), above).forEach(a -> {
                    long[] to = lifted.rows.computeIfAbsent(new IndicatorFeed.UnitMonth(a, k.month()), x -> new long[WIDTH]);
                    for (int i = 0; i < WIDTH; i++) {
                        to[i] += row[i];
                    }
                });
            }
        });
        open().forEach((k, n) -> of.computeIfAbsent(k.unit(), above).forEach(a -> lifted.open.merge(
                new OpenKey(a, k.month(), k.kind(), k.due()), n, Long::sum)));
        return lifted;
    }

    /**
     * The unit-months where some counter moves, in order, each with its row: the change of counter {@code c} at
     * {@code c.ordinal()}. The rows are the delta's own; callers read them.
     */
    public Map<IndicatorFeed.UnitMonth, long[]> rows() {
        Map<IndicatorFeed.UnitMonth, long[]> m = new TreeMap<>();
        rows.forEach((k, row) -> {
            if (moves(row)) {
                m.put(k, row);
            }
        });
        return m;
    }

    /** The non-zero changes of open subjects, in order. */
    public Map<OpenKey, Long> open() {
        Map<OpenKey, Long> m = new TreeMap<>();
        open.forEach((k, n) -> {
            if (n != 0) {
                m.put(k, n);
            }
        });
        return m;
    }

    public java.util.Set<String> units() {
        java.util.Set<String> units = new java.util.TreeSet<>();
        rows.forEach((k, row) -> {
            if (moves(row)) {
                units.add(k.unit());
            }
        });
        open.forEach((k, n) -> {
            if (n != 0) {
                units.add(k.unit());
            }
        });
        return units;
    }

    private static boolean moves(long[] row) {
        for (long n : row) {
            if (n != 0) {
                return true;
            }
        }
        return false;
    }
}
