package vn.steerboard.programme;

import java.time.LocalDate;
import java.util.List;

/** What an ADMIN writes to create or edit a task: the six clarities and the source document. */
public record TaskDraft(String code, String planCode, String title, String description, String responsiblePerson,
        LocalDate startDate, LocalDate deadline, String leadUnit, List<String> coordinatingUnits,
        String approverUnit, String deliverable, String sourceNumber, LocalDate sourceDate, LocalDate assignedOn) {
}
