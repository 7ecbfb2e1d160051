package vn.steerboard.programme;

import java.time.LocalDate;

/** A task as lists show it, with its status on the list's date. */
public record TaskView(long id, String code, String planCode, String title, String leadUnit, String leadUnitName,
        String responsiblePerson, LocalDate startDate, LocalDate deadline, int progressPercent,
        boolean awaitingAcceptance, LocalDate acceptedOn, TaskStatus status, long daysOverdue,
        boolean incompleteAssignment) {
}
