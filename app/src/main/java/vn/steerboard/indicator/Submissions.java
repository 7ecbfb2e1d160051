package vn.steerboard.indicator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.FiguresChanged;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.RowProblem;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.indicator.internal.Contribution;
import vn.steerboard.indicator.internal.RollupStore;
import vn.steerboard.indicator.internal.SubmissionStore;
import vn.steerboard.registry.Registry;

/**
 * Values in, by form, API or spreadsheet; approval up the unit's lineage to the nation. Every batch is checked
 * whole before anything is written (all or nothing), and every write updates the roll-ups in the same
 * transaction. Writers take one lock, so roll-up deltas never race; with several nodes this becomes a
 * PostgreSQL advisory lock.
 */
@Service
public class Submissions {

    public static final String NATION = Contribution.NATION;
    private static final ZoneId VIETNAM = vn.steerboard.common.VietnamTime.ZONE;
    private static final int MANY_UNITS = 10;
    /** The largest batch: values per push or per file (a submission is one data set, unit and period). */
    public static final int MAX_BATCH_VALUES = 100_000;

    private final IndicatorCatalogue catalogue;
    private final SubmissionStore store;
    private final RollupStore rollups;
    private final Registry registry;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ReentrantLock writers = new ReentrantLock(true);
    private long lastSequence = -1;

    Submissions(IndicatorCatalogue catalogue, SubmissionStore store, RollupStore rollups, Registry registry,
            AccessPolicy access, AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate transactions,
            JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.rollups = rollups;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock.withZone(VIETNAM);
    }

    /** What a batch did; {@code replayed} when the idempotency key had been seen and nothing was written again. */
    public record BatchResult(int submissions, int values, List<Long> submissionIds, List<String> warnings, boolean replayed) {
    }

    /** One data set, unit and period from the form or the API. {@code replaceAll}: elements left out are cleared. */
    public SubmissionView submit(SubmissionRequest request, String channel, boolean replaceAll) {
        List<RowProblem> problems = new ArrayList<>();
        Prepared prepared = prepare(request, 1, problems, replaceAll, prefetch(List.of(request)));
        if (!problems.isEmpty()) {
            throw new RejectedFileException("Submission rejected, nothing saved",
                    problems.size() + " problem(s); nothing was saved", problems);
        }
        BatchResult result = write(List.of(prepared), channel);
        return view(result.submissionIds().get(0));
    }

    /**
     * A batch of values pushed by a system. Values are grouped by data set, unit and period; the whole batch is
     * checked first and written in one transaction. A resent batch with the same idempotency key is answered
     * from the first time; the same key with different content is refused.
     */
    public BatchResult push(List<ValueEntry> entries, String idempotencyKey, String channel) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < (entries == null ? 0 : entries.size()); i++) {
            rows.add(i + 1);
        }
        return push(entries, rows, idempotencyKey, channel);
    }

    /** As {@link #push(List, String, String)}, naming problems by the given row numbers (a file's own). */
    public BatchResult push(List<ValueEntry> entries, List<Integer> rowNumbers, String idempotencyKey, String channel) {
        String actor = access.requireActor().name();
        if (entries != null && entries.size() > MAX_BATCH_VALUES) {
            throw new vn.steerboard.common.PayloadTooLargeException(MAX_BATCH_VALUES + " values per batch", "The batch has "
                    + entries.size() + " values; at most " + MAX_BATCH_VALUES + " per batch or file; nothing was saved");
        }
        String hash = hash(entries);
        if (idempotencyKey != null) {
            if (idempotencyKey.isBlank() || idempotencyKey.length() > 120) {
                throw new InvalidParameterException("Idempotency-Key", idempotencyKey, "1 to 120 characters");
            }
            BatchResult earlier = replay(actor, idempotencyKey, hash);
            if (earlier != null) {
                return earlier;
            }
        }
        List<RowProblem> problems = new ArrayList<>();
        Map<List<String>, Integer> firstRow = new LinkedHashMap<>();
        Map<List<String>, Map<String, Double>> grouped = new LinkedHashMap<>();
        if (entries == null || entries.isEmpty()) {
            throw new InvalidParameterException("values", "[]", "at least one value");
        }
        for (int i = 0; i < entries.size(); i++) {
            ValueEntry entry = entries.get(i);
            int row = rowNumbers.get(i);
            if (entry == null) {
                problems.add(new RowProblem(row, "value", null, "an object with element, unit, period and value"));
                continue;
            }
            ElementDefinition element = catalogue.element(entry.element()).orElse(null);
            if (element == null) {
                problems.add(new RowProblem(row, "element", entry.element(), "unknown data element code"));
                continue;
            }
            if (entry.value() == null) {
                problems.add(new RowProblem(row, "value", null, "a value is required"));
                continue;
            }
            List<String> key = List.of(element.dataSetCode(), String.valueOf(entry.unit()), String.valueOf(entry.period()));
            firstRow.putIfAbsent(key, row);
            Map<String, Double> values = grouped.computeIfAbsent(key, k -> new LinkedHashMap<>());
            if (values.put(element.code(), entry.value()) != null) {
                problems.add(new RowProblem(row, "element", element.code(), "given twice for unit " + entry.unit()
                        + " and period " + entry.period()));
            }
        }
        List<Prepared> prepared = new ArrayList<>();
        List<SubmissionRequest> requests = grouped.entrySet().stream().map(group -> new SubmissionRequest(group.getKey().get(0),
                group.getKey().get(1), group.getKey().get(2), group.getValue())).toList();
        SubmissionStore.Existing existing = prefetch(requests);
        for (SubmissionRequest request : requests) {
            Prepared p = prepare(request, firstRow.get(List.of(request.dataSet(), request.unit(), request.period())), problems, false,
                    existing);
            if (p != null) {
                prepared.add(p);
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedFileException("Batch rejected, nothing saved",
                    problems.size() + " problem(s) in " + entries.size() + " value(s); nothing was saved", problems);
        }
        return write(prepared, channel, actor, idempotencyKey, hash);
    }

    /**
     * The approval awaited next is given; at the national level the values become official. The approver names the
     * level and the version he was shown: a stale or repeated decision (another approver was first, the values
     * changed meanwhile, a double click) is refused with 409 and the current state, and changes nothing.
     */
    public SubmissionView approve(long id, String level, Long version, String note) {
        vn.steerboard.common.EdgeText.atMost("note", note, 2000);
        locked(() -> {
            SubmissionStore.Head head = head(id);
            if (!"SUBMITTED".equals(head.status())) {
                throw new ConflictException("Submission " + id + " is " + head.status() + "; only a submitted one can be approved",
                        currentView(id));
            }
            String next = nextLevel(head);
            Actor actor = requireApprover(next, head, "APPROVE");
            requireFourEyes(head, "approve");
            requireShown(head, next, level, version, "approved");
            OffsetDateTime now = OffsetDateTime.now(clock);
            boolean moved = NATION.equals(next) ? store.setState(id, version, "APPROVED", next, null)
                    : store.setState(id, version, "SUBMITTED", next, null);
            if (!moved) {
                throw stale(id, version, "approved");
            }
            store.step(id, "APPROVED", next, actor.name(), now, note);
            if (NATION.equals(next)) {
                rollups.add(RollupStore.OFFICIAL, store.contributions(id));
            }
            audit.record(new AuditEvent("SUBMISSION_APPROVED", "SUBMISSION", String.valueOf(id), head.unit(),
                    Map.of("approvedThrough", String.valueOf(head.approvedThrough()), "version", version),
                    Map.of("approvedThrough", next, "version", version + 1), note));
            events.publishEvent(FiguresChanged.of("indicators", head.unit()));
            return null;
        });
        return view(id);
    }

    /**
     * Sent back with a reason: the values leave the roll-ups and become editable again. The returner names the level
     * he acts at (the level awaited, or "VN" for fully approved values) and the version he was shown.
     */
    public SubmissionView returnForCorrection(long id, String level, Long version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidParameterException("reason", reason, "a reason for returning the submission");
        }
        vn.steerboard.common.EdgeText.atMost("note", reason.strip(), 2000);
        locked(() -> {
            SubmissionStore.Head head = head(id);
            Actor actor;
            List<Contribution> values = store.contributions(id);
            if ("APPROVED".equals(head.status())) {
                access.requireAdmin("SUBMISSION", String.valueOf(id));
                actor = access.requireActor();
                requireFourEyes(head, "return");
                requireShown(head, head.approvedThrough(), level, version, "returned");
                if (!store.setState(id, version, "RETURNED", null, reason.strip())) {
                    throw stale(id, version, "returned");
                }
                rollups.remove(RollupStore.ALL, values);
                rollups.remove(RollupStore.OFFICIAL, values);
            } else if ("SUBMITTED".equals(head.status())) {
                String next = nextLevel(head);
                actor = requireApprover(next, head, "RETURN");
                requireFourEyes(head, "return");
                requireShown(head, next, level, version, "returned");
                if (!store.setState(id, version, "RETURNED", null, reason.strip())) {
                    throw stale(id, version, "returned");
                }
                rollups.remove(RollupStore.ALL, values);
            } else {
                throw new ConflictException("Submission " + id + " is already returned", currentView(id));
            }
            store.step(id, "RETURNED", head.approvedThrough(), actor.name(), OffsetDateTime.now(clock), reason.strip());
            audit.record(new AuditEvent("SUBMISSION_RETURNED", "SUBMISSION", String.valueOf(id), head.unit(),
                    Map.of("status", head.status(), "version", version), Map.of("status", "RETURNED", "version", version + 1),
                    reason.strip()));
            events.publishEvent(FiguresChanged.of("indicators", head.unit()));
            return null;
        });
        return view(id);
    }

    /** A decision names the level it acts on and the version it was shown; anything else is decided unseen. */
    /** Checked after the permission and four eyes, so a refused caller learns nothing about levels or versions. */
    private void requireShown(SubmissionStore.Head head, String actualLevel, String level, Long version, String verb) {
        vn.steerboard.common.Versions.require(version, "An approval or return");
        if (level == null || level.isBlank()) {
            throw new vn.steerboard.common.PreconditionRequiredException("level", "The decision must name the level it acts on"
                    + " (field 'level'; here " + actualLevel + ")");
        }
        if (head.version() != version) {
            throw stale(head.id(), version, verb);
        }
        if (!level.strip().equals(actualLevel)) {
            throw new ConflictException("Submission " + head.id() + " awaits level " + actualLevel + ", not " + level.strip()
                    + "; nothing was " + verb, currentView(head.id()));
        }
    }

    private ConflictException stale(long id, long shown, String verb) {
        SubmissionView current = currentView(id);
        return new ConflictException("Submission " + id + " changed since version " + shown + " was shown (now version "
                + current.version() + ", " + current.status() + (current.approvedThrough() == null ? ""
                        : " through " + current.approvedThrough()) + "); nothing was " + verb, current);
    }

    private SubmissionView currentView(long id) {
        return store.view(id, this::unitName, this::nextLevelOrNull).orElseThrow();
    }

    public SubmissionView view(long id) {
        SubmissionView view = store.view(id, this::unitName, this::nextLevelOrNull)
                .orElseThrow(() -> new NotFoundException("Submission " + id + " does not exist"));
        access.requireRead(view.unitCode(), "SUBMISSION", String.valueOf(id));
        return view;
    }

    /** Submissions the current actor may see, filtered; {@code awaitingMe} keeps those whose next approval is theirs. */
    public List<SubmissionView> list(String status, String unit, String dataSet, String period, boolean awaitingMe, int limit) {
        Actor actor = access.requireActor();
        List<String> units = null;
        if (unit != null) {
            access.requireRead(unit, "SUBMISSION", null);
            units = subtree(unit);
        } else if (actor.unitCode() != null) {
            units = subtree(actor.unitCode());
        }
        List<SubmissionView> views = new ArrayList<>();
        for (long id : store.ids(awaitingMe ? "SUBMITTED" : status, units, dataSet, period, awaitingMe ? 5000 : limit)) {
            SubmissionView view = store.view(id, this::unitName, this::nextLevelOrNull).orElseThrow();
            if (!awaitingMe || mayApproveAt(actor, view.nextLevel())) {
                views.add(view);
            }
            if (views.size() >= limit) {
                break;
            }
        }
        return views;
    }

    /** The repair command: roll-ups recomputed from the values alone; returns the rows written. ADMIN only. */
    public int rebuildRollups() {
        access.requireAdmin("ROLLUP", null);
        int rows = locked(() -> {
            int written = rollups.rebuild();
            audit.record(new AuditEvent("ROLLUPS_REBUILT", "ROLLUP", null, null, null, Map.of("rows", written), null));
            return written;
        });
        events.publishEvent(FiguresChanged.of("indicators", null));
        return rows;
    }

    /** The approval levels of a unit: itself, its ancestors, then the nation. */
    public List<String> levels(String unit) {
        List<String> levels = new ArrayList<>(registry.lineage(unit));
        levels.add(NATION);
        return levels;
    }

    public boolean mayApproveAt(Actor actor, String level) {
        if (actor == null || level == null) {
            return false;
        }
        if (actor.isAdmin()) {
            return true;
        }
        return !NATION.equals(level) && (actor.role() == vn.steerboard.identity.Role.LEADER
                && registry.isWithin(level, actor.unitCode()) || access.isDeputyOver(actor, level));
    }

    // ---- internals ----

    private record Prepared(DataSetDefinition dataSet, String unit, Period period, Map<String, Double> values,
            boolean replaceAll, List<String> warnings) {
    }

    /** Existing submissions and previous-period values for a batch's requests, in a few queries. */
    private SubmissionStore.Existing prefetch(List<SubmissionRequest> requests) {
        List<List<String>> keys = new ArrayList<>();
        List<List<String>> previous = new ArrayList<>();
        for (SubmissionRequest r : requests) {
            if (r.dataSet() == null || r.unit() == null || r.period() == null) {
                continue;
            }
            keys.add(List.of(r.dataSet(), r.unit(), r.period()));
            try {
                previous.add(List.of(r.unit(), Period.parse(r.period()).previous().code()));
            } catch (RuntimeException notAPeriod) {
                // reported by prepare() with its row
            }
        }
        return store.prefetch(keys, previous);
    }

    private Prepared prepare(SubmissionRequest request, int row, List<RowProblem> problems, boolean replaceAll,
            SubmissionStore.Existing known) {
        int before = problems.size();
        DataSetDefinition dataSet = null;
        try {
            dataSet = catalogue.dataSet(request.dataSet());
        } catch (NotFoundException e) {
            problems.add(new RowProblem(row, "dataSet", request.dataSet(), "unknown data set code"));
        }
        if (request.unit() == null || !registry.exists(request.unit())) {
            problems.add(new RowProblem(row, "unit", request.unit(), "unknown organisation unit code"));
        }
        Period period = null;
        try {
            period = Period.parse(request.period());
        } catch (InvalidParameterException e) {
            problems.add(new RowProblem(row, "period", request.period(), "not a period; write 2025-03, 2025Q1 or 2025"));
        }
        if (dataSet != null && period != null) {
            if (period.type() != dataSet.periodType()) {
                problems.add(new RowProblem(row, "period", request.period(), "data set " + dataSet.code() + " is reported "
                        + dataSet.periodType().name().toLowerCase() + "; this period is " + period.type().name().toLowerCase()));
            } else if (period.start().isAfter(LocalDate.now(clock))) {
                problems.add(new RowProblem(row, "period", request.period(), "the period has not begun yet"));
            }
        }
        if (request.values() == null || request.values().isEmpty()) {
            problems.add(new RowProblem(row, "values", null, "at least one value"));
        }
        if (problems.size() > before) {
            return null;
        }
        access.requireSubmitter(request.unit(), "SUBMISSION", dataSet.code() + "/" + request.unit() + "/" + period.code());
        for (Map.Entry<String, Double> value : request.values().entrySet()) {
            ElementDefinition element = catalogue.element(value.getKey()).orElse(null);
            if (element == null || !element.dataSetCode().equals(dataSet.code())) {
                problems.add(new RowProblem(row, "element", value.getKey(), element == null ? "unknown data element code"
                        : "belongs to data set " + element.dataSetCode() + ", not " + dataSet.code()));
            } else if (value.getValue() == null) {
                problems.add(new RowProblem(row, element.code(), null, "a value is required"));
            } else if (element.valueType().problem(value.getValue()) != null) {
                problems.add(new RowProblem(row, element.code(), String.valueOf(value.getValue()),
                        element.valueType().problem(value.getValue())));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        Map<String, Double> merged = new LinkedHashMap<>();
        SubmissionStore.Head existing = known.head(dataSet.code(), request.unit(), period.code());
        if (existing != null && !replaceAll) {
            known.values(existing.id()).forEach(c -> merged.put(c.element(), c.value()));
        }
        merged.putAll(request.values());
        for (String code : merged.keySet()) {
            ElementDefinition element = catalogue.element(code).orElseThrow();
            if (element.treeAggregation() == Aggregation.WEIGHTED_AVERAGE && element.weightElement() != null
                    && merged.get(element.weightElement()) == null) {
                problems.add(new RowProblem(row, code, String.valueOf(merged.get(code)),
                        "is averaged weighted by " + element.weightElement() + ", which must be given too"));
            }
        }
        Map<String, Double> context = new LinkedHashMap<>(merged);
        known.previous(request.unit(), period.previous().code())
                .forEach((code, value) -> context.put(code + ValidationRule.PREVIOUS_SUFFIX, value));
        List<String> warnings = new ArrayList<>();
        for (ValidationRule rule : dataSet.rules()) {
            if (Boolean.FALSE.equals(rule.holds(context))) {
                String message = rule.code() + " (" + rule.describe() + "): " + rule.nameVi();
                if (rule.importance() == ValidationRule.Importance.HIGH) {
                    problems.add(new RowProblem(row, "rule " + rule.code(), rule.describe(), "failed: " + rule.nameEn()));
                } else {
                    warnings.add(message);
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Prepared(dataSet, request.unit(), period, request.values(), replaceAll, warnings);
    }

    private BatchResult write(List<Prepared> prepared, String channel) {
        return write(prepared, channel, access.requireActor().name(), null, null);
    }

    private BatchResult write(List<Prepared> batch, String channel, String actor, String idempotencyKey, String hash) {
        return locked(() -> {
            if (idempotencyKey != null) {
                BatchResult earlier = replay(actor, idempotencyKey, hash);
                if (earlier != null) {
                    return earlier;
                }
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            LocalDate today = now.atZoneSameInstant(VIETNAM).toLocalDate();
            // read again under the lock: what was fetched for checking may have changed since
            SubmissionStore.Existing known = store.prefetch(batch.stream().map(p -> List.of(p.dataSet().code(), p.unit(),
                    p.period().code())).toList(), List.of());
            List<String> warnings = new ArrayList<>();
            List<Contribution> added = new ArrayList<>();
            List<Contribution> removed = new ArrayList<>();
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> resubmits = new ArrayList<>();
            List<Object[]> deletions = new ArrayList<>();
            Set<String> units = new LinkedHashSet<>();
            int values = 0;
            for (Prepared p : batch) {
                String warningText = String.join("\n", p.warnings());
                SubmissionStore.Head head = known.head(p.dataSet().code(), p.unit(), p.period().code());
                if (head == null) {
                    inserts.add(new Object[] {p.dataSet().code(), p.unit(), p.period().code(), p.period().end(),
                        p.dataSet().dueOn(p.period()), channel, actor, now, today, warningText});
                } else {
                    if (head.locked()) {
                        throw new ConflictException("Values of " + p.dataSet().code() + " for unit " + p.unit() + ", period "
                                + p.period().code() + " are approved (through " + head.approvedThrough()
                                + ") and locked; the approver must return them first");
                    }
                    List<Contribution> old = known.values(head.id());
                    if ("SUBMITTED".equals(head.status())) {
                        removed.addAll(old.stream().filter(c -> p.replaceAll() || p.values().containsKey(c.element())).toList());
                    } else {
                        // a returned submission's values left the roll-ups; those kept come back with the new ones
                        added.addAll(old.stream().filter(c -> !p.replaceAll() && !p.values().containsKey(c.element())).toList());
                    }
                    for (Contribution c : old) {
                        if (p.replaceAll() || p.values().containsKey(c.element())) {
                            deletions.add(new Object[] {head.id(), c.element()});
                        }
                    }
                    resubmits.add(new Object[] {channel, actor, now, today, warningText, head.id()});
                }
                warnings.addAll(p.warnings().stream().map(w -> p.unit() + " " + p.period().code() + ": " + w).toList());
                units.add(p.unit());
                values += p.values().size();
            }
            Map<List<String>, Long> newIds = inserts.isEmpty() ? Map.of() : store.insertAll(inserts);
            store.resubmitAll(resubmits);
            store.deleteValues(deletions);
            List<Long> ids = new ArrayList<>();
            List<Contribution> fresh = new ArrayList<>();
            Map<Contribution, Long> submissionOf = new java.util.HashMap<>();
            List<Object[]> steps = new ArrayList<>();
            for (Prepared p : batch) {
                List<String> key = List.of(p.dataSet().code(), p.unit(), p.period().code());
                SubmissionStore.Head head = known.heads().get(key);
                long id = head == null ? newIds.get(key) : head.id();
                String lineage = Contribution.lineageOf(registry.lineage(p.unit()));
                for (Map.Entry<String, Double> value : p.values().entrySet()) {
                    ElementDefinition element = catalogue.element(value.getKey()).orElseThrow();
                    double weight = element.treeAggregation() == Aggregation.WEIGHTED_AVERAGE && element.weightElement() != null
                            ? weightOf(element, p, known.values(id)) : 1;
                    Contribution c = new Contribution(element.code(), p.unit(), p.period().code(), value.getValue(), weight,
                            nextSequence(), lineage);
                    fresh.add(c);
                    submissionOf.put(c, id);
                }
                String warningText = String.join("\n", p.warnings());
                steps.add(new Object[] {id, "SUBMITTED", null, actor, now, warningText.isEmpty() ? null : warningText});
                ids.add(id);
                if (batch.size() == 1) {
                    audit.record(new AuditEvent(head == null ? "SUBMISSION_CREATED" : "SUBMISSION_REPLACED", "SUBMISSION",
                            String.valueOf(id), p.unit(), null, Map.of("dataSet", p.dataSet().code(), "period", p.period().code(),
                                    "values", p.values().size(), "channel", channel), null));
                }
            }
            store.insertValues(fresh, submissionOf);
            store.stepAll(steps);
            added.addAll(fresh);
            if (batch.size() > 1) {
                // one record for the batch, whatever its size; every submission it wrote is in the record's
                // content-addressed attachment, which the record's hash (and so the chain) covers
                List<List<Object>> written = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    Prepared p = batch.get(i);
                    written.add(List.of(ids.get(i), p.dataSet().code(), p.unit(), p.period().code(), p.values().size()));
                }
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("submissions", ids.size());
                summary.put("values", values);
                summary.put("channel", channel);
                summary.put("submissionIds", IdRanges.format(ids));
                audit.record(new AuditEvent("SUBMISSIONS_PUSHED", "SUBMISSION", ids.size() + " submissions", null, null,
                        summary, null, Map.of("columns", List.of("id", "dataSet", "unit", "period", "values"),
                                "submissions", written)));
            }
            rollups.remove(RollupStore.ALL, removed);
            rollups.add(RollupStore.ALL, added);
            BatchResult result = new BatchResult(batch.size(), values, ids, warnings, false);
            if (idempotencyKey != null) {
                // compact whatever the batch's size: the ids as ranges (a batch's new ids are mostly consecutive)
                StoredAnswer stored = new StoredAnswer(result.submissions(), result.values(), IdRanges.format(ids), warnings);
                jdbc.sql("INSERT INTO ingest_request (actor, idempotency_key, request_hash, response, created_at) VALUES (?, ?, ?, ?, ?)")
                        .params(actor, idempotencyKey, hash, json.writeValueAsString(stored), now).update();
            }
            if (units.size() > MANY_UNITS) {
                events.publishEvent(FiguresChanged.of("indicators", null));
            } else {
                units.forEach(unit -> events.publishEvent(FiguresChanged.of("indicators", unit)));
            }
            return result;
        });
    }

    /** The first answer to an idempotent batch as stored: counts, ids as ranges ("5-9,12"), warnings. */
    record StoredAnswer(int submissions, int values, String ids, List<String> warnings) {
    }

    private static double weightOf(ElementDefinition element, Prepared p, List<Contribution> existing) {
        Double weight = p.values().get(element.weightElement());
        if (weight == null) {
            weight = existing.stream().filter(c -> c.element().equals(element.weightElement()))
                    .map(Contribution::value).findFirst().orElse(0.0);
        }
        return weight;
    }

    private long nextSequence() {
        if (lastSequence < 0) {
            lastSequence = store.lastSequence();
        }
        return ++lastSequence;
    }

    private BatchResult replay(String actor, String key, String hash) {
        return jdbc.sql("SELECT request_hash, response FROM ingest_request WHERE actor = ? AND idempotency_key = ?")
                .params(actor, key).query((rs, n) -> {
                    if (!rs.getString(1).equals(hash)) {
                        throw new ConflictException("Idempotency key '" + key + "' was used before for a different batch");
                    }
                    StoredAnswer first = json.readValue(rs.getString(2), StoredAnswer.class);
                    return new BatchResult(first.submissions(), first.values(), IdRanges.parse(first.ids()), first.warnings(), true);
                }).optional().orElse(null);
    }

    private String hash(List<ValueEntry> entries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(json.writeValueAsString(entries).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T locked(java.util.function.Supplier<T> work) {
        writers.lock();
        try {
            long sequenceBefore = lastSequence;
            try {
                return transactions.execute(status -> work.get());
            } catch (RuntimeException e) {
                lastSequence = sequenceBefore;
                throw e;
            }
        } finally {
            writers.unlock();
        }
    }

    private SubmissionStore.Head head(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Submission " + id + " does not exist"));
    }

    private Actor requireApprover(String level, SubmissionStore.Head head, String attempt) {
        if (NATION.equals(level)) {
            access.requireAdmin("SUBMISSION", String.valueOf(head.id()));
            return access.requireActor();
        }
        return access.requireLeaderOver(level, attempt, "SUBMISSION", String.valueOf(head.id()));
    }

    /** Four eyes: whoever entered values of this submission (at any time) may not approve or return it. */
    private void requireFourEyes(SubmissionStore.Head head, String attempt) {
        List<String> authors = jdbc.sql("""
                SELECT actor FROM submission_step WHERE submission_id = ? AND action = 'SUBMITTED'
                UNION SELECT submitted_by FROM submission WHERE id = ?""").params(head.id(), head.id())
                .query(String.class).list();
        access.requireFourEyes(authors, attempt, "SUBMISSION", String.valueOf(head.id()), head.unit());
    }

    private String nextLevel(SubmissionStore.Head head) {
        List<String> levels = levels(head.unit());
        int index = head.approvedThrough() == null ? 0 : levels.indexOf(head.approvedThrough()) + 1;
        return levels.get(Math.min(index, levels.size() - 1));
    }

    private String nextLevelOrNull(SubmissionStore.Head head) {
        return "SUBMITTED".equals(head.status()) ? nextLevel(head) : null;
    }

    private String unitName(String code) {
        return registry.find(code).map(u -> u.nameVi()).orElse(code);
    }

    private List<String> subtree(String unit) {
        List<String> units = new ArrayList<>();
        units.add(unit);
        for (var child : registry.all(vn.steerboard.registry.OrgUnitType.COMMUNE, unit)) {
            units.add(child.code());
        }
        return units;
    }
}
