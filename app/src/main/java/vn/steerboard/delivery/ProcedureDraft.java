package vn.steerboard.delivery;

import java.time.LocalDate;

/**
 * A procedure as a loader sends it (API body or one spreadsheet row); checked by {@link ProcedureCatalogue#load}.
 *
 * @param handlingAgencies the agencies that handle it, as they are named, separated by ';'
 * @param feeVnd           the fee in đồng, 0 for none
 * @param publishedOn      the day the procedure was published (công bố), null when not published
 * @param synthetic        true for demo rows, which pages label as synthetic
 */
public record ProcedureDraft(String code, String name, Competence competence, String handlingAgencies,
        ApplicantKind applicantKind, Long feeVnd, Boolean fullyOnlineEligible, OnlineLevel onlineLevel,
        Boolean populationData, LocalDate publishedOn, Boolean publishedOnTime, Boolean componentsComplete,
        Boolean synthetic) {
}
