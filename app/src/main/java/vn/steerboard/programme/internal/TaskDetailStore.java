package vn.steerboard.programme.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.steerboard.programme.Evidence;
import vn.steerboard.programme.ReviewDecision;
import vn.steerboard.programme.TaskDetail;
import vn.steerboard.programme.TaskDraft;
import vn.steerboard.programme.TaskFacts;
import vn.steerboard.programme.TaskRules;
import vn.steerboard.programme.TaskStatus;

/** One task read with its history, its status derived as of a day by {@link TaskRules}. */
@Repository
public class TaskDetailStore {

    private static final String TASK = """
            SELECT t.*, l.name_vi AS lead_name, a.name_vi AS approver_name
              FROM task t
              JOIN org_unit_facts l ON l.code = t.lead_unit
              LEFT JOIN org_unit_facts a ON a.code = t.approver_unit
             WHERE t.id = :id
            """;
    private static final String REVISION_FACTS = """
            SELECT revised_on, previous_deadline, new_deadline FROM task_deadline_revision
             WHERE task_id = :id ORDER BY revised_on, id
            """;
    private static final String REVISIONS = """
            SELECT * FROM task_deadline_revision WHERE task_id = :id ORDER BY revised_on, id
            """;
    private static final String REPORTS = """
            SELECT id, reported_on, percent, note, evidence_kind, evidence_ref, file_name, content_type, file_size,
                   reported_by, reported_at
              FROM task_progress_report WHERE task_id = :id
             ORDER BY reported_at DESC, id DESC
            """;
    private static final String REVIEWS = """
            SELECT * FROM task_review WHERE task_id = :id ORDER BY decided_at DESC, id DESC
            """;
    private static final String COORDINATORS = """
            SELECT unit_code FROM task_coordinator WHERE task_id = :id ORDER BY unit_code
            """;

    private final JdbcClient jdbc;

    TaskDetailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TaskDetail> detail(long id, LocalDate asOf) {
        List<TaskFacts.Revision> revisionFacts = revisionFacts(id);
        return jdbc.sql(TASK).param("id", id).query((rs, n) -> detail(rs, id, revisionFacts, asOf)).optional();
    }

    private TaskDetail detail(ResultSet rs, long id, List<TaskFacts.Revision> revisionFacts, LocalDate asOf)
            throws SQLException {
        TaskDraft draft = new TaskDraft(rs.getString("code"), rs.getString("plan_code"), rs.getString("title"),
                rs.getString("description"), rs.getString("responsible_person"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                rs.getString("lead_unit"), coordinators(id), rs.getString("approver_unit"),
                rs.getString("deliverable"), rs.getString("source_number"),
                rs.getObject("source_date", LocalDate.class), rs.getObject("assigned_on", LocalDate.class));
        TaskFacts facts = new TaskFacts(rs.getObject("assigned_on", LocalDate.class),
                rs.getObject("start_date", LocalDate.class), rs.getObject("first_reported_on", LocalDate.class),
                rs.getObject("original_deadline", LocalDate.class), revisionFacts,
                rs.getObject("accepted_on", LocalDate.class));
        TaskStatus status = TaskRules.statusOn(facts, asOf).orElse(TaskStatus.NOT_STARTED);
        return new TaskDetail(id, draft, rs.getString("lead_name"), rs.getString("approver_name"),
                rs.getInt("progress_percent"), rs.getBoolean("awaiting_acceptance"),
                rs.getObject("accepted_on", LocalDate.class), rs.getString("accepted_by"), status,
                TaskRules.deadlineOn(facts, asOf), TaskRules.daysOverdue(facts, asOf), missing(draft),
                revisions(id), reports(id), reviews(id), rs.getLong("version"));
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

    private List<TaskFacts.Revision> revisionFacts(long id) {
        return jdbc.sql(REVISION_FACTS).param("id", id)
                .query((rs, n) -> new TaskFacts.Revision(rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class))).list();
    }

    private List<String> coordinators(long id) {
        return jdbc.sql(COORDINATORS).param("id", id).query(String.class).list();
    }

    private List<TaskDetail.DeadlineRevision> revisions(long id) {
        return jdbc.sql(REVISIONS).param("id", id).query((rs, n) -> {
            LocalDate previous = rs.getObject("previous_deadline", LocalDate.class);
            LocalDate on = rs.getObject("revised_on", LocalDate.class);
            return new TaskDetail.DeadlineRevision(previous, rs.getObject("new_deadline", LocalDate.class), on,
                    rs.getString("reason"), rs.getString("revised_by"), previous != null && on.isAfter(previous));
        }).list();
    }

    private List<TaskDetail.ProgressReport> reports(long id) {
        return jdbc.sql(REPORTS).param("id", id)
                .query((rs, n) -> new TaskDetail.ProgressReport(rs.getLong("id"),
                        rs.getObject("reported_on", LocalDate.class), rs.getInt("percent"), rs.getString("note"),
                        kind(rs.getString("evidence_kind")), rs.getString("evidence_ref"), rs.getString("file_name"),
                        rs.getString("content_type"), (Long) rs.getObject("file_size", Long.class),
                        rs.getString("reported_by"), rs.getObject("reported_at", OffsetDateTime.class))).list();
    }

    private static Evidence.Kind kind(String stored) {
        return stored == null ? null : Evidence.Kind.valueOf(stored);
    }

    private List<TaskDetail.Review> reviews(long id) {
        return jdbc.sql(REVIEWS).param("id", id)
                .query((rs, n) -> new TaskDetail.Review(ReviewDecision.valueOf(rs.getString("decision")),
                        rs.getObject("decided_on", LocalDate.class), rs.getString("reason"),
                        rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class))).list();
    }
}
