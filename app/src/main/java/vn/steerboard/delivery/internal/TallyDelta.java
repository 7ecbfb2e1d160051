package vn.steerboard.delivery.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The change a batch makes to the roll-ups: per (unit, month, counter) and per (unit, month, kind, due day), the
 * difference between what its subjects contribute after and before. Its size grows with units × months, never
 * with the number of dossiers.
 */
public final class TallyDelta {

    public record Key(String unit, int month, String counter) implements Comparable<Key> {
        private static final java.util.Comparator<Key> ORDER = java.util.Comparator.comparing(Key::unit)
                .thenComparingInt(Key::month).thenComparing(Key::counter);

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }

    public record OpenKey(String unit, int month, String kind, LocalDate due) implements Comparable<OpenKey> {
        private static final java.util.Comparator<OpenKey> ORDER = java.util.Comparator.comparing(OpenKey::unit)
                .thenComparingInt(OpenKey::month).thenComparing(OpenKey::kind).thenComparing(OpenKey::due);

        @Override
        public int compareTo(OpenKey o) {
            return ORDER.compare(this, o);
        }
    }

    private final Map<Key, Long> counts = new TreeMap<>();
    private final Map<OpenKey, Long> open = new TreeMap<>();

    public void add(Contribution c, long sign) {
        if (c.unit() == null) {
            return;
        }
        c.counts().forEach((counter, n) -> counts.merge(new Key(c.unit(), c.month(), counter.name()), sign * n, Long::sum));
        if (c.openDue() != null) {
            open.merge(new OpenKey(c.unit(), c.month(), c.openKind(), c.openDue()), sign, Long::sum);
        }
    }

    /**
     * The same changes moved to the units above each unit (its ancestors and the nation, as {@code above} names them):
     * what the rows below those units change by.
     */
    public TallyDelta lifted(java.util.function.Function<String, java.util.Collection<String>> above) {
        TallyDelta lifted = new TallyDelta();
        Map<String, java.util.Collection<String>> of = new java.util.HashMap<>();
        counts().forEach((k, n) -> of.computeIfAbsent(k.unit(), above).forEach(a -> lifted.counts.merge(
                new Key(a, k.month(), k.counter()), n, Long::sum)));
        open().forEach((k, n) -> of.computeIfAbsent(k.unit(), above).forEach(a -> lifted.open.merge(
                new OpenKey(a, k.month(), k.kind(), k.due()), n, Long::sum)));
        return lifted;
    }

    /** The non-zero changes. */
    public Map<Key, Long> counts() {
        Map<Key, Long> m = new TreeMap<>(counts);
        m.values().removeIf(v -> v == 0);
        return m;
    }

    public Map<OpenKey, Long> open() {
        Map<OpenKey, Long> m = new TreeMap<>(open);
        m.values().removeIf(v -> v == 0);
        return m;
    }

    public java.util.Set<String> units() {
        java.util.Set<String> units = new java.util.TreeSet<>();
        counts().keySet().forEach(k -> units.add(k.unit()));
        open().keySet().forEach(k -> units.add(k.unit()));
        return units;
    }
}
