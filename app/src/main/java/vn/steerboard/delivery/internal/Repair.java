package vn.steerboard.delivery.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.steerboard.common.RowProblem;
import vn.steerboard.delivery.RepairResult;
import vn.steerboard.delivery.WorkingDays;

/**
 * The repair: every dossier, petition and roll-up recomputed from the event log alone, with the rules of the ingest
 * and the calendar as it stands, under the writers' lock. It reads the log subject by subject through a cursor and
 * keeps one subject and the roll-up delta (units × months × counters) in memory, never all dossiers. The rows kept
 * below every unit (provinces, the nation) are derived again from the units' own rows through the registry.
 */
@Component
public class Repair {

    private static final int FLUSH = 1000;

    private final EventStore events;
    private final StateStore states;
    private final TallyStore tallies;
    private final IngestLock lock;

    Repair(EventStore events, StateStore states, TallyStore tallies, IngestLock lock) {
        this.events = events;
        this.states = states;
        this.tallies = tallies;
        this.lock = lock;
    }

    public RepairResult run(WorkingDays calendar, Texts texts, java.util.function.Consumer<RepairResult> inTransaction) {
        return lock.run(() -> {
            Map<String, Long> before = tallies.snapshot();
            states.deleteAll();
            tallies.deleteAll();
            TallyDelta delta = new TallyDelta();
            Map<String, Object> pending = new LinkedHashMap<>();
            long[] counts = new long[2];
            String[] subject = new String[1];
            Object[] state = new Object[1];
            List<RowProblem> problems = new ArrayList<>();
            OffsetDateTime far = OffsetDateTime.now().plusYears(1000);
            events.replay(stored -> {
                String s = stored.event().subject();
                if (!s.equals(subject[0])) {
                    flush(subject[0], state[0], pending, delta, calendar);
                    subject[0] = s;
                    state[0] = null;
                    counts[1]++;
                }
                Optional<EventRules.ProcedureFacts> facts = stored.feeVnd() == null ? Optional.empty()
                        : Optional.of(new EventRules.ProcedureFacts(stored.feeVnd(), Boolean.TRUE.equals(stored.eligible())));
                EventRules.Context ctx = new EventRules.Context(calendar, code -> facts, u -> true, far, texts);
                Object next = EventRules.apply((int) ++counts[0], stored.event(), state[0], ctx, problems);
                state[0] = next == null ? state[0] : next;
            });
            flush(subject[0], state[0], pending, delta, calendar);
            states.save(pending, java.util.Set.of());
            // the units' own rows from the events; the rows below every unit from those, as the upkeep derives them,
            // so that the comparison also checks what the batches kept below every unit
            tallies.applyOwn(delta);
            tallies.deriveBelow();
            Map<String, Long> after = tallies.snapshot();
            RepairResult result = new RepairResult(counts[0], counts[1], before.size(), after.size(), before.equals(after));
            inTransaction.accept(result);
            return result;
        });
    }

    private void flush(String subject, Object state, Map<String, Object> pending, TallyDelta delta, WorkingDays calendar) {
        if (subject == null || state == null) {
            return;
        }
        pending.put(subject, state);
        delta.add(Ingest.contribution(state, calendar), 1);
        if (pending.size() >= FLUSH) {
            states.save(pending, java.util.Set.of());
            pending.clear();
        }
    }
}
