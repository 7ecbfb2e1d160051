package vn.steerboard.submission;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.steerboard.analytics.Contribution;
import vn.steerboard.analytics.RollupScope;
import vn.steerboard.analytics.Rollups;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.EdgeText;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.PreconditionRequiredException;
import vn.steerboard.common.Versions;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.registry.Registry;
import vn.steerboard.submission.internal.ApprovalLevels;
import vn.steerboard.submission.internal.SubmissionStore;
import vn.steerboard.submission.internal.WriterLock;

/**
 * Approval up the unit's lineage to the nation, and return for correction. A decision names the level it acts on and
 * the version it was shown: a stale or repeated decision (another approver was first, the values changed meanwhile, a
 * double click) is refused with 409 and the current state, and changes nothing. Whoever entered the values may not
 * decide on them (four eyes).
 */
@Service
public class Approvals {

    private static final int MAX_NOTE = 2000;

    private final SubmissionStore store;
    private final Submissions submissions;
    private final ApprovalLevels levels;
    private final Rollups rollups;
    private final WriterLock lock;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Approvals(SubmissionStore store, Submissions submissions, ApprovalLevels levels, Rollups rollups, WriterLock lock,
            AccessPolicy access, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.submissions = submissions;
        this.levels = levels;
        this.rollups = rollups;
        this.lock = lock;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock.withZone(VietnamTime.ZONE);
    }

    /** The approval awaited next is given; at the national level the values become official. */
    public SubmissionView approve(long id, String level, Long version, String note) {
        EdgeText.atMost("note", note, MAX_NOTE);
        lock.run(keyOf(id), () -> {
            SubmissionStore.Head head = head(id);
            if (head.status() != SubmissionStatus.SUBMITTED) {
                throw new ConflictException("Submission " + id + " is " + head.status() + "; only a submitted one can be approved",
                        submissions.current(id)).because("problem.submission.notSubmitted", id);
            }
            String next = levels.next(head);
            Actor actor = levels.requireApprover(next, head, "APPROVE");
            requireFourEyes(head, "approve");
            requireShown(head, next, level, version, "approved");
            boolean national = Registry.NATION.equals(next);
            if (!store.setState(id, version, national ? SubmissionStatus.APPROVED : SubmissionStatus.SUBMITTED, next, null)) {
                throw stale(id, version, "approved");
            }
            store.step(new SubmissionStore.Step(id, "APPROVED", next, actor.name(), OffsetDateTime.now(clock), note));
            if (national) {
                rollups.add(RollupScope.OFFICIAL, store.contributions(id));
            }
            audit.record(new AuditEvent("SUBMISSION_APPROVED", "SUBMISSION", String.valueOf(id), head.unit(),
                    Map.of("approvedThrough", String.valueOf(head.approvedThrough()), "version", version),
                    Map.of("approvedThrough", next, "version", version + 1), note));
            events.publishEvent(new SubmissionApproved(id, head.unit(), next));
            return null;
        });
        return submissions.view(id);
    }

    /**
     * Refuses (403, audited) whoever may not approve the submission at the level it awaits, changing nothing: the
     * check a page makes before it tells a permitted approver what is missing from the decision.
     */
    public void requireMayApprove(long id) {
        SubmissionStore.Head head = head(id);
        if (head.status() == SubmissionStatus.SUBMITTED) {
            levels.requireApprover(levels.next(head), head, "APPROVE");
            requireFourEyes(head, "approve");
        } else {
            access.requireAdmin("SUBMISSION", String.valueOf(id));
        }
    }

    /**
     * Sent back with a reason: the values leave the roll-ups and become editable again. The returner names the level
     * he acts at (the level awaited, or "VN" for fully approved values) and the version he was shown.
     */
    public SubmissionView returnForCorrection(long id, String level, Long version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidParameterException("reason", reason, "a reason for returning the submission").because("reason.submission.returnReason");
        }
        String why = EdgeText.atMost("note", reason.strip(), MAX_NOTE);
        lock.run(keyOf(id), () -> {
            SubmissionStore.Head head = head(id);
            List<Contribution> values = store.contributions(id);
            Actor actor = switch (head.status()) {
                case APPROVED -> returnApproved(head, level, version, why, values);
                case SUBMITTED -> returnSubmitted(head, level, version, why, values);
                case RETURNED -> throw new ConflictException("Submission " + id + " is already returned", submissions.current(id))
                        .because("problem.submission.alreadyReturned", id);
            };
            store.step(new SubmissionStore.Step(id, "RETURNED", head.approvedThrough(), actor.name(), OffsetDateTime.now(clock),
                    why));
            audit.record(new AuditEvent("SUBMISSION_RETURNED", "SUBMISSION", String.valueOf(id), head.unit(),
                    Map.of("status", head.status().name(), "version", version),
                    Map.of("status", SubmissionStatus.RETURNED.name(), "version", version + 1), why));
            events.publishEvent(new SubmissionReturned(id, head.unit()));
            return null;
        });
        return submissions.view(id);
    }

    /** Official values come back only by the ADMIN: they leave both the live and the official roll-ups. */
    private Actor returnApproved(SubmissionStore.Head head, String level, Long version, String reason, List<Contribution> values) {
        access.requireAdmin("SUBMISSION", String.valueOf(head.id()));
        Actor actor = access.requireActor();
        requireFourEyes(head, "return");
        requireShown(head, head.approvedThrough(), level, version, "returned");
        if (!store.setState(head.id(), version, SubmissionStatus.RETURNED, null, reason)) {
            throw stale(head.id(), version, "returned");
        }
        rollups.remove(RollupScope.ALL, values);
        rollups.remove(RollupScope.OFFICIAL, values);
        return actor;
    }

    private Actor returnSubmitted(SubmissionStore.Head head, String level, Long version, String reason, List<Contribution> values) {
        String next = levels.next(head);
        Actor actor = levels.requireApprover(next, head, "RETURN");
        requireFourEyes(head, "return");
        requireShown(head, next, level, version, "returned");
        if (!store.setState(head.id(), version, SubmissionStatus.RETURNED, null, reason)) {
            throw stale(head.id(), version, "returned");
        }
        rollups.remove(RollupScope.ALL, values);
        return actor;
    }

    /**
     * A decision names the level it acts on and the version it was shown; anything else is decided unseen. Checked
     * after the permission and four eyes, so a refused caller learns nothing about levels or versions.
     */
    private void requireShown(SubmissionStore.Head head, String actualLevel, String level, Long version, String verb) {
        Versions.require(version, "An approval or return");
        if (level == null || level.isBlank()) {
            throw new PreconditionRequiredException("level", "The decision must name the level it acts on"
                    + " (field 'level'; here " + actualLevel + ")").because("problem.level.required", actualLevel);
        }
        if (head.version() != version) {
            throw stale(head.id(), version, verb);
        }
        if (!level.strip().equals(actualLevel)) {
            throw new ConflictException("Submission " + head.id() + " awaits level " + actualLevel + ", not " + level.strip()
                    + "; nothing was " + verb, submissions.current(head.id())).because("problem.submission.changed", head.id());
        }
    }

    private ConflictException stale(long id, long shown, String verb) {
        SubmissionView current = submissions.current(id);
        return new ConflictException("Submission " + id + " changed since version " + shown + " was shown (now version "
                + current.version() + ", " + current.status() + (current.approvedThrough() == null ? ""
                        : " through " + current.approvedThrough()) + "); nothing was " + verb, current)
                .because("problem.submission.changed", id);
    }

    /** Four eyes: whoever entered values of this submission (at any time) may not approve or return it. */
    private void requireFourEyes(SubmissionStore.Head head, String attempt) {
        access.requireFourEyes(store.authors(head.id()), attempt, "SUBMISSION", String.valueOf(head.id()), head.unit());
    }

    /** The lock of the submission's data set and period, which never change; read before the lock is taken. */
    private List<String> keyOf(long id) {
        SubmissionStore.Head head = head(id);
        return List.of(WriterLock.key(head.dataSet(), head.period()));
    }

    private SubmissionStore.Head head(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Submission " + id + " does not exist")
                .because("problem.submission.notFound", String.valueOf(id)));
    }
}
