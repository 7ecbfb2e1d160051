package vn.steerboard.programme.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import vn.steerboard.programme.ProgrammeRecords.Acceptance;
import vn.steerboard.programme.ProgrammeRecords.PlanRecord;
import vn.steerboard.programme.ProgrammeRecords.ProgrammeRecord;
import vn.steerboard.programme.ProgrammeRecords.TaskRecord;

/** The SQL of a programme imported whole: batches of rows, values always bound. */
@Repository
public class ProgrammeImportStore {

    private static final String INSERT_PROGRAMME = """
            INSERT INTO programme (code, name, description) VALUES (:code, :name, :description)""";
    private static final String INSERT_PLAN = """
            INSERT INTO programme_plan (code, programme_code, name, document_number, document_date)
            VALUES (:code, :programme, :name, :number, :date)""";
    private static final String INSERT_TASK = """
            INSERT INTO task (code, plan_code, title, description, search_text, responsible_person, start_date, deadline,
                              original_deadline, revision_count, lead_unit, approver_unit, deliverable, source_number,
                              source_date, assigned_on, first_reported_on, progress_percent, awaiting_acceptance,
                              accepted_on, accepted_at, accepted_by, missed_deadline, created_at, updated_at)
            VALUES (:code, :plan, :title, :description, :search, :person, :start, :deadline,
                    :originalDeadline, :revisions, :lead, :approver, :deliverable, :sourceNumber,
                    :sourceDate, :assignedOn, :firstReportedOn, :percent, :awaiting,
                    :acceptedOn, :acceptedAt, :acceptedBy, :missed, :createdAt, :createdAt)""";
    private static final String INSERT_REPORT = """
            INSERT INTO task_progress_report (task_id, reported_on, percent, note, evidence_kind, evidence_ref,
                                              reported_by, reported_at)
            VALUES (:task, :on, :percent, :note, :kind, :ref, :by, :at)""";
    private static final String INSERT_REVIEW = """
            INSERT INTO task_review (task_id, decision, decided_on, reason, decided_by, decided_at)
            VALUES (:task, :decision, :on, :reason, :by, :at)""";
    private static final String INSERT_REVISION = """
            INSERT INTO task_deadline_revision (task_id, previous_deadline, new_deadline, revised_on, reason, revised_by,
                                                revised_at)
            VALUES (:task, :previous, :next, :on, :reason, :by, :at)""";
    private static final String INSERT_COORDINATOR = """
            INSERT INTO task_coordinator (task_id, unit_code) VALUES (:task, :unit)""";

    private final NamedParameterJdbcTemplate jdbc;

    ProgrammeImportStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean programmeExists(String code) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM programme WHERE code = :code",
                Map.of("code", code), Integer.class);
        return count != null && count > 0;
    }

    public void insertProgramme(ProgrammeRecord programme) {
        jdbc.update(INSERT_PROGRAMME, new MapSqlParameterSource("code", programme.code())
                .addValue("name", programme.name()).addValue("description", programme.description()));
        List<SqlParameterSource> plans = new ArrayList<>();
        for (PlanRecord plan : programme.plans()) {
            plans.add(new MapSqlParameterSource("code", plan.code()).addValue("programme", programme.code())
                    .addValue("name", plan.name()).addValue("number", plan.documentNumber())
                    .addValue("date", plan.documentDate()));
        }
        batch(INSERT_PLAN, plans);
    }

    public void insertTasks(List<TaskRecord> tasks) {
        batch(INSERT_TASK, tasks.stream().map(ProgrammeImportStore::taskRow).toList());
    }

    private static SqlParameterSource taskRow(TaskRecord t) {
        Acceptance accepted = t.acceptance();
        return new MapSqlParameterSource("code", t.code()).addValue("plan", t.planCode()).addValue("title", t.title())
                .addValue("description", t.description()).addValue("search", t.searchText())
                .addValue("person", t.responsiblePerson()).addValue("start", t.startDate())
                .addValue("deadline", t.deadline()).addValue("originalDeadline", t.originalDeadline())
                .addValue("revisions", t.history().revisions().size()).addValue("lead", t.leadUnit())
                .addValue("approver", t.approverUnit()).addValue("deliverable", t.deliverable())
                .addValue("sourceNumber", t.sourceNumber()).addValue("sourceDate", t.sourceDate())
                .addValue("assignedOn", t.assignedOn()).addValue("firstReportedOn", t.firstReportedOn())
                .addValue("percent", t.progressPercent()).addValue("awaiting", t.awaitingAcceptance())
                .addValue("acceptedOn", accepted == null ? null : accepted.on())
                .addValue("acceptedAt", accepted == null ? null : accepted.at())
                .addValue("acceptedBy", accepted == null ? null : accepted.by())
                .addValue("missed", t.missedDeadline()).addValue("createdAt", t.createdAt());
    }

    /** Task ids by code, after the tasks are written. */
    public Map<String, Long> taskIds() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, code FROM task", rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        });
        return ids;
    }

    /** Reports, decisions, revisions and coordinators of the tasks, in the tasks' order. */
    public void insertHistory(List<TaskRecord> tasks, Map<String, Long> ids) {
        List<SqlParameterSource> reports = new ArrayList<>();
        List<SqlParameterSource> reviews = new ArrayList<>();
        List<SqlParameterSource> revisions = new ArrayList<>();
        List<SqlParameterSource> coordinators = new ArrayList<>();
        for (TaskRecord task : tasks) {
            long id = ids.get(task.code());
            task.history().reports().forEach(r -> reports.add(new MapSqlParameterSource("task", id)
                    .addValue("on", r.reportedOn()).addValue("percent", r.percent()).addValue("note", r.note())
                    .addValue("kind", r.evidenceKind()).addValue("ref", r.evidenceRef())
                    .addValue("by", r.reportedBy()).addValue("at", r.reportedAt())));
            task.history().reviews().forEach(r -> reviews.add(new MapSqlParameterSource("task", id)
                    .addValue("decision", r.decision().name()).addValue("on", r.decidedOn())
                    .addValue("reason", r.reason()).addValue("by", r.decidedBy()).addValue("at", r.decidedAt())));
            task.history().revisions().forEach(r -> revisions.add(new MapSqlParameterSource("task", id)
                    .addValue("previous", r.previousDeadline()).addValue("next", r.newDeadline())
                    .addValue("on", r.revisedOn()).addValue("reason", r.reason()).addValue("by", r.revisedBy())
                    .addValue("at", r.revisedAt())));
            task.history().coordinators().forEach(unit -> coordinators.add(new MapSqlParameterSource("task", id)
                    .addValue("unit", unit)));
        }
        batch(INSERT_REPORT, reports);
        batch(INSERT_REVIEW, reviews);
        batch(INSERT_REVISION, revisions);
        batch(INSERT_COORDINATOR, coordinators);
    }

    private void batch(String sql, List<SqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
        }
    }

}
