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
import vn.steerboard.common.VietnamTime;
import vn.steerboard.indicator.Aggregation;
import vn.steerboard.indicator.ElementDefinition;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.registry.Registry;
import vn.steerboard.submission.SubmissionStatus;
import vn.steerboard.submission.SystemValues;
import vn.steerboard.submission.SystemValuesRecorded;

/**
 * Writes a system's checked entries under the writer lock, in the caller's transaction: new keys as approved
 * submissions, changed keys superseded (their old values leave both roll-up scopes they counted in, the new ones
 * join both), unchanged keys left alone; one audit record for the call and a {@link SystemValuesRecorded} per unit.
 */
@Component
public class SystemValueWriter {

    private static final int MANY_UNITS = 10;

    private final SystemValueChecks checks;
    private final SubmissionStore submissions;
    private final SystemValueStore store;
    private final DataValueStore valueRows;
    private final Rollups rollups;
    private final IndicatorCatalogue catalogue;
    private final Registry registry;
    private final WriterLock lock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SystemValueWriter(SystemValueChecks checks, SubmissionStore submissions, SystemValueStore store,
            DataValueStore valueRows, Rollups rollups, IndicatorCatalogue catalogue, Registry registry, WriterLock lock,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.checks = checks;
        this.submissions = submissions;
        this.store = store;
        this.valueRows = valueRows;
        this.rollups = rollups;
        this.catalogue = catalogue;
        this.registry = registry;
        this.lock = lock;
        this.audit = audit;
        this.events = events;
        this.clock = clock.withZone(VietnamTime.ZONE);
    }

    /** What a call changes, gathered before the roll-ups move. */
    private static final class Plan {
        final List<SystemValueChecks.Checked> written = new ArrayList<>();
        final List<SystemValueStore.Row> inserts = new ArrayList<>();
        final List<Long> superseded = new ArrayList<>();
        final List<Contribution> leaveAll = new ArrayList<>();
        final List<Contribution> leaveOfficial = new ArrayList<>();
        final Set<String> units = new LinkedHashSet<>();
        int unchanged;
    }

    public SystemValues.Recorded record(String source, List<SystemValues.Entry> entries) {
        List<SystemValueChecks.Checked> checked = checks.check(source, entries);
        if (checked.isEmpty()) {
            return new SystemValues.Recorded(0, 0, 0, List.of());
        }
        List<String> keys = checked.stream().map(c -> WriterLock.key(c.dataSet().code(), c.period().code()))
                .distinct().toList();
        return lock.run(keys, () -> write(source, checked));
    }

    private SystemValues.Recorded write(String source, List<SystemValueChecks.Checked> checked) {
        String channel = SystemValues.channelOf(source);
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
        // read under the lock: the state every delta is computed from
        SubmissionStore.Existing known = submissions.prefetch(checked.stream().map(SystemValueChecks.Checked::key).toList(),
                List.of());
        Plan plan = new Plan();
        for (SystemValueChecks.Checked c : checked) {
            plan(c, known, channel, now, today, plan);
        }
        if (plan.written.isEmpty()) {
            return new SystemValues.Recorded(0, 0, plan.unchanged, List.of());
        }
        // set-based: one statement each for the new submissions, the superseded ones and their old values
        Map<SubmissionStore.Key, Long> ids = new HashMap<>(store.insertAll(plan.inserts));
        store.supersedeAll(plan.superseded, channel, channel, now, today);
        store.deleteValuesOf(plan.superseded);
        plan.written.forEach(c -> {
            SubmissionStore.Head head = known.head(c.key());
            if (head != null) {
                ids.put(c.key(), head.id());
            }
        });
        List<Contribution> fresh = values(plan.written, ids);
        // each scope's roll-ups move by the net delta of every key at once (old values out, new ones in)
        rollups.move(RollupScope.ALL, plan.leaveAll, fresh);
        rollups.move(RollupScope.OFFICIAL, plan.leaveOfficial, fresh);
        List<Long> written = plan.written.stream().map(c -> ids.get(c.key())).toList();
        submissions.stepAll(written.stream().map(id -> new SubmissionStore.Step(id, "APPROVED", Registry.NATION, channel, now,
                null)).toList());
        auditCall(source, plan, written);
        publish(source, plan.units);
        return new SystemValues.Recorded(plan.inserts.size(), plan.superseded.size(), plan.unchanged, written);
    }

    private static void plan(SystemValueChecks.Checked c, SubmissionStore.Existing known, String channel,
            OffsetDateTime now, LocalDate today, Plan plan) {
        SubmissionStore.Head head = known.head(c.key());
        if (head == null) {
            plan.inserts.add(new SystemValueStore.Row(c.key(), c.period().end(), c.dataSet().dueOn(c.period()), channel,
                    channel, now, today));
        } else {
            List<Contribution> old = known.values(head.id());
            if (head.status() == SubmissionStatus.APPROVED && same(old, c.values())) {
                plan.unchanged++;
                return;
            }
            for (Contribution value : old) {
                // a returned submission's values have left the roll-ups already
                if (head.status() != SubmissionStatus.RETURNED) {
                    plan.leaveAll.add(value);
                }
                if (head.status() == SubmissionStatus.APPROVED) {
                    plan.leaveOfficial.add(value);
                }
            }
            plan.superseded.add(head.id());
        }
        plan.written.add(c);
        plan.units.add(c.unit());
    }

    private static boolean same(List<Contribution> old, Map<String, Double> values) {
        if (old.size() != values.size()) {
            return false;
        }
        for (Contribution c : old) {
            Double now = values.get(c.element());
            if (now == null || Double.compare(now, c.value()) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The new value rows, numbered in entry order under the lock, inserted; returned as roll-up contributions. */
    private List<Contribution> values(List<SystemValueChecks.Checked> written, Map<SubmissionStore.Key, Long> ids) {
        Iterator<Long> entries = lock.entries(written.stream().mapToInt(c -> c.values().size()).sum());
        List<Contribution> fresh = new ArrayList<>();
        Map<Contribution, Long> submissionOf = new HashMap<>();
        Map<String, String> lineages = new HashMap<>();
        for (SystemValueChecks.Checked c : written) {
            String lineage = lineages.computeIfAbsent(c.unit(), unit -> Contribution.lineageOf(registry.lineage(unit)));
            for (Map.Entry<String, Double> value : new java.util.TreeMap<>(c.values()).entrySet()) {
                ElementDefinition element = catalogue.element(value.getKey()).orElseThrow();
                Contribution contribution = new Contribution(element.code(), c.unit(), c.period().code(), value.getValue(),
                        weightOf(element, c.values()), entries.next(), lineage);
                fresh.add(contribution);
                submissionOf.put(contribution, ids.get(c.key()));
            }
        }
        valueRows.insert(fresh, submissionOf);
        return fresh;
    }

    private static double weightOf(ElementDefinition element, Map<String, Double> values) {
        if (element.treeAggregation() != Aggregation.WEIGHTED_AVERAGE || element.weightElement() == null) {
            return 1;
        }
        return values.getOrDefault(element.weightElement(), 0.0);
    }

    /** One record per call: the keys written are in the record's attachment, which its hash covers. */
    private void auditCall(String source, Plan plan, List<Long> ids) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < plan.written.size(); i++) {
            SystemValueChecks.Checked c = plan.written.get(i);
            rows.add(List.of(ids.get(i), c.dataSet().code(), c.unit(), c.period().code(), new java.util.TreeMap<>(c.values())));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("source", source);
        summary.put("created", plan.inserts.size());
        summary.put("superseded", plan.superseded.size());
        summary.put("unchanged", plan.unchanged);
        summary.put("submissionIds", IdRanges.format(ids));
        String unit = plan.units.size() == 1 ? plan.units.iterator().next() : null;
        audit.recordAs(SystemValues.channelOf(source), new AuditEvent("SYSTEM_VALUES_RECORDED", "SUBMISSION",
                ids.size() + " submissions", unit, null, summary, null,
                Map.of("columns", List.of("id", "dataSet", "unit", "period", "values"), "submissions", rows)));
    }

    private void publish(String source, Set<String> units) {
        if (units.size() > MANY_UNITS) {
            events.publishEvent(new SystemValuesRecorded(null, source));
        } else {
            units.forEach(unit -> events.publishEvent(new SystemValuesRecorded(unit, source)));
        }
    }
}
