package vn.steerboard.delivery.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.steerboard.delivery.DisplayGroup;
import vn.steerboard.delivery.GroupScore;
import vn.steerboard.delivery.LegalGroup;
import vn.steerboard.delivery.SubIndicator;
import vn.steerboard.delivery.SubIndicatorScore;

/**
 * The index from summed counters (pure): each sub-indicator's numerator and denominator (see {@link Counter}), its
 * ratio and points by the threshold rule, the groups over the points their computable rows could earn, the total.
 */
public final class Scoring {

    private Scoring() {
    }

    /** Numerator and denominator of a row. */
    record Fraction(long numerator, long denominator) {
    }

    public static List<SubIndicatorScore> score(Map<String, Long> sums) {
        List<SubIndicatorScore> scores = new ArrayList<>();
        for (SubIndicator s : SubIndicator.values()) {
            Fraction f = fraction(s, sums);
            if (f == null || f.denominator() == 0) {
                scores.add(new SubIndicatorScore(s, f == null ? 0 : f.numerator(), 0, null, null, false,
                        0));
                continue;
            }
            double ratio = (double) f.numerator() / f.denominator();
            if (s == SubIndicator.P2_2) {
                scores.add(new SubIndicatorScore(s, f.numerator(), f.denominator(), ratio, null, true, 0));
                continue;
            }
            double points = s.points(ratio);
            scores.add(new SubIndicatorScore(s, f.numerator(), f.denominator(), ratio, points, true, s.max - points));
        }
        return scores;
    }

    static Fraction fraction(SubIndicator s, Map<String, Long> m) {
        long openWithin = n(m, "OPEN_WITHIN_D");
        long openOverdue = n(m, "OPEN_OVERDUE_D");
        long counted = n(m, Counter.PROCESSED) + openWithin + openOverdue;
        return switch (s) {
            case T1_4 -> new Fraction(n(m, Counter.SYNCED), n(m, Counter.RECEIVED));
            case P2_1 -> new Fraction(n(m, Counter.ON_TIME) + openWithin, counted);
            case P2_2 -> new Fraction(n(m, Counter.DAYS_TO_CLOSE), n(m, Counter.PROCESSED));
            case O3_0 -> new Fraction(n(m, Counter.FULLY_ONLINE), n(m, Counter.ELIGIBLE));
            case O3_3 -> new Fraction(n(m, Counter.ONLINE_E_RESULT), n(m, Counter.RECEIVED));
            case M3_6 -> new Fraction(n(m, Counter.PAID_ONLINE), n(m, Counter.FEE_DOSSIERS));
            case D4_1 -> new Fraction(n(m, Counter.E_RESULT_FILE), n(m, Counter.PROCESSED));
            case D4_2 -> new Fraction(n(m, Counter.DIGITISED), n(m, Counter.RECEIVED));
            case D4_3 -> new Fraction(n(m, Counter.REUSED), n(m, Counter.RECEIVED));
            case D4_4 -> new Fraction(n(m, Counter.PERSONAL_STORE), n(m, Counter.RECEIVED));
            case D4_5B -> new Fraction(n(m, Counter.POPULATION), n(m, Counter.RECEIVED));
            case S5_2 -> new Fraction(n(m, Counter.PET_ON_TIME) + n(m, "OPEN_WITHIN_P"), n(m, Counter.PET_RECEIVED));
            case S5_3 -> new Fraction(Math.min(n(m, Counter.PET_FIRST), n(m, Counter.PET_GOOD) + n(m, "OPEN_WITHIN_P")),
                    n(m, Counter.PET_FIRST));
            case S5_4 -> new Fraction(Math.max(0, counted - n(m, Counter.LATE) - openOverdue - n(m, Counter.DISLIKED)),
                    counted);
            default -> null;
        };
    }

    private static long n(Map<String, Long> m, Counter c) {
        return n(m, c.name());
    }

    private static long n(Map<String, Long> m, String key) {
        Long v = m.get(key);
        return v == null ? 0 : v;
    }

    public static List<GroupScore> groups(List<SubIndicatorScore> scores) {
        Map<DisplayGroup, double[]> sums = new EnumMap<>(DisplayGroup.class);
        for (DisplayGroup g : DisplayGroup.values()) {
            sums.put(g, new double[3]);
        }
        for (SubIndicatorScore s : scores) {
            add(sums.get(s.indicator().group), s);
        }
        List<GroupScore> groups = new ArrayList<>();
        sums.forEach((g, v) -> groups.add(new GroupScore(g.name(), g.max, v[0], v[1], v[2] > 0)));
        return groups;
    }

    public static List<GroupScore> legal(List<SubIndicatorScore> scores) {
        Map<LegalGroup, double[]> sums = new EnumMap<>(LegalGroup.class);
        for (LegalGroup g : LegalGroup.values()) {
            sums.put(g, new double[3]);
        }
        for (SubIndicatorScore s : scores) {
            add(sums.get(s.indicator().group.legal), s);
        }
        List<GroupScore> groups = new ArrayList<>();
        sums.forEach((g, v) -> groups.add(new GroupScore(g.name(), g.max, v[0], v[1], v[2] > 0)));
        return groups;
    }

    private static void add(double[] v, SubIndicatorScore s) {
        if (s.computable() && s.indicator().scored()) {
            v[0] += s.points();
            v[1] += s.indicator().max;
            v[2]++;
        }
    }
}
