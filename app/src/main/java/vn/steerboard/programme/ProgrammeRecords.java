package vn.steerboard.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The records of a programme imported whole ({@link ProgrammeImport}): the programme, its plans, its tasks with their history. */
public final class ProgrammeRecords {

    private ProgrammeRecords() {
    }

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
}
