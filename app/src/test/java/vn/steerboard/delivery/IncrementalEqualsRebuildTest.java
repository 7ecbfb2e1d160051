package vn.steerboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.steerboard.common.RowProblem;
import vn.steerboard.delivery.internal.Contribution;
import vn.steerboard.delivery.internal.DossierState;
import vn.steerboard.delivery.internal.EventRules;
import vn.steerboard.delivery.internal.PetitionState;
import vn.steerboard.delivery.internal.Tally;
import vn.steerboard.delivery.internal.TallyDelta;

/**
 * Property: for random streams of events (late ones, corrections, out-of-order and invalid ones, in random batches,
 * a bad batch rejected whole), the roll-ups kept incrementally (each batch's delta: what its subjects add after,
 * less what they added before) equal the roll-ups rebuilt from the accepted events alone; so do the roll-ups kept
 * below every unit (each batch's delta lifted to the unit's province and the nation). 300 streams, fixed seeds.
 */
class IncrementalEqualsRebuildTest {

    private static final WorkingDays CALENDAR = WorkingDaysTest.seeded();
    private static final String[] UNITS = {"U1", "U2", "U3"};
    /** Above each unit: its province (U1 and U2 in PA, U3 in PB) and the nation. */
    private static final java.util.function.Function<String, java.util.Collection<String>> ABOVE =
            unit -> List.of(unit.equals("U3") ? "PB" : "PA", "VN");

    @Test
    void incrementalRollupsEqualARebuildForRandomEventStreams() {
        long total = 0;
        long rejectedTotal = 0;
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            clock = DeliveryScoringTest.at("2026-01-05", 8);
            Map<String, Object> states = new HashMap<>();
            Map<String, Long> incremental = new TreeMap<>();
            Map<String, Long> incrementalBelow = new TreeMap<>();
            List<DeliveryEvent> accepted = new ArrayList<>();
            int rejected = 0;
            for (int b = 0; b < 40; b++) {
                List<DeliveryEvent> batch = new ArrayList<>();
                for (int i = random.nextInt(4) + 1; i > 0; i--) {
                    batch.add(event(random));
                }
                Map<String, Object> after = new LinkedHashMap<>();
                List<RowProblem> problems = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    DeliveryEvent e = batch.get(i);
                    Object current = after.containsKey(e.subject()) ? after.get(e.subject()) : states.get(e.subject());
                    Object next = EventRules.apply(i + 1, e, current, DeliveryScoringTest.CONTEXT, problems);
                    if (next != null) {
                        after.put(e.subject(), next);
                    }
                }
                if (!problems.isEmpty()) {
                    rejected++;
                    continue;
                }
                TallyDelta delta = new TallyDelta();
                after.forEach((subject, state) -> {
                    delta.add(contribution(states.get(subject)), -1);
                    delta.add(contribution(state), 1);
                });
                add(incremental, delta);
                add(incrementalBelow, delta.lifted(ABOVE));
                states.putAll(after);
                accepted.addAll(batch);
            }
            assertThat(incremental).as("seed " + seed).isEqualTo(rows(rebuild(accepted)));
            assertThat(incrementalBelow).as("below, seed " + seed).isEqualTo(rows(rebuild(accepted).lifted(ABOVE)));
            total += accepted.size();
            rejectedTotal += rejected;
        }
        // the streams exercise both paths: many batches accepted, many rejected whole
        assertThat(total).isGreaterThan(2000);
        assertThat(rejectedTotal).isGreaterThan(300);
    }

    private static Map<String, Long> rows(TallyDelta delta) {
        Map<String, Long> rows = new TreeMap<>();
        add(rows, delta);
        return rows;
    }

    private static TallyDelta rebuild(List<DeliveryEvent> accepted) {
        Map<String, Object> states = new LinkedHashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        for (DeliveryEvent e : accepted) {
            Object next = EventRules.apply(1, e, states.get(e.subject()), DeliveryScoringTest.CONTEXT, problems);
            assertThat(next).as("an accepted event replays: " + problems).isNotNull();
            states.put(e.subject(), next);
        }
        TallyDelta delta = new TallyDelta();
        states.values().forEach(s -> delta.add(contribution(s), 1));
        return delta;
    }

    private static void add(Map<String, Long> rows, TallyDelta delta) {
        delta.rows().forEach((k, row) -> vn.steerboard.delivery.internal.Counter.all().forEach(c -> rows.merge(k + "|" + c,
                row[c.ordinal()], Long::sum)));
        delta.open().forEach((k, v) -> rows.merge(k.toString(), v, Long::sum));
        rows.values().removeIf(v -> v == 0);
    }

    private static Contribution contribution(Object state) {
        if (state instanceof DossierState d) {
            return Tally.of(d, CALENDAR);
        }
        return state instanceof PetitionState p ? Tally.of(p) : Tally.of((DossierState) null, CALENDAR);
    }

    /** Event times move forward by up to a day and a half, with one in ten going back up to five days (late). */
    private static OffsetDateTime clock;

    private static DeliveryEvent event(Random r) {
        String unit = UNITS[r.nextInt(UNITS.length)];
        clock = clock.plusHours(r.nextInt(36));
        OffsetDateTime at = r.nextInt(10) == 0 ? clock.minusHours(r.nextInt(120)) : clock;
        boolean correction = r.nextInt(8) == 0;
        if (r.nextInt(5) == 0) {
            String id = "P" + r.nextInt(6);
            EventKind kind = EventKind.values()[EventKind.PETITION_RECEIVED.ordinal() + r.nextInt(4)];
            return new DeliveryEvent(kind, null, id, unit, null, at, null, null, null, null, null, null, null, null, null,
                    null, null, r.nextBoolean(), at.toLocalDate().plusDays(r.nextInt(20) - 2), null, null, correction);
        }
        String id = "D" + r.nextInt(15);
        EventKind kind = r.nextInt(3) == 0 ? EventKind.DOSSIER_RECEIVED
                : EventKind.values()[r.nextInt(EventKind.PETITION_RECEIVED.ordinal())];
        if (kind == EventKind.DOSSIER_RECEIVED) {
            return new DeliveryEvent(kind, id, null, unit, "P1", at, Channel.values()[r.nextInt(3)], r.nextInt(12),
                    r.nextBoolean(), r.nextBoolean(), null, null, null, null, null, null, null, null, null, null, null,
                    correction);
        }
        return new DeliveryEvent(kind, id, null, unit, null, at, null, null, null, null,
                DossierStatus.values()[1 + r.nextInt(6)], r.nextBoolean(), r.nextBoolean(), (long) r.nextInt(3) * 10_000,
                r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), null, null, null, correction);
    }
}
