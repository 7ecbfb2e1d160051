package vn.steerboard.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A task with its history: deadline revisions, progress reports and review decisions.
 *
 * @param version changes with every change of the task; an edit or an acceptance decision names the version it was shown
 */
public record TaskDetail(long id, TaskDraft draft, String leadUnitName, String approverUnitName,
        int progressPercent, boolean awaitingAcceptance, LocalDate acceptedOn, String acceptedBy,
        TaskStatus status, LocalDate deadlineInForce, long daysOverdue, List<String> missingClarities,
        List<DeadlineRevision> revisions, List<ProgressReport> reports, List<Review> reviews, long version) {

    public record DeadlineRevision(LocalDate previousDeadline, LocalDate newDeadline, LocalDate revisedOn,
            String reason, String revisedBy, boolean late) {
    }

    public record ProgressReport(long id, LocalDate reportedOn, int percent, String note, Evidence.Kind evidenceKind,
            String evidenceRef, String fileName, String contentType, Long fileSize, String reportedBy,
            OffsetDateTime reportedAt) {
    }

    public record Review(ReviewDecision decision, LocalDate decidedOn, String reason, String decidedBy,
            OffsetDateTime decidedAt) {
    }
}
