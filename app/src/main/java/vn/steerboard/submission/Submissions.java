package vn.steerboard.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.steerboard.analytics.Rollups;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.PayloadTooLargeException;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.RowProblem;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.submission.internal.ApprovalLevels;
import vn.steerboard.submission.internal.CheckedSubmission;
import vn.steerboard.submission.internal.IdempotentBatches;
import vn.steerboard.submission.internal.PushedBatch;
import vn.steerboard.submission.internal.SubmissionChecks;
import vn.steerboard.submission.internal.SubmissionQueries;
import vn.steerboard.submission.internal.SubmissionStore;
import vn.steerboard.submission.internal.SubmissionWriter;
import vn.steerboard.submission.internal.WriterLock;

/**
 * Values in, by form, API or spreadsheet. Every batch is checked whole before anything is written (all or nothing),
 * and every write updates the roll-ups in the same transaction. Approval and return are {@link Approvals}.
 */
@Service
public class Submissions {

    /** The largest batch: values per push or per file (a submission is one data set, unit and period). */
    public static final int MAX_BATCH_VALUES = 100_000;

    private final SubmissionChecks checks;
    private final SubmissionWriter writer;
    private final SubmissionStore store;
    private final SubmissionQueries queries;
    private final IdempotentBatches idempotency;
    private final ApprovalLevels levels;
    private final Rollups rollups;
    private final WriterLock lock;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Submissions(SubmissionChecks checks, SubmissionWriter writer, SubmissionStore store, SubmissionQueries queries,
            IdempotentBatches idempotency,
            ApprovalLevels levels, Rollups rollups, WriterLock lock, AccessPolicy access, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.checks = checks;
        this.writer = writer;
        this.store = store;
        this.queries = queries;
        this.idempotency = idempotency;
        this.levels = levels;
        this.rollups = rollups;
        this.lock = lock;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    /** One data set, unit and period from the form or the API. {@code replaceAll}: elements left out are cleared. */
    public SubmissionView submit(SubmissionRequest request, String channel, boolean replaceAll) {
        List<RowProblem> problems = new ArrayList<>();
        CheckedSubmission checked = checks.check(request, 1, problems, replaceAll, checks.prefetch(store, List.of(request)));
        if (!problems.isEmpty()) {
            throw new RejectedFileException("rejected-submission", "Submission rejected, nothing saved",
                    problems.size() + " problem(s); nothing was saved", problems);
        }
        String actor = access.requireActor().name();
        BatchResult result = writer.write(List.of(checked), channel, idempotency.request(actor, null, null));
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
            throw new PayloadTooLargeException(MAX_BATCH_VALUES + " values per batch", "The batch has " + entries.size()
                    + " values; at most " + MAX_BATCH_VALUES + " per batch or file; nothing was saved")
                    .because("problem.tooLarge.values", entries.size(), MAX_BATCH_VALUES);
        }
        IdempotentBatches.Request request = idempotency.request(actor, idempotencyKey, entries);
        var earlier = idempotency.replay(request);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (entries == null || entries.isEmpty()) {
            throw new InvalidParameterException("values", "[]", "at least one value").because("reason.values.none");
        }
        List<RowProblem> problems = new ArrayList<>();
        PushedBatch batch = PushedBatch.group(entries, rowNumbers, checks::element, problems);
        SubmissionStore.Existing existing = checks.prefetch(store, batch.requests());
        List<CheckedSubmission> checked = new ArrayList<>();
        for (SubmissionRequest r : batch.requests()) {
            CheckedSubmission c = checks.check(r, batch.firstRow(r), problems, false, existing);
            if (c != null) {
                checked.add(c);
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedFileException("rejected-batch", "Batch rejected, nothing saved",
                    problems.size() + " problem(s) in " + entries.size() + " value(s); nothing was saved", problems);
        }
        return writer.write(checked, channel, request);
    }

    public SubmissionView view(long id) {
        SubmissionView view = current(id);
        access.requireRead(view.unitCode(), "SUBMISSION", String.valueOf(id));
        return view;
    }

    /** The submission as it stands, for the caller's own checks (no read check: callers have made theirs). */
    SubmissionView current(long id) {
        return queries.row(id).map(this::viewOf).orElseThrow(() -> new NotFoundException("Submission " + id + " does not exist")
                .because("problem.submission.notFound", String.valueOf(id)));
    }

    private SubmissionView viewOf(SubmissionQueries.Row row) {
        SubmissionStore.Head head = row.head();
        String warnings = row.warnings();
        return new SubmissionView(head.id(), head.dataSet(), head.unit(), levels.unitName(head.unit()), head.period(),
                head.status(), head.approvedThrough(), levels.nextOrNull(head), head.locked(), row.dueOn(), row.submittedOn(),
                row.submittedOn().isAfter(row.dueOn()), row.submittedBy(), row.submittedAt(), row.channel(),
                warnings == null || warnings.isBlank() ? List.of() : List.of(warnings.split("\n")), row.returnReason(),
                row.values(), row.steps(), head.version());
    }

    /** Submissions the current actor may see, filtered; "awaiting me" keeps those whose next approval is theirs. */
    public List<SubmissionView> list(SubmissionFilter filter) {
        Actor actor = access.requireActor();
        int limit = filter.rows();
        List<String> units = null;
        if (filter.unit() != null) {
            access.requireRead(filter.unit(), "SUBMISSION", null);
            units = levels.subtree(filter.unit());
        } else if (actor.unitCode() != null) {
            units = levels.subtree(actor.unitCode());
        }
        boolean awaitingMe = filter.onlyAwaitingMe();
        List<SubmissionView> views = new ArrayList<>();
        for (long id : queries.ids(awaitingMe ? SubmissionStatus.SUBMITTED : filter.status(), units, filter.dataSet(),
                filter.period(), awaitingMe ? 5000 : limit)) {
            SubmissionView view = current(id);
            if (!awaitingMe || levels.mayApproveAt(actor, view.nextLevel())) {
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
        int rows = lock.runAlone(() -> {
            int written = rollups.rebuild();
            audit.record(new AuditEvent("ROLLUPS_REBUILT", "ROLLUP", null, null, null, Map.of("rows", written), null));
            return written;
        });
        events.publishEvent(new RollupsRebuilt());
        return rows;
    }

    /** The approval levels of a unit: itself, its ancestors, then the nation. */
    public List<String> levels(String unit) {
        return levels.of(unit);
    }

    public boolean mayApproveAt(Actor actor, String level) {
        return levels.mayApproveAt(actor, level);
    }
}
