package vn.steerboard.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.common.Versions;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.programme.internal.TaskDetailStore;

/**
 * What every change of a task starts and ends with: reading it (found or 404, readable by the caller, still the
 * version the caller saw), the day and time of the change, and at the end its audit record and typed event.
 */
@Component
class TaskLookup {

    static final String ENTITY = "task";

    private final TaskDetailStore details;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final VietnamTime time;

    TaskLookup(TaskDetailStore details, AccessPolicy access, AuditTrail audit, ApplicationEventPublisher events,
            VietnamTime time) {
        this.details = details;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.time = time;
    }

    LocalDate today() {
        return time.today();
    }

    OffsetDateTime now() {
        return time.now();
    }

    /** The change is audited and its event published, in the transaction of the change. */
    void recorded(AuditEvent change, TaskEvent event) {
        audit.record(change);
        events.publishEvent(event);
    }

    /** The task as it stands today, or a 404. */
    TaskDetail find(long id) {
        return details.detail(id, time.today()).orElseThrow(() -> new NotFoundException("No task with id " + id).because("problem.task.notFound", String.valueOf(id)));
    }

    /** The task as it stands on the day; it is known to exist. */
    TaskDetail reload(long id, LocalDate day) {
        return details.detail(id, day).orElseThrow();
    }

    TaskDetail reload(long id) {
        return reload(id, time.today());
    }

    /** A reader sees a task led, coordinated or approved within its subtree. */
    void requireReadable(TaskDetail task) {
        if (access.canRead(task.draft().leadUnit())
                || (task.draft().approverUnit() != null && access.canRead(task.draft().approverUnit()))
                || task.draft().coordinatingUnits().stream().anyMatch(access::canRead)) {
            return;
        }
        access.requireRead(task.draft().leadUnit(), ENTITY, task.draft().code());
    }

    /** A decision or an edit names the version it was shown; one made on an older version is refused, unchanged. */
    void requireVersion(TaskDetail shownNow, Long version, String verb) {
        Versions.require(version, "A decision or an edit of a task"); // after the permission
        if (shownNow.version() != version) {
            throw new ConflictException("Task " + shownNow.draft().code() + " changed since version " + version
                    + " was shown (now version " + shownNow.version() + "); nothing was " + verb, shownNow)
                    .because("problem.task.changed", shownNow.draft().code());
        }
    }

    /** The refusal of a write that found the task moved on between reading and writing. */
    ConflictException stale(long id, long version, String verb) {
        TaskDetail now = reload(id);
        return new ConflictException("Task " + now.draft().code() + " changed since version " + version
                + " was shown (now version " + now.version() + "); nothing was " + verb, now)
                .because("problem.task.changed", now.draft().code());
    }
}
