package vn.steerboard.programme;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.FiguresChanged;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.Role;
import vn.steerboard.programme.internal.TaskStore;
import vn.steerboard.registry.Registry;

/**
 * Changes to tasks, each checked and audited: ADMIN edits tasks and revises deadlines; the lead agency's
 * officers and leaders report progress; a leader of the approving authority (or ADMIN) accepts or rejects.
 */
@Service
public class Tasks {

    /** Largest evidence file accepted, and the content types accepted (documents, spreadsheets, images). */
    public static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;
    public static final Set<String> EVIDENCE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip");
    static final String ENTITY = "task";

    private final TaskStore store;
    private final Registry registry;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Tasks(TaskStore store, Registry registry, AccessPolicy access, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock.withZone(TaskRules.VIETNAM);
    }

    public TaskDetail get(long id) {
        TaskDetail task = store.detail(id, today()).orElseThrow(() -> new NotFoundException("No task with id " + id));
        requireReadable(task);
        return task;
    }

    public TaskDetail getByCode(String code) {
        long id = store.idOf(code).orElseThrow(() -> new NotFoundException("No task with code '" + code + "'"));
        return get(id);
    }

    /** A reader sees a task led, coordinated or approved within its subtree. */
    private void requireReadable(TaskDetail task) {
        if (access.canRead(task.draft().leadUnit())
                || (task.draft().approverUnit() != null && access.canRead(task.draft().approverUnit()))
                || task.draft().coordinatingUnits().stream().anyMatch(access::canRead)) {
            return;
        }
        access.requireRead(task.draft().leadUnit(), ENTITY, task.draft().code());
    }

    @Transactional
    public TaskDetail create(TaskDraft draft) {
        access.requireAdmin(ENTITY, draft == null ? null : draft.code());
        TaskDraft clean = new TaskValidation(registry, store).validate(draft, null);
        long id = store.insert(clean, now());
        TaskDetail created = store.detail(id, today()).orElseThrow();
        audit.record(AuditEvent.change("CREATE", ENTITY, clean.code(), clean.leadUnit(), null, clean));
        events.publishEvent(FiguresChanged.of("tasks", clean.leadUnit()));
        return created;
    }

    /** An edit of the version the editor was shown; a task changed meanwhile is refused (409 with the current task). */
    @Transactional
    public TaskDetail update(long id, Long version, TaskDraft draft) {
        TaskDetail before = store.detail(id, today()).orElseThrow(() -> new NotFoundException("No task with id " + id));
        access.requireAdmin(ENTITY, before.draft().code());
        requireVersion(before, version, "edited");
        TaskDraft clean = new TaskValidation(registry, store).validate(draft, id);
        if (before.acceptedOn() == null && !java.util.Objects.equals(before.draft().deadline(), clean.deadline())) {
            throw InvalidParameterException.field("deadline", clean.deadline(),
                    "a deadline is changed by a revision with a reason (POST /api/tasks/{id}/deadline), so its history is kept");
        }
        if (!store.update(id, version, clean, now())) {
            throw stale(id, version, "edited");
        }
        audit.record(AuditEvent.change("UPDATE", ENTITY, clean.code(), clean.leadUnit(), before.draft(), clean));
        events.publishEvent(FiguresChanged.of("tasks", clean.leadUnit()));
        return store.detail(id, today()).orElseThrow();
    }

    @Transactional
    public TaskDetail reviseDeadline(long id, LocalDate newDeadline, String reason) {
        TaskDetail before = store.detail(id, today()).orElseThrow(() -> new NotFoundException("No task with id " + id));
        Actor actor = requireAdmin(before);
        if (newDeadline == null) {
            throw InvalidParameterException.field("deadline", null, "a date in the form YYYY-MM-DD is required");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidParameterException.field("reason", reason, "a revision needs its reason");
        }
        vn.steerboard.common.EdgeText.atMost("reason", reason.strip(), 1000);
        if (before.acceptedOn() != null) {
            throw InvalidParameterException.field("deadline", newDeadline, "the task is already completed");
        }
        if (before.draft().startDate() != null && newDeadline.isBefore(before.draft().startDate())) {
            throw InvalidParameterException.field("deadline", newDeadline,
                    "must not be before the start date " + before.draft().startDate());
        }
        LocalDate today = today();
        store.reviseDeadline(id, before.draft().deadline(), newDeadline, today, reason.strip(), actor.name(), now());
        audit.record(new AuditEvent("REVISE_DEADLINE", ENTITY, before.draft().code(), before.draft().leadUnit(),
                Map.of("deadline", String.valueOf(before.draft().deadline())),
                Map.of("deadline", newDeadline.toString()), reason.strip()));
        events.publishEvent(FiguresChanged.of("tasks", before.draft().leadUnit()));
        return store.detail(id, today).orElseThrow();
    }

    private Actor requireAdmin(TaskDetail task) {
        access.requireAdmin(ENTITY, task.draft().code());
        return access.requireActor();
    }

    /** The lead agency's OFFICER or LEADER reports progress; 100% asks the approving authority to accept. */
    @Transactional
    public TaskDetail report(long id, int percent, String note, Evidence evidence) {
        TaskDetail before = store.detail(id, today()).orElseThrow(() -> new NotFoundException("No task with id " + id));
        Actor actor = access.requireRoleAt(before.draft().leadUnit(), "report progress on", ENTITY,
                before.draft().code(), Role.OFFICER, Role.LEADER);
        if (before.acceptedOn() != null) {
            throw InvalidParameterException.field("percent", percent, "the task was accepted on " + before.acceptedOn());
        }
        if (percent < 0 || percent > 100) {
            throw InvalidParameterException.field("percent", percent, "must be between 0 and 100");
        }
        Evidence checked = checkEvidence(evidence);
        if (percent == 100 && checked == null) {
            throw InvalidParameterException.field("evidence", null, "a report of 100% needs evidence of the deliverable");
        }
        String cleanNote = vn.steerboard.common.EdgeText.atMost("note",
                note == null || note.isBlank() ? null : vn.steerboard.common.VietnameseText.clean(note), 4000);
        store.addReport(id, today(), percent, cleanNote, checked, actor.name(), now());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("percent", percent);
        after.put("note", cleanNote);
        after.put("evidence", checked == null ? null : checked.kind() + " " + (checked.kind() == Evidence.Kind.FILE
                ? checked.fileName() + " (" + checked.content().length + " bytes)" : checked.reference()));
        audit.record(AuditEvent.change("REPORT_PROGRESS", ENTITY, before.draft().code(), before.draft().leadUnit(),
                Map.of("percent", before.progressPercent()), after));
        events.publishEvent(FiguresChanged.of("tasks", before.draft().leadUnit()));
        return store.detail(id, today()).orElseThrow();
    }

    /** A LEADER of the approving authority, or ADMIN, accepts the deliverable: the task is completed today. */
    @Transactional
    public TaskDetail accept(long id, Long version, String note) {
        vn.steerboard.common.EdgeText.atMost("reason", note, 1000);
        TaskDetail before = reviewable(id, "accept");
        requireFourEyes(before, "accept");
        requireVersion(before, version, "accepted");
        requireNotAccepted(before, "accept");
        if (!before.awaitingAcceptance()) {
            throw InvalidParameterException.field("decision", "ACCEPTED",
                    "the lead agency has not reported the deliverable complete (100% with evidence)");
        }
        Actor actor = access.requireActor();
        OffsetDateTime at = now();
        LocalDate on = at.atZoneSameInstant(TaskRules.VIETNAM).toLocalDate();
        if (!store.review(id, version, "ACCEPTED", on, note, actor.name(), at)) {
            throw stale(id, version, "accepted");
        }
        audit.record(AuditEvent.change("ACCEPT", ENTITY, before.draft().code(), before.draft().leadUnit(),
                Map.of("acceptedOn", "null"), Map.of("acceptedOn", on.toString())));
        events.publishEvent(FiguresChanged.of("tasks", before.draft().leadUnit()));
        return store.detail(id, on).orElseThrow();
    }

    /** Sends the task back to the lead agency with a reason. */
    @Transactional
    public TaskDetail reject(long id, Long version, String reason) {
        TaskDetail before = reviewable(id, "reject");
        requireVersion(before, version, "rejected");
        requireNotAccepted(before, "reject");
        if (reason == null || reason.isBlank()) {
            throw InvalidParameterException.field("reason", reason, "a rejection needs its reason");
        }
        vn.steerboard.common.EdgeText.atMost("reason", reason.strip(), 1000);
        if (!before.awaitingAcceptance()) {
            throw InvalidParameterException.field("decision", "REJECTED", "nothing is awaiting acceptance");
        }
        Actor actor = access.requireActor();
        OffsetDateTime at = now();
        if (!store.review(id, version, "REJECTED", at.atZoneSameInstant(TaskRules.VIETNAM).toLocalDate(), reason.strip(),
                actor.name(), at)) {
            throw stale(id, version, "rejected");
        }
        audit.record(new AuditEvent("REJECT", ENTITY, before.draft().code(), before.draft().leadUnit(),
                Map.of("awaitingAcceptance", true), Map.of("awaitingAcceptance", false), reason.strip()));
        events.publishEvent(FiguresChanged.of("tasks", before.draft().leadUnit()));
        return store.detail(id, today()).orElseThrow();
    }

    /** A decision or an edit names the version it was shown; one made on an older version is refused, unchanged. */
    private void requireVersion(TaskDetail shownNow, Long version, String verb) {
        vn.steerboard.common.Versions.require(version, "A decision or an edit of a task"); // after the permission
        if (shownNow.version() != version) {
            throw new vn.steerboard.common.ConflictException("Task " + shownNow.draft().code() + " changed since version "
                    + version + " was shown (now version " + shownNow.version() + "); nothing was " + verb, shownNow);
        }
    }

    private vn.steerboard.common.ConflictException stale(long id, long version, String verb) {
        TaskDetail now = store.detail(id, today()).orElseThrow();
        return new vn.steerboard.common.ConflictException("Task " + now.draft().code() + " changed since version " + version
                + " was shown (now version " + now.version() + "); nothing was " + verb, now);
    }

    private TaskDetail reviewable(long id, String attempt) {
        TaskDetail task = store.detail(id, today()).orElseThrow(() -> new NotFoundException("No task with id " + id));
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
            throw InvalidParameterException.field("decision", attempt, "the task was already accepted on " + task.acceptedOn());
        }
    }

    /** Four eyes: whoever reported progress on the task may not accept its deliverable. */
    private void requireFourEyes(TaskDetail task, String attempt) {
        access.requireFourEyes(task.reports().stream().map(TaskDetail.ProgressReport::reportedBy).distinct().toList(),
                attempt, ENTITY, task.draft().code(), task.draft().leadUnit());
    }

    /** Tasks reported complete and waiting for the current leader's (or ADMIN's) decision. */
    public List<TaskDetail> awaitingMyAcceptance() {
        Actor actor = access.requireActor();
        List<TaskDetail> tasks = new ArrayList<>();
        for (long id : store.awaitingAcceptance(actor.isAdmin() ? null : actor.unitCode())) {
            store.detail(id, today()).ifPresent(tasks::add);
        }
        return actor.isAdmin() || actor.role() == Role.LEADER ? tasks : List.of();
    }

    public StoredFile evidenceFile(long taskId, long reportId) {
        get(taskId);
        return store.evidenceFile(taskId, reportId)
                .orElseThrow(() -> new NotFoundException("No file on report " + reportId + " of task " + taskId));
    }

    public record StoredFile(String fileName, String contentType, byte[] content) {
    }

    private static Evidence checkEvidence(Evidence evidence) {
        if (evidence == null || evidence.kind() == null) {
            return null;
        }
        switch (evidence.kind()) {
            case DOCUMENT -> {
                if (evidence.reference() == null || evidence.reference().isBlank() || evidence.reference().length() > 500) {
                    throw InvalidParameterException.field("evidence.reference", evidence.reference(),
                            "a document number and date, e.g. 123/QĐ-BKHCN ngày 01/10/2025");
                }
                return new Evidence(Evidence.Kind.DOCUMENT, vn.steerboard.common.VietnameseText.clean(evidence.reference()),
                        null, null, null);
            }
            case LINK -> {
                String link = evidence.reference() == null ? "" : evidence.reference().strip();
                try {
                    URI uri = URI.create(link);
                    if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                            || uri.getHost() == null) {
                        throw new IllegalArgumentException();
                    }
                } catch (IllegalArgumentException e) {
                    throw InvalidParameterException.field("evidence.reference", link, "an http(s) link");
                }
                return new Evidence(Evidence.Kind.LINK, link, null, null, null);
            }
            default -> {
                byte[] content = evidence.content();
                if (content == null || content.length == 0) {
                    throw InvalidParameterException.field("evidence.file", evidence.fileName(), "the file is empty");
                }
                if (content.length > MAX_EVIDENCE_BYTES) {
                    throw InvalidParameterException.field("evidence.file", evidence.fileName(),
                            "larger than " + MAX_EVIDENCE_BYTES / (1024 * 1024) + " MB");
                }
                String declared = evidence.contentType() == null ? "" : evidence.contentType().toLowerCase();
                String sniffed = EvidenceType.sniff(content);
                if (!EVIDENCE_TYPES.contains(declared) || sniffed == null || !EvidenceType.compatible(declared, sniffed)) {
                    throw InvalidParameterException.field("evidence.file", evidence.fileName(),
                            "content type " + declared + (sniffed == null ? " (content not recognised)" : " (content is " + sniffed + ")")
                                    + "; accepted: PDF, PNG, JPEG, DOCX, XLSX, ZIP");
                }
                String name = evidence.fileName() == null ? "evidence" : evidence.fileName().replaceAll("[\\\\/\\r\\n\"]", "_");
                return new Evidence(Evidence.Kind.FILE, null, name, declared, content);
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TaskRules.VIETNAM));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
