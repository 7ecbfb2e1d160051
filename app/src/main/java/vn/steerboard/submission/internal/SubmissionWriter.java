package vn.steerboard.submission.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.steerboard.analytics.Contribution;
import vn.steerboard.analytics.RollupScope;
import vn.steerboard.analytics.Rollups;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.indicator.Aggregation;
import vn.steerboard.indicator.ElementDefinition;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.registry.Registry;
import vn.steerboard.submission.BatchResult;
import vn.steerboard.submission.SubmissionStatus;
import vn.steerboard.submission.ValuesSubmitted;

/**
 * Writes checked submissions in one transaction under the writer lock: new and resubmitted rows, their values and
 * steps, the audit record, the idempotent answer, and the roll-up deltas (values that stop counting leave, the new
 * ones and those a returned submission keeps come back).
 */
@Component
public class SubmissionWriter {

    private static final int MANY_UNITS = 10;

    private final SubmissionStore store;
    private final DataValueStore valueRows;
    private final Rollups rollups;
    private final IndicatorCatalogue catalogue;
    private final Registry registry;
    private final WriterLock lock;
    private final IdempotentBatches idempotency;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubmissionWriter(SubmissionStore store, DataValueStore valueRows, Rollups rollups, IndicatorCatalogue catalogue,
            Registry registry, WriterLock lock,
            IdempotentBatches idempotency, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.valueRows = valueRows;
        this.rollups = rollups;
        this.catalogue = catalogue;
        this.registry = registry;
        this.lock = lock;
        this.idempotency = idempotency;
        this.audit = audit;
        this.events = events;
        this.clock = clock.withZone(VietnamTime.ZONE);
    }

    /** What one batch changes, gathered before anything is written. */
    private static final class Plan {
        final List<Contribution> added = new ArrayList<>();
        final List<Contribution> removed = new ArrayList<>();
        final List<SubmissionStore.NewSubmission> inserts = new ArrayList<>();
        final List<SubmissionStore.Resubmission> resubmits = new ArrayList<>();
        final List<SubmissionStore.ValueKey> deletions = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Set<String> units = new LinkedHashSet<>();
        int values;
    }

    public BatchResult write(List<CheckedSubmission> batch, String channel, IdempotentBatches.Request request) {
        if (channel.startsWith(vn.steerboard.submission.SystemValues.CHANNEL_PREFIX)) {
            // a system channel carries only what SystemValues records
            throw new IllegalArgumentException("People cannot submit on system channel " + channel);
        }
        List<String> keys = new ArrayList<>();
        batch.forEach(s -> keys.add(WriterLock.key(s.dataSet().code(), s.period().code())));
        if (request.idempotent()) {
            keys.add("ingest|" + request.actor() + "|" + request.key());
        }
        return lock.run(keys, () -> idempotency.replay(request).orElseGet(() -> writeUnderLock(batch, channel, request)));
    }

    private BatchResult writeUnderLock(List<CheckedSubmission> batch, String channel, IdempotentBatches.Request request) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
        // read again under the lock: what was fetched for checking may have changed since
        SubmissionStore.Existing known = store.prefetch(batch.stream().map(CheckedSubmission::key).toList(), List.of());
        Plan plan = new Plan();
        for (CheckedSubmission s : batch) {
            plan(s, known.head(s.key()), known, channel, request.actor(), now, today, plan);
        }
        Map<SubmissionStore.Key, Long> newIds = store.insertAll(plan.inserts);
        store.resubmitAll(plan.resubmits);
        store.deleteValues(plan.deletions);
        List<Long> ids = writeValues(batch, known, newIds, channel, request.actor(), now, plan);
        if (batch.size() > 1) {
            auditBatch(batch, ids, plan.values, channel);
        }
        rollups.move(RollupScope.ALL, plan.removed, plan.added);
        BatchResult result = new BatchResult(batch.size(), plan.values, ids, plan.warnings, false);
        idempotency.remember(request, result, now);
        publish(plan.units);
        return result;
    }

    /** The rows to write for one submission, and which of its old values leave or rejoin the roll-ups. */
    private static void plan(CheckedSubmission s, SubmissionStore.Head head, SubmissionStore.Existing known, String channel,
            String actor, OffsetDateTime now, LocalDate today, Plan plan) {
        if (head == null) {
            plan.inserts.add(new SubmissionStore.NewSubmission(s.key(), s.period().end(), s.dataSet().dueOn(s.period()), channel,
                    actor, now, today, s.warningText()));
        } else {
            if (head.locked()) {
                throw new ConflictException("Values of " + s.dataSet().code() + " for unit " + s.unit() + ", period "
                        + s.period().code() + " are approved (through " + head.approvedThrough()
                        + ") and locked; the approver must return them first").because("problem.submission.locked",
                        s.dataSet().code(), s.unit(), s.period().code(), head.approvedThrough());
            }
            for (Contribution old : known.values(head.id())) {
                boolean replaced = s.replaceAll() || s.values().containsKey(old.element());
                if (replaced) {
                    plan.deletions.add(new SubmissionStore.ValueKey(head.id(), old.element()));
                }
                if (head.status() == SubmissionStatus.SUBMITTED && replaced) {
                    plan.removed.add(old);
                } else if (head.status() != SubmissionStatus.SUBMITTED && !replaced) {
                    // a returned submission's values left the roll-ups; those kept come back with the new ones
                    plan.added.add(old);
                }
            }
            plan.resubmits.add(new SubmissionStore.Resubmission(head.id(), channel, actor, now, today, s.warningText()));
        }
        s.warnings().forEach(w -> plan.warnings.add(s.unit() + " " + s.period().code() + ": " + w));
        plan.units.add(s.unit());
        plan.values += s.values().size();
    }

    /** The new values with their weights and entry numbers, and a step per submission; returns the ids in order. */
    private List<Long> writeValues(List<CheckedSubmission> batch, SubmissionStore.Existing known,
            Map<SubmissionStore.Key, Long> newIds, String channel, String actor, OffsetDateTime now, Plan plan) {
        List<Long> ids = new ArrayList<>();
        Iterator<Long> entries = lock.entries(batch.stream().mapToInt(s -> s.values().size()).sum());
        List<Contribution> fresh = new ArrayList<>();
        Map<Contribution, Long> submissionOf = new HashMap<>();
        List<SubmissionStore.Step> steps = new ArrayList<>();
        for (CheckedSubmission s : batch) {
            SubmissionStore.Head head = known.head(s.key());
            long id = head == null ? newIds.get(s.key()) : head.id();
            String lineage = Contribution.lineageOf(registry.lineage(s.unit()));
            for (Map.Entry<String, Double> value : s.values().entrySet()) {
                ElementDefinition element = catalogue.element(value.getKey()).orElseThrow();
                Contribution c = new Contribution(element.code(), s.unit(), s.period().code(), value.getValue(),
                        weightOf(element, s, known.values(id)), entries.next(), lineage);
                fresh.add(c);
                submissionOf.put(c, id);
            }
            String warningText = s.warningText();
            steps.add(new SubmissionStore.Step(id, "SUBMITTED", null, actor, now, warningText.isEmpty() ? null : warningText));
            ids.add(id);
            if (batch.size() == 1) {
                audit.record(new AuditEvent(head == null ? "SUBMISSION_CREATED" : "SUBMISSION_REPLACED", "SUBMISSION",
                        String.valueOf(id), s.unit(), null, Map.of("dataSet", s.dataSet().code(), "period", s.period().code(),
                                "values", s.values().size(), "channel", channel), null));
            }
        }
        valueRows.insert(fresh, submissionOf);
        store.stepAll(steps);
        plan.added.addAll(fresh);
        return ids;
    }

    private static double weightOf(ElementDefinition element, CheckedSubmission s, List<Contribution> existing) {
        if (element.treeAggregation() != Aggregation.WEIGHTED_AVERAGE || element.weightElement() == null) {
            return 1;
        }
        Double weight = s.values().get(element.weightElement());
        if (weight == null) {
            weight = existing.stream().filter(c -> c.element().equals(element.weightElement()))
                    .map(Contribution::value).findFirst().orElse(0.0);
        }
        return weight;
    }

    /**
     * One record for the batch, whatever its size; every submission it wrote is in the record's content-addressed
     * attachment, which the record's hash (and so the chain) covers.
     */
    private void auditBatch(List<CheckedSubmission> batch, List<Long> ids, int values, String channel) {
        List<List<Object>> written = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            CheckedSubmission s = batch.get(i);
            written.add(List.of(ids.get(i), s.dataSet().code(), s.unit(), s.period().code(), s.values().size()));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("submissions", ids.size());
        summary.put("values", values);
        summary.put("channel", channel);
        summary.put("submissionIds", IdRanges.format(ids));
        audit.record(new AuditEvent("SUBMISSIONS_PUSHED", "SUBMISSION", ids.size() + " submissions", null, null, summary, null,
                Map.of("columns", List.of("id", "dataSet", "unit", "period", "values"), "submissions", written)));
    }

    private void publish(Set<String> units) {
        if (units.size() > MANY_UNITS) {
            events.publishEvent(new ValuesSubmitted(null));
        } else {
            units.forEach(unit -> events.publishEvent(new ValuesSubmitted(unit)));
        }
    }
}
