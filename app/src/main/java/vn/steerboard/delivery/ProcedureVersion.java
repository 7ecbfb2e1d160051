package vn.steerboard.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One version of a procedure as stored: the facts, who recorded them and when. */
public record ProcedureVersion(String code, int version, String name, Competence competence, String handlingAgencies,
        ApplicantKind applicantKind, long feeVnd, boolean fullyOnlineEligible, OnlineLevel onlineLevel,
        boolean populationData, LocalDate publishedOn, boolean publishedOnTime, boolean componentsComplete,
        boolean synthetic, String recordedBy, OffsetDateTime recordedAt) {

    /** True when the facts (not the version, author or time) equal the draft's, once checked. */
    public boolean sameFacts(ProcedureVersion other) {
        return other != null && code.equals(other.code) && name.equals(other.name) && competence == other.competence
                && handlingAgencies.equals(other.handlingAgencies) && applicantKind == other.applicantKind
                && feeVnd == other.feeVnd && fullyOnlineEligible == other.fullyOnlineEligible
                && onlineLevel == other.onlineLevel && populationData == other.populationData
                && java.util.Objects.equals(publishedOn, other.publishedOn) && publishedOnTime == other.publishedOnTime
                && componentsComplete == other.componentsComplete && synthetic == other.synthetic;
    }
}
