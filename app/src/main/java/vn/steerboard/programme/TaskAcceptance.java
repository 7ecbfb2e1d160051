package vn.steerboard.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.common.EdgeText;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.Role;
import vn.steerboard.programme.internal.TaskStore;

/**
 * A LEADER of the approving authority (or ADMIN) accepts the deliverable, completing the task today, or sends it
 * back with a reason. Four eyes: whoever reported progress on the task may not accept it.
 */
@Service
public class TaskAcceptance {

    private static final String ENTITY = TaskLookup.ENTITY;

    private final TaskStore store;
    private final TaskLookup lookup;
    private final AccessPolicy access;

    TaskAcceptance(TaskStore store, TaskLookup lookup, AccessPolicy access) {
        this.store = store;
        this.lookup = lookup;
        this.access = access;
    }

    @Transactional
    public TaskDetail accept(long id, Long version, String note) {
        EdgeText.atMost("reason", note, 1000);
        TaskDetail before = reviewable(id, "accept");
        access.requireFourEyes(before.reports().stream().map(TaskDetail.ProgressReport::reportedBy).distinct().toList(),
                "accept", ENTITY, before.draft().code(), before.draft().leadUnit());
        lookup.requireVersion(before, version, "accepted");
        requireNotAccepted(before, "accept");
        if (!before.awaitingAcceptance()) {
            throw InvalidParameterException.field("decision", "ACCEPTED",
                    "the lead agency has not reported the deliverable complete (100% with evidence)")
                    .because("reason.task.notReportedComplete");
        }
        Actor actor = access.requireActor();
        OffsetDateTime at = lookup.now();
        LocalDate on = at.atZoneSameInstant(TaskRules.VIETNAM).toLocalDate();
        if (!store.review(id, version, ReviewDecision.ACCEPTED, on, note, actor.name(), at)) {
            throw lookup.stale(id, version, "accepted");
        }
        lookup.recorded(AuditEvent.change("ACCEPT", ENTITY, before.draft().code(), before.draft().leadUnit(),
                Map.of("acceptedOn", "null"), Map.of("acceptedOn", on.toString())),
                new TaskAccepted(id, before.draft().code(), before.draft().leadUnit(), on));
        return lookup.reload(id, on);
    }

    /** Sends the task back to the lead agency with a reason. */
    @Transactional
    public TaskDetail reject(long id, Long version, String reason) {
        TaskDetail before = reviewable(id, "reject");
        lookup.requireVersion(before, version, "rejected");
        requireNotAccepted(before, "reject");
        if (reason == null || reason.isBlank()) {
            throw InvalidParameterException.field("reason", reason, "a rejection needs its reason").because("reason.task.rejectionReason");
        }
        String why = EdgeText.atMost("reason", reason.strip(), 1000);
        if (!before.awaitingAcceptance()) {
            throw InvalidParameterException.field("decision", "REJECTED", "nothing is awaiting acceptance").because("reason.task.nothingAwaiting");
        }
        Actor actor = access.requireActor();
        OffsetDateTime at = lookup.now();
        LocalDate on = at.atZoneSameInstant(TaskRules.VIETNAM).toLocalDate();
        if (!store.review(id, version, ReviewDecision.REJECTED, on, why, actor.name(), at)) {
            throw lookup.stale(id, version, "rejected");
        }
        lookup.recorded(new AuditEvent("REJECT", ENTITY, before.draft().code(), before.draft().leadUnit(),
                Map.of("awaitingAcceptance", true), Map.of("awaitingAcceptance", false), why),
                new TaskRejected(id, before.draft().code(), before.draft().leadUnit()));
        return lookup.reload(id);
    }

    /** Tasks reported complete and waiting for the current leader's (or ADMIN's) decision. */
    public List<TaskDetail> awaitingMyAcceptance() {
        Actor actor = access.requireActor();
        List<TaskDetail> tasks = new ArrayList<>();
        for (long id : store.awaitingAcceptance(actor.isAdmin() ? null : actor.unitCode())) {
            tasks.add(lookup.reload(id));
        }
        return actor.isAdmin() || actor.role() == Role.LEADER ? tasks : List.of();
    }

    private TaskDetail reviewable(long id, String attempt) {
        TaskDetail task = lookup.find(id);
        String approver = task.draft().approverUnit();
        if (approver == null) {
            access.requireAdmin(ENTITY, task.draft().code());
        } else {
            access.requireApproverAt(approver, attempt, ENTITY, task.draft().code());
        }
        return task;
    }

    private static void requireNotAccepted(TaskDetail task, String attempt) {
        if (task.acceptedOn() != null) {
            throw InvalidParameterException.field("decision", attempt, "the task was already accepted on " + task.acceptedOn())
                    .because("reason.task.alreadyAccepted", task.acceptedOn());
        }
    }
}
