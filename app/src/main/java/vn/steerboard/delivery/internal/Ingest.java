package vn.steerboard.delivery.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.RowProblem;
import vn.steerboard.delivery.DeliveryEvent;
import vn.steerboard.delivery.EventBatch;
import vn.steerboard.delivery.EventKind;
import vn.steerboard.delivery.WorkingDays;

/**
 * One batch of events, all or nothing, under {@link IngestLock}: the subjects' states are loaded, every event is
 * checked and applied in order ({@link EventRules}), and, when none is wrong, the states, the roll-up deltas
 * ({@link Tally}: what each subject adds after, less what it added before), the events and the batch are written in
 * the same transaction, with what the caller does in it (audit, the typed event for the live pages).
 */
@Component
public class Ingest {

    private final EventStore events;
    private final StateStore states;
    private final TallyStore tallies;
    private final IngestLock lock;
    private final ProcedureStore procedures;

    Ingest(EventStore events, StateStore states, TallyStore tallies, IngestLock lock, ProcedureStore procedures) {
        this.events = events;
        this.states = states;
        this.tallies = tallies;
        this.lock = lock;
        this.procedures = procedures;
    }

    /** What a batch did, the units whose figures moved and their own months that did. */
    public record Outcome(EventBatch batch, Set<String> units, Set<IndicatorFeed.UnitMonth> months) {
    }

    /** A batch's events and their JSON (UTF-8), each serialised once: the body's hash and the stored payloads. */
    public record Body(List<DeliveryEvent> events, List<byte[]> payloads, String sha256) {

        /** Whether a stored hash is this body's: as hashed now, or as hashed before events left out absent fields. */
        public boolean matches(String stored) {
            return sha256.equals(stored) || EventJson.sha256(EventJson.EARLIER, events).equals(stored);
        }
    }

    public Outcome run(String key, Body body, String by, OffsetDateTime now,
            WorkingDays calendar, java.util.function.Predicate<String> units, Texts texts,
            java.util.function.Consumer<Outcome> inTransaction) {
        List<DeliveryEvent> batch = body.events();
        String sha256 = body.sha256();
        // a batch stored is never changed: a key sent again is answered before the writers' lock (comparing with a
        // hash of the earlier form means serialising the body again, which must hold no other batch up)
        Optional<EventStore.Batch> seen = events.batch(key);
        if (seen.isPresent()) {
            return again(key, body, seen.get(), texts);
        }
        return lock.run(() -> {
            Optional<EventStore.Batch> earlier = events.batch(key);
            if (earlier.isPresent()) {
                // stored meanwhile, by a batch that held the lock: a body sent twice at once, the same hash
                return again(key, body, earlier.get(), texts);
            }
            Map<String, Optional<EventRules.ProcedureFacts>> facts = procedureFacts(batch, now);
            EventRules.Context ctx = new EventRules.Context(calendar, code -> facts.computeIfAbsent(code, c -> procedures
                    .current(c, now.plusYears(1000)).map(p -> new EventRules.ProcedureFacts(p.feeVnd(),
                            p.fullyOnlineEligible()))), units, now, texts);
            Set<String> subjects = new LinkedHashSet<>();
            batch.forEach(e -> subjects.add(e == null ? null : e.subject()));
            subjects.remove(null);
            Map<String, Object> before = states.load(subjects);
            Map<String, Object> after = new LinkedHashMap<>(before);
            List<RowProblem> problems = new ArrayList<>();
            List<EventStore.Stored> stored = new ArrayList<>();
            int late = 0;
            int month = Tally.month(now);
            for (int i = 0; i < batch.size(); i++) {
                DeliveryEvent e = batch.get(i);
                Object next = EventRules.apply(i + 1, e, e == null ? null : after.get(e.subject()), ctx, problems);
                if (next == null) {
                    continue;
                }
                after.put(e.subject(), next);
                boolean isLate = Tally.month(e.at()) < month;
                late += isLate ? 1 : 0;
                Optional<EventRules.ProcedureFacts> f = e.kind() == EventKind.DOSSIER_RECEIVED ? ctx.procedures()
                        .apply(e.procedure()) : Optional.empty();
                stored.add(new EventStore.Stored(e, f.map(EventRules.ProcedureFacts::feeVnd).orElse(null),
                        f.map(EventRules.ProcedureFacts::eligible).orElse(null), isLate, body.payloads().get(i)));
            }
            if (!problems.isEmpty()) {
                throw new RejectedFileException("rejected-events", texts.get("delivery.event.rejected"),
                        texts.get("delivery.event.problems", problems.size(), batch.size()), problems);
            }
            TallyDelta delta = new TallyDelta();
            after.forEach((subject, state) -> {
                delta.add(contribution(before.get(subject), calendar), -1);
                delta.add(contribution(state, calendar), 1);
            });
            states.save(after, before.keySet());
            tallies.apply(delta);
            events.insert(key, stored, now);
            int corrections = (int) batch.stream().filter(DeliveryEvent::isCorrection).count();
            EventBatch result = new EventBatch(key, batch.size(), subjects.size(), late, corrections, false);
            events.insertBatch(sha256, result, by, now);
            Outcome outcome = new Outcome(result, delta.units(), IndicatorFeed.touched(delta));
            inTransaction.accept(outcome);
            return outcome;
        });
    }

    /** The answer to a key sent again: the first time's result for the same body, a conflict for another. */
    private static Outcome again(String key, Body body, EventStore.Batch earlier, Texts texts) {
        if (!body.matches(earlier.sha256())) {
            throw new ConflictException(texts.get("delivery.event.keyReused", key));
        }
        return new Outcome(earlier.result(), Set.of(), Set.of());
    }

    /** The batch's procedures read at once (one query, not one per procedure); unknown codes are known to be unknown. */
    private Map<String, Optional<EventRules.ProcedureFacts>> procedureFacts(List<DeliveryEvent> batch, OffsetDateTime now) {
        Set<String> codes = new LinkedHashSet<>();
        batch.forEach(e -> {
            if (e != null && e.kind() == EventKind.DOSSIER_RECEIVED && e.procedure() != null) {
                codes.add(e.procedure());
            }
        });
        Map<String, vn.steerboard.delivery.ProcedureVersion> found = procedures.current(codes, now.plusYears(1000));
        Map<String, Optional<EventRules.ProcedureFacts>> facts = new HashMap<>();
        codes.forEach(code -> facts.put(code, Optional.ofNullable(found.get(code))
                .map(p -> new EventRules.ProcedureFacts(p.feeVnd(), p.fullyOnlineEligible()))));
        return facts;
    }

    static Contribution contribution(Object state, WorkingDays calendar) {
        if (state instanceof DossierState d) {
            return Tally.of(d, calendar);
        }
        return state instanceof PetitionState p ? Tally.of(p) : Contribution.none();
    }
}
