package vn.steerboard.programme;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.EdgeText;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.programme.internal.TaskStore;
import vn.steerboard.registry.Registry;

/**
 * Tasks read, created and edited, each change checked and audited: ADMIN creates and edits tasks and revises
 * deadlines. Progress is reported through {@link TaskProgress}, acceptance decided through {@link TaskAcceptance}.
 */
@Service
public class Tasks {

    private static final String ENTITY = TaskLookup.ENTITY;

    private final TaskStore store;
    private final TaskLookup lookup;
    private final Registry registry;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final VietnamTime time;

    Tasks(TaskStore store, TaskLookup lookup, Registry registry, AccessPolicy access, AuditTrail audit,
            ApplicationEventPublisher events, VietnamTime time) {
        this.store = store;
        this.lookup = lookup;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.time = time;
    }

    public TaskDetail get(long id) {
        TaskDetail task = lookup.find(id);
        lookup.requireReadable(task);
        return task;
    }

    /** The task as it stood on the day (status, days overdue, reports then), for a drill-down from that day's figures. */
    public TaskDetail getOn(long id, LocalDate day) {
        TaskDetail today = get(id);
        return day.equals(time.today()) ? today : lookup.reload(id, day);
    }

    public TaskDetail getByCode(String code) {
        long id = store.idOf(code).orElseThrow(() -> new NotFoundException("No task with code '" + code + "'")
                .because("problem.task.noCode", code));
        return get(id);
    }

    @Transactional
    public TaskDetail create(TaskDraft draft) {
        access.requireAdmin(ENTITY, draft == null ? null : draft.code());
        TaskDraft clean = new TaskValidation(registry, store).validate(draft, null);
        long id = store.insert(clean, time.now());
        TaskDetail created = lookup.reload(id);
        audit.record(AuditEvent.change("CREATE", ENTITY, clean.code(), clean.leadUnit(), null, clean));
        events.publishEvent(new TaskCreated(id, clean.code(), clean.leadUnit()));
        return created;
    }

    /** An edit of the version the editor was shown; a task changed meanwhile is refused (409 with the current task). */
    @Transactional
    public TaskDetail update(long id, Long version, TaskDraft draft) {
        TaskDetail before = lookup.find(id);
        access.requireAdmin(ENTITY, before.draft().code());
        lookup.requireVersion(before, version, "edited");
        TaskDraft clean = new TaskValidation(registry, store).validate(draft, id);
        if (before.acceptedOn() == null && !Objects.equals(before.draft().deadline(), clean.deadline())) {
            throw InvalidParameterException.field("deadline", clean.deadline(),
                    "a deadline is changed by a revision with a reason (POST /api/tasks/{id}/deadline), so its history is kept")
                    .because("reason.deadline.byRevision");
        }
        if (!store.update(id, version, clean, time.now())) {
            throw lookup.stale(id, version, "edited");
        }
        audit.record(AuditEvent.change("UPDATE", ENTITY, clean.code(), clean.leadUnit(), before.draft(), clean));
        events.publishEvent(new TaskEdited(id, clean.code(), clean.leadUnit()));
        return lookup.reload(id);
    }

    @Transactional
    public TaskDetail reviseDeadline(long id, LocalDate newDeadline, String reason) {
        TaskDetail before = lookup.find(id);
        access.requireAdmin(ENTITY, before.draft().code());
        String why = checkRevision(before, newDeadline, reason);
        LocalDate today = time.today();
        store.reviseDeadline(id, before.draft().deadline(), newDeadline, today, why, access.requireActor().name(),
                time.now());
        audit.record(new AuditEvent("REVISE_DEADLINE", ENTITY, before.draft().code(), before.draft().leadUnit(),
                Map.of("deadline", String.valueOf(before.draft().deadline())),
                Map.of("deadline", newDeadline.toString()), why));
        events.publishEvent(new TaskDeadlineRevised(id, before.draft().code(), before.draft().leadUnit(),
                before.draft().deadline(), newDeadline));
        return lookup.reload(id, today);
    }

    /** The reason, cleaned, of a revision that may be made. */
    private static String checkRevision(TaskDetail before, LocalDate newDeadline, String reason) {
        if (newDeadline == null) {
            throw InvalidParameterException.field("deadline", null, "a date in the form YYYY-MM-DD is required")
                    .because("reason.expected.date");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidParameterException.field("reason", reason, "a revision needs its reason").because("reason.deadline.reason");
        }
        String why = EdgeText.atMost("reason", reason.strip(), 1000);
        if (before.acceptedOn() != null) {
            throw InvalidParameterException.field("deadline", newDeadline, "the task is already completed")
                    .because("reason.task.completed");
        }
        if (before.draft().startDate() != null && newDeadline.isBefore(before.draft().startDate())) {
            throw InvalidParameterException.field("deadline", newDeadline,
                    "must not be before the start date " + before.draft().startDate())
                    .because("reason.deadline.beforeStart", before.draft().startDate());
        }
        return why;
    }

    public StoredFile evidenceFile(long taskId, long reportId) {
        get(taskId);
        return store.evidenceFile(taskId, reportId)
                .orElseThrow(() -> new NotFoundException("No file on report " + reportId + " of task " + taskId)
                        .because("problem.task.noFile", String.valueOf(reportId), String.valueOf(taskId)));
    }
}
