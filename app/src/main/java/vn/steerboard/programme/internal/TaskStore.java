package vn.steerboard.programme.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.steerboard.common.VietnameseText;
import vn.steerboard.programme.Evidence;
import vn.steerboard.programme.TaskDetail;
import vn.steerboard.programme.TaskDraft;
import vn.steerboard.programme.TaskFacts;
import vn.steerboard.programme.TaskRules;
import vn.steerboard.programme.TaskStatus;
import vn.steerboard.programme.Tasks;

/** The task tables. Callers have checked permissions and validated input. */
@Repository
public class TaskStore {

    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> idOf(String code) {
        return jdbc.sql("SELECT id FROM task WHERE code = ?").param(code).query(Long.class).optional();
    }

    public boolean planExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM programme_plan WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    public long insert(TaskDraft task, OffsetDateTime now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO task (code, plan_code, title, description, search_text, responsible_person, start_date,"
                        + " deadline, original_deadline, lead_unit, approver_unit, deliverable, source_number, source_date,"
                        + " assigned_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(task.code(), task.planCode(), task.title(), task.description(), searchText(task),
                        task.responsiblePerson(), task.startDate(), task.deadline(), task.deadline(), task.leadUnit(),
                        task.approverUnit(), task.deliverable(), task.sourceNumber(), task.sourceDate(),
                        task.assignedOn(), now, now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeCoordinators(id, task.coordinatingUnits());
        return id;
    }

    /** Edits the version the editor was shown; false (nothing written) when the task moved on since. */
    public boolean update(long id, long expectedVersion, TaskDraft task, OffsetDateTime now) {
        int moved = jdbc.sql("UPDATE task SET code = ?, plan_code = ?, title = ?, description = ?, search_text = ?,"
                        + " responsible_person = ?, start_date = ?, lead_unit = ?, approver_unit = ?, deliverable = ?,"
                        + " source_number = ?, source_date = ?, assigned_on = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(task.code(), task.planCode(), task.title(), task.description(), searchText(task),
                        task.responsiblePerson(), task.startDate(), task.leadUnit(), task.approverUnit(),
                        task.deliverable(), task.sourceNumber(), task.sourceDate(), task.assignedOn(), now, id, expectedVersion)
                .update();
        if (moved != 1) {
            return false;
        }
        jdbc.sql("DELETE FROM task_coordinator WHERE task_id = ?").param(id).update();
        writeCoordinators(id, task.coordinatingUnits());
        return true;
    }

    private void writeCoordinators(long id, List<String> units) {
        for (String unit : units) {
            jdbc.sql("INSERT INTO task_coordinator (task_id, unit_code) VALUES (?, ?)").params(id, unit).update();
        }
    }

    private static String searchText(TaskDraft task) {
        return VietnameseText.fold(task.code() + " " + task.title() + " "
                + (task.responsiblePerson() == null ? "" : task.responsiblePerson()));
    }

    /** A revision takes effect on the day it is recorded; one made after the old deadline passed keeps it binding. */
    public void reviseDeadline(long id, LocalDate previous, LocalDate next, LocalDate on, String reason, String by,
            OffsetDateTime at) {
        jdbc.sql("INSERT INTO task_deadline_revision (task_id, previous_deadline, new_deadline, revised_on, reason,"
                        + " revised_by, revised_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, previous, next, on, reason, by, at).update();
        boolean late = previous != null && on.isAfter(previous);
        jdbc.sql("UPDATE task SET deadline = ?, revision_count = revision_count + 1, updated_at = ?, version = version + 1,"
                        + " missed_deadline = CASE WHEN ? AND (missed_deadline IS NULL OR missed_deadline > ?)"
                        + " THEN ? ELSE missed_deadline END WHERE id = ?")
                .params(next, at, late, previous, previous, id).update();
    }

    public void addReport(long id, LocalDate on, int percent, String note, Evidence evidence, String by,
            OffsetDateTime at) {
        jdbc.sql("INSERT INTO task_progress_report (task_id, reported_on, percent, note, evidence_kind, evidence_ref,"
                        + " file_name, content_type, file_size, file_content, reported_by, reported_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, on, percent, note, evidence == null ? null : evidence.kind().name(),
                        evidence == null ? null : evidence.reference(), evidence == null ? null : evidence.fileName(),
                        evidence == null ? null : evidence.contentType(),
                        evidence == null || evidence.content() == null ? null : (long) evidence.content().length,
                        evidence == null ? null : evidence.content(), by, at)
                .update();
        jdbc.sql("UPDATE task SET progress_percent = ?, awaiting_acceptance = ?, updated_at = ?, version = version + 1,"
                        + " first_reported_on = COALESCE(first_reported_on, ?) WHERE id = ?")
                .params(percent, percent == 100, at, on, id).update();
    }

    /** Records the decision on the version the decider was shown; false (nothing written) when the task moved on. */
    public boolean review(long id, long expectedVersion, String decision, LocalDate on, String reason, String by,
            OffsetDateTime at) {
        int moved;
        if ("ACCEPTED".equals(decision)) {
            moved = jdbc.sql("UPDATE task SET accepted_on = ?, accepted_at = ?, accepted_by = ?, awaiting_acceptance = FALSE,"
                    + " updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                    .params(on, at, by, at, id, expectedVersion).update();
        } else {
            moved = jdbc.sql("UPDATE task SET awaiting_acceptance = FALSE, updated_at = ?, version = version + 1"
                    + " WHERE id = ? AND version = ?").params(at, id, expectedVersion).update();
        }
        if (moved == 1) {
            jdbc.sql("INSERT INTO task_review (task_id, decision, decided_on, reason, decided_by, decided_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)").params(id, decision, on, reason, by, at).update();
        }
        return moved == 1;
    }

    /** The task's version now (it changes with every change of the task). */
    public long version(long id) {
        return jdbc.sql("SELECT version FROM task WHERE id = ?").param(id).query(Long.class).single();
    }

    public List<Long> awaitingAcceptance(String approverUnit) {
        return jdbc.sql("SELECT id FROM task WHERE awaiting_acceptance AND accepted_on IS NULL"
                        + (approverUnit == null ? "" : " AND approver_unit = :unit") + " ORDER BY code")
                .param("unit", approverUnit).query(Long.class).list();
    }

    public Optional<Tasks.StoredFile> evidenceFile(long taskId, long reportId) {
        return jdbc.sql("SELECT file_name, content_type, file_content FROM task_progress_report"
                        + " WHERE id = ? AND task_id = ? AND evidence_kind = 'FILE'")
                .params(reportId, taskId)
                .query((rs, n) -> new Tasks.StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /** Facts for the rules, for one task. */
    public TaskFacts facts(ResultSet rs, List<TaskFacts.Revision> revisions) throws SQLException {
        return new TaskFacts(rs.getObject("assigned_on", LocalDate.class), rs.getObject("start_date", LocalDate.class),
                rs.getObject("first_reported_on", LocalDate.class), rs.getObject("original_deadline", LocalDate.class),
                revisions, rs.getObject("accepted_on", LocalDate.class));
    }

    public List<TaskFacts.Revision> revisions(long id) {
        return jdbc.sql("SELECT revised_on, previous_deadline, new_deadline FROM task_deadline_revision"
                        + " WHERE task_id = ? ORDER BY revised_on, id").param(id)
                .query((rs, n) -> new TaskFacts.Revision(rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class))).list();
    }

    public Optional<TaskDetail> detail(long id, LocalDate asOf) {
        List<TaskFacts.Revision> revisionFacts = revisions(id);
        return jdbc.sql("SELECT t.*, l.name_vi AS lead_name, a.name_vi AS approver_name FROM task t"
                        + " JOIN org_unit l ON l.code = t.lead_unit LEFT JOIN org_unit a ON a.code = t.approver_unit"
                        + " WHERE t.id = ?").param(id)
                .query((rs, n) -> {
                    TaskDraft draft = new TaskDraft(rs.getString("code"), rs.getString("plan_code"),
                            rs.getString("title"), rs.getString("description"), rs.getString("responsible_person"),
                            rs.getObject("start_date", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                            rs.getString("lead_unit"), coordinators(id), rs.getString("approver_unit"),
                            rs.getString("deliverable"), rs.getString("source_number"),
                            rs.getObject("source_date", LocalDate.class), rs.getObject("assigned_on", LocalDate.class));
                    TaskFacts facts = facts(rs, revisionFacts);
                    TaskStatus status = TaskRules.statusOn(facts, asOf).orElse(TaskStatus.NOT_STARTED);
                    return new TaskDetail(id, draft, rs.getString("lead_name"), rs.getString("approver_name"),
                            rs.getInt("progress_percent"), rs.getBoolean("awaiting_acceptance"),
                            rs.getObject("accepted_on", LocalDate.class), rs.getString("accepted_by"), status,
                            TaskRules.deadlineOn(facts, asOf), TaskRules.daysOverdue(facts, asOf), missing(draft),
                            revisionDetails(id), reports(id), reviews(id), rs.getLong("version"));
                }).optional();
    }

    static List<String> missing(TaskDraft draft) {
        List<String> missing = new ArrayList<>();
        if (draft.responsiblePerson() == null) {
            missing.add("person");
        }
        if (draft.startDate() == null || draft.deadline() == null) {
            missing.add("timeline");
        }
        if (draft.approverUnit() == null) {
            missing.add("authority");
        }
        if (draft.deliverable() == null) {
            missing.add("deliverable");
        }
        return missing;
    }

    private List<String> coordinators(long id) {
        return jdbc.sql("SELECT unit_code FROM task_coordinator WHERE task_id = ? ORDER BY unit_code").param(id)
                .query(String.class).list();
    }

    private List<TaskDetail.DeadlineRevision> revisionDetails(long id) {
        return jdbc.sql("SELECT * FROM task_deadline_revision WHERE task_id = ? ORDER BY revised_on, id").param(id)
                .query((rs, n) -> {
                    LocalDate previous = rs.getObject("previous_deadline", LocalDate.class);
                    LocalDate on = rs.getObject("revised_on", LocalDate.class);
                    return new TaskDetail.DeadlineRevision(previous, rs.getObject("new_deadline", LocalDate.class), on,
                            rs.getString("reason"), rs.getString("revised_by"), previous != null && on.isAfter(previous));
                }).list();
    }

    private List<TaskDetail.ProgressReport> reports(long id) {
        return jdbc.sql("SELECT id, reported_on, percent, note, evidence_kind, evidence_ref, file_name, content_type,"
                        + " file_size, reported_by, reported_at FROM task_progress_report WHERE task_id = ?"
                        + " ORDER BY reported_at DESC, id DESC").param(id)
                .query((rs, n) -> new TaskDetail.ProgressReport(rs.getLong("id"),
                        rs.getObject("reported_on", LocalDate.class), rs.getInt("percent"), rs.getString("note"),
                        rs.getString("evidence_kind"), rs.getString("evidence_ref"), rs.getString("file_name"),
                        rs.getString("content_type"), (Long) rs.getObject("file_size", Long.class),
                        rs.getString("reported_by"), rs.getObject("reported_at", OffsetDateTime.class))).list();
    }

    private List<TaskDetail.Review> reviews(long id) {
        return jdbc.sql("SELECT * FROM task_review WHERE task_id = ? ORDER BY decided_at DESC, id DESC").param(id)
                .query((rs, n) -> new TaskDetail.Review(rs.getString("decision"),
                        rs.getObject("decided_on", LocalDate.class), rs.getString("reason"),
                        rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class))).list();
    }
}
