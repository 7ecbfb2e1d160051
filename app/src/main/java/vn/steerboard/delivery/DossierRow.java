package vn.steerboard.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A dossier as a drill-down lists it: its facts, whether it counts in the sub-indicator's numerator, and the
 * applicant's name and identity number masked (the full values never leave the module).
 */
public record DossierRow(String id, String unitCode, String procedure, Channel channel, OffsetDateTime receivedAt,
        DossierStatus status, LocalDate dueOn, LocalDate closedOn, boolean onTime, Boolean inNumerator,
        String applicantMasked, String applicantIdMasked) {
}
