package vn.steerboard.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One event from a one-stop-shop system, as the bulk API and the file import take it. Which fields matter depends
 * on {@link #kind()}; every event names its subject ({@code dossier} or {@code petition}), the handling unit by its
 * registry code, and when it happened ({@code at}).
 *
 * @param workingDays       DOSSIER_RECEIVED: the procedure's processing time in working days
 * @param fullyOnline       DOSSIER_RECEIVED: submitted fully online (toàn trình)
 * @param digitised         DOSSIER_RECEIVED: components digitised at receipt
 * @param electronic        RESULT_ISSUED: an electronic result; PAYMENT: paid online
 * @param filePresent       RESULT_ISSUED: the result file is attached
 * @param reusedDigitised   COMPONENTS_REUSED: reuses already-digitised data (4.3)
 * @param personalDataStore COMPONENTS_REUSED: from or synced to the citizen's personal data store (4.4)
 * @param populationData    COMPONENTS_REUSED: uses the national population database (4.5b)
 * @param disliked          RATED: a complaint or "dislike"; PETITION_RATED: dissatisfied
 * @param dueOn             PETITION_RECEIVED: the last day to handle it
 * @param applicantName     DOSSIER_RECEIVED: personal data, shown masked and only within the unit's subtree
 * @param applicantId       DOSSIER_RECEIVED: the applicant's identity number, personal data as above
 * @param correction        replaces an earlier fact of the same kind (a late correction); recorded as such
 */
public record DeliveryEvent(EventKind kind, String dossier, String petition, String unit, String procedure,
        OffsetDateTime at, Channel channel, Integer workingDays, Boolean fullyOnline, Boolean digitised,
        DossierStatus status, Boolean electronic, Boolean filePresent, Long amountVnd, Boolean reusedDigitised,
        Boolean personalDataStore, Boolean populationData, Boolean disliked, LocalDate dueOn, String applicantName,
        String applicantId, Boolean correction) {

    /** The subject's key: "D:" and the dossier id, or "P:" and the petition id. */
    public String subject() {
        return kind == null ? null : kind.petition() ? "P:" + petition : "D:" + dossier;
    }

    public boolean isCorrection() {
        return Boolean.TRUE.equals(correction);
    }
}
