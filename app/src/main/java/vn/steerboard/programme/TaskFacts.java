package vn.steerboard.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * What the status of a task is derived from: its dates, its deadline revisions and its acceptance.
 *
 * @param assignedOn     when the task was assigned (its source document); it does not exist before
 * @param startDate      planned start, may be null (then it counts as started when assigned)
 * @param firstReportOn  the first progress report, which also means the task has started
 * @param originalDeadline the deadline as first assigned, may be null
 * @param revisions      deadline revisions, in the order recorded
 * @param acceptedOn     the day a leader of the approving authority accepted the deliverable
 */
public record TaskFacts(LocalDate assignedOn, LocalDate startDate, LocalDate firstReportOn,
        LocalDate originalDeadline, List<Revision> revisions, LocalDate acceptedOn) {

    public record Revision(LocalDate revisedOn, LocalDate previousDeadline, LocalDate newDeadline) {

        /** A revision recorded after the deadline it replaces had passed cannot erase that lateness. */
        public boolean late() {
            return previousDeadline != null && revisedOn.isAfter(previousDeadline);
        }
    }
}
