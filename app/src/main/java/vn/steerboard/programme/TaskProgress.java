package vn.steerboard.programme;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.common.EdgeText;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.VietnameseText;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.Role;
import vn.steerboard.programme.internal.TaskStore;

/** The lead agency's OFFICER or LEADER reports progress; 100% with evidence asks the approving authority to accept. */
@Service
public class TaskProgress {

    private final TaskStore store;
    private final TaskLookup lookup;
    private final AccessPolicy access;

    TaskProgress(TaskStore store, TaskLookup lookup, AccessPolicy access) {
        this.store = store;
        this.lookup = lookup;
        this.access = access;
    }

    @Transactional
    public TaskDetail report(long id, int percent, String note, Evidence evidence) {
        TaskDetail before = lookup.find(id);
        Actor actor = access.requireRoleAt(before.draft().leadUnit(), "report progress on", TaskLookup.ENTITY,
                before.draft().code(), Role.OFFICER, Role.LEADER);
        if (before.acceptedOn() != null) {
            throw InvalidParameterException.field("percent", percent, "the task was accepted on " + before.acceptedOn())
                    .because("reason.task.alreadyAccepted", before.acceptedOn());
        }
        if (percent < 0 || percent > 100) {
            throw InvalidParameterException.field("percent", percent, "must be between 0 and 100").because("reason.percent.range");
        }
        Evidence checked = EvidenceCheck.check(evidence);
        if (percent == 100 && checked == null) {
            throw InvalidParameterException.field("evidence", null, "a report of 100% needs evidence of the deliverable")
                    .because("reason.evidence.requiredAtFull");
        }
        String cleanNote = EdgeText.atMost("note", note == null || note.isBlank() ? null : VietnameseText.clean(note), 4000);
        store.addReport(id, lookup.today(), percent, cleanNote, checked, actor.name(), lookup.now());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("percent", percent);
        after.put("note", cleanNote);
        after.put("evidence", checked == null ? null : checked.summary());
        lookup.recorded(AuditEvent.change("REPORT_PROGRESS", TaskLookup.ENTITY, before.draft().code(),
                before.draft().leadUnit(), Map.of("percent", before.progressPercent()), after),
                new TaskProgressReported(id, before.draft().code(), before.draft().leadUnit(), percent));
        return lookup.reload(id);
    }
}
