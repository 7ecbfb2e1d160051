package vn.steerboard.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.programme.internal.ProgrammeImportStore;

/**
 * A whole programme brought in at once with its history (the demo, a move from another system): plans, tasks as
 * they stand, and the reports, decisions, deadline revisions and coordinators that led there, each with the day
 * and the person it happened on and by. Written in batches, in one transaction; not reachable from the web. Tasks
 * entered by people go through {@link Tasks} and {@link TaskSpreadsheets}.
 */
@Service
public class ProgrammeImport {

    public record ProgrammeRecord(String code, String name, String description, List<PlanRecord> plans) {
    }

    public record PlanRecord(String code, String name, String documentNumber, LocalDate documentDate) {
    }

    /** A task as it stands after its history; {@code originalDeadline} is the deadline before any revision. */
    public record TaskRecord(String code, String planCode, String title, String description, String responsiblePerson,
            LocalDate startDate, LocalDate deadline, LocalDate originalDeadline, String leadUnit, String approverUnit,
            String deliverable, String sourceNumber, LocalDate sourceDate, LocalDate assignedOn,
            LocalDate firstReportedOn, int progressPercent, boolean awaitingAcceptance, Acceptance acceptance,
            LocalDate missedDeadline, OffsetDateTime createdAt, History history) {

        /** The text the task list's search reads: code, title and person, folded. */
        public String searchText() {
            return vn.steerboard.common.VietnameseText.fold(code + " " + title + " "
                    + (responsiblePerson == null ? "" : responsiblePerson));
        }
    }

    /** Who accepted the deliverable, and when. */
    public record Acceptance(LocalDate on, OffsetDateTime at, String by) {
    }

    public record History(List<Report> reports, List<Review> reviews, List<Revision> revisions,
            List<String> coordinators) {
    }

    public record Report(LocalDate reportedOn, int percent, String note, String evidenceKind, String evidenceRef,
            String reportedBy, OffsetDateTime reportedAt) {
    }

    public record Review(ReviewDecision decision, LocalDate decidedOn, String reason, String decidedBy,
            OffsetDateTime decidedAt) {
    }

    public record Revision(LocalDate previousDeadline, LocalDate newDeadline, LocalDate revisedOn, String reason,
            String revisedBy, OffsetDateTime revisedAt) {
    }

    private final ProgrammeImportStore store;
    private final ApplicationEventPublisher events;

    ProgrammeImport(ProgrammeImportStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    public boolean exists(String programmeCode) {
        return store.programmeExists(programmeCode);
    }

    /** Writes the programme, its plans and tasks with their history, in the order given. */
    @Transactional
    public void load(ProgrammeRecord programme, List<TaskRecord> tasks) {
        store.insertProgramme(programme);
        store.insertTasks(tasks);
        store.insertHistory(tasks, store.taskIds());
        events.publishEvent(new TasksImported(programme.code(), tasks.size()));
    }
}
