package vn.steerboard.programme.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.steerboard.common.VietnameseText;
import vn.steerboard.programme.Evidence;
import vn.steerboard.programme.ReviewDecision;
import vn.steerboard.programme.StoredFile;
import vn.steerboard.programme.TaskDraft;

/** The task tables, written. Callers have checked permissions and validated input. */
@Repository
public class TaskStore {

    private static final String INSERT = """
            INSERT INTO task (code, plan_code, title, description, search_text, responsible_person, start_date,
                              deadline, original_deadline, lead_unit, approver_unit, deliverable, source_number,
                              source_date, assigned_on, created_at, updated_at)
            VALUES (:code, :plan, :title, :description, :search, :person, :start, :deadline, :deadline, :lead,
                    :approver, :deliverable, :sourceNumber, :sourceDate, :assignedOn, :now, :now)
            """;
    private static final String UPDATE = """
            UPDATE task SET code = :code, plan_code = :plan, title = :title, description = :description,
                   search_text = :search, responsible_person = :person, start_date = :start, lead_unit = :lead,
                   approver_unit = :approver, deliverable = :deliverable, source_number = :sourceNumber,
                   source_date = :sourceDate, assigned_on = :assignedOn, updated_at = :now, version = version + 1
             WHERE id = :id AND version = :version
            """;
    private static final String INSERT_REVISION = """
            INSERT INTO task_deadline_revision (task_id, previous_deadline, new_deadline, revised_on, reason,
                                                revised_by, revised_at)
            VALUES (:id, :previous, :next, :on, :reason, :by, :at)
            """;
    private static final String APPLY_REVISION = """
            UPDATE task SET deadline = :next, revision_count = revision_count + 1, updated_at = :at,
                   version = version + 1,
                   missed_deadline = CASE WHEN :late AND (missed_deadline IS NULL OR missed_deadline > :previous)
                                          THEN :previous ELSE missed_deadline END
             WHERE id = :id
            """;
    private static final String INSERT_REPORT = """
            INSERT INTO task_progress_report (task_id, reported_on, percent, note, evidence_kind, evidence_ref,
                                              file_name, content_type, file_size, file_content, reported_by,
                                              reported_at)
            VALUES (:id, :on, :percent, :note, :kind, :ref, :fileName, :contentType, :fileSize, :content, :by, :at)
            """;
    private static final String APPLY_REPORT = """
            UPDATE task SET progress_percent = :percent, awaiting_acceptance = :awaiting, updated_at = :at,
                   version = version + 1, first_reported_on = COALESCE(first_reported_on, :on)
             WHERE id = :id
            """;
    private static final String ACCEPT = """
            UPDATE task SET accepted_on = :on, accepted_at = :at, accepted_by = :by, awaiting_acceptance = FALSE,
                   updated_at = :at, version = version + 1
             WHERE id = :id AND version = :version
            """;
    private static final String REJECT = """
            UPDATE task SET awaiting_acceptance = FALSE, updated_at = :at, version = version + 1
             WHERE id = :id AND version = :version
            """;
    private static final String INSERT_REVIEW = """
            INSERT INTO task_review (task_id, decision, decided_on, reason, decided_by, decided_at)
            VALUES (:id, :decision, :on, :reason, :by, :at)
            """;
    private static final String AWAITING = """
            SELECT id FROM task WHERE awaiting_acceptance AND accepted_on IS NULL ORDER BY code
            """;
    private static final String AWAITING_AT = """
            SELECT id FROM task WHERE awaiting_acceptance AND accepted_on IS NULL AND approver_unit = :unit ORDER BY code
            """;
    private static final String EVIDENCE_FILE = """
            SELECT file_name, content_type, file_content FROM task_progress_report
             WHERE id = :report AND task_id = :task AND evidence_kind = 'FILE'
            """;

    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> idOf(String code) {
        return jdbc.sql("SELECT id FROM task WHERE code = :code").param("code", code).query(Long.class).optional();
    }

    public boolean planExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM programme_plan WHERE code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    public long insert(TaskDraft task, OffsetDateTime now) {
        KeyHolder keys = new GeneratedKeyHolder();
        draftParams(jdbc.sql(INSERT), task).param("now", now).update(keys, "id");
        long id = keys.getKey().longValue();
        writeCoordinators(id, task.coordinatingUnits());
        return id;
    }

    /** Edits the version the editor was shown; false (nothing written) when the task moved on since. */
    public boolean update(long id, long expectedVersion, TaskDraft task, OffsetDateTime now) {
        int moved = draftParams(jdbc.sql(UPDATE), task).param("now", now).param("id", id)
                .param("version", expectedVersion).update();
        if (moved != 1) {
            return false;
        }
        jdbc.sql("DELETE FROM task_coordinator WHERE task_id = :id").param("id", id).update();
        writeCoordinators(id, task.coordinatingUnits());
        return true;
    }

    private static JdbcClient.StatementSpec draftParams(JdbcClient.StatementSpec statement, TaskDraft task) {
        return statement.param("code", task.code()).param("plan", task.planCode()).param("title", task.title())
                .param("description", task.description()).param("search", searchText(task))
                .param("person", task.responsiblePerson()).param("start", task.startDate())
                .param("deadline", task.deadline()).param("lead", task.leadUnit())
                .param("approver", task.approverUnit()).param("deliverable", task.deliverable())
                .param("sourceNumber", task.sourceNumber()).param("sourceDate", task.sourceDate())
                .param("assignedOn", task.assignedOn());
    }

    private void writeCoordinators(long id, List<String> units) {
        for (String unit : units) {
            jdbc.sql("INSERT INTO task_coordinator (task_id, unit_code) VALUES (:id, :unit)")
                    .param("id", id).param("unit", unit).update();
        }
    }

    private static String searchText(TaskDraft task) {
        return VietnameseText.fold(task.code() + " " + task.title() + " "
                + (task.responsiblePerson() == null ? "" : task.responsiblePerson()));
    }

    /** A revision takes effect on the day it is recorded; one made after the old deadline passed keeps it binding. */
    public void reviseDeadline(long id, LocalDate previous, LocalDate next, LocalDate on, String reason, String by,
            OffsetDateTime at) {
        jdbc.sql(INSERT_REVISION).param("id", id).param("previous", previous).param("next", next).param("on", on)
                .param("reason", reason).param("by", by).param("at", at).update();
        boolean late = previous != null && on.isAfter(previous);
        jdbc.sql(APPLY_REVISION).param("next", next).param("at", at).param("late", late)
                .param("previous", previous).param("id", id).update();
    }

    public void addReport(long id, LocalDate on, int percent, String note, Evidence evidence, String by,
            OffsetDateTime at) {
        boolean none = evidence == null;
        jdbc.sql(INSERT_REPORT).param("id", id).param("on", on).param("percent", percent).param("note", note)
                .param("kind", none ? null : evidence.kind().name()).param("ref", none ? null : evidence.reference())
                .param("fileName", none ? null : evidence.fileName())
                .param("contentType", none ? null : evidence.contentType())
                .param("fileSize", none || evidence.content() == null ? null : (long) evidence.content().length)
                .param("content", none ? null : evidence.content()).param("by", by).param("at", at).update();
        jdbc.sql(APPLY_REPORT).param("percent", percent).param("awaiting", percent == 100).param("at", at)
                .param("on", on).param("id", id).update();
    }

    /** Records the decision on the version the decider was shown; false (nothing written) when the task moved on. */
    public boolean review(long id, long expectedVersion, ReviewDecision decision, LocalDate on, String reason, String by,
            OffsetDateTime at) {
        int moved = jdbc.sql(decision == ReviewDecision.ACCEPTED ? ACCEPT : REJECT).param("on", on).param("at", at)
                .param("by", by).param("id", id).param("version", expectedVersion).update();
        if (moved == 1) {
            jdbc.sql(INSERT_REVIEW).param("id", id).param("decision", decision.name()).param("on", on)
                    .param("reason", reason).param("by", by).param("at", at).update();
        }
        return moved == 1;
    }

    /** Tasks waiting for acceptance, by the approving authority; all of them when {@code approverUnit} is null. */
    public List<Long> awaitingAcceptance(String approverUnit) {
        return jdbc.sql(approverUnit == null ? AWAITING : AWAITING_AT).param("unit", approverUnit).query(Long.class).list();
    }

    public Optional<StoredFile> evidenceFile(long taskId, long reportId) {
        return jdbc.sql(EVIDENCE_FILE).param("report", reportId).param("task", taskId)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }
}
