package vn.steerboard.delivery.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.steerboard.delivery.Channel;
import vn.steerboard.delivery.DossierClock;
import vn.steerboard.delivery.DossierStatus;

/**
 * A dossier as its events left it: the facts the index counts and the deadline clock. Personal data (applicant's
 * name and identity number) stays in this table and leaves the module only masked. Immutable.
 */
public record DossierState(String id, String unit, String procedure, Channel channel, boolean fullyOnline,
        boolean digitised, OffsetDateTime receivedAt, long feeVnd, boolean eligible, DossierClock clock,
        DossierStatus status, OffsetDateTime statusAt, LocalDate closedOn, boolean onTime, boolean resultElectronic,
        boolean resultFile, boolean paidOnline, boolean reusedDigitised, boolean personalDataStore,
        boolean populationData, boolean synced, boolean rated, boolean disliked, String applicantName,
        String applicantId) {

    DossierState status(DossierStatus next, OffsetDateTime at, DossierClock nextClock, LocalDate closed, boolean late) {
        return new DossierState(id, unit, procedure, channel, fullyOnline, digitised, receivedAt, feeVnd, eligible,
                nextClock, next, at, closed, closed != null && !late, resultElectronic, resultFile, paidOnline,
                reusedDigitised, personalDataStore, populationData, synced, rated, disliked, applicantName, applicantId);
    }

    DossierState result(boolean electronic, boolean file) {
        return new DossierState(id, unit, procedure, channel, fullyOnline, digitised, receivedAt, feeVnd, eligible, clock,
                status, statusAt, closedOn, onTime, electronic, file, paidOnline, reusedDigitised, personalDataStore,
                populationData, synced, rated, disliked, applicantName, applicantId);
    }

    DossierState payment(boolean online) {
        return new DossierState(id, unit, procedure, channel, fullyOnline, digitised, receivedAt, feeVnd, eligible, clock,
                status, statusAt, closedOn, onTime, resultElectronic, resultFile, online, reusedDigitised,
                personalDataStore, populationData, synced, rated, disliked, applicantName, applicantId);
    }

    DossierState reuse(boolean reused, boolean store, boolean population) {
        return new DossierState(id, unit, procedure, channel, fullyOnline, digitised, receivedAt, feeVnd, eligible, clock,
                status, statusAt, closedOn, onTime, resultElectronic, resultFile, paidOnline, reused, store, population,
                synced, rated, disliked, applicantName, applicantId);
    }

    DossierState markSynced() {
        return new DossierState(id, unit, procedure, channel, fullyOnline, digitised, receivedAt, feeVnd, eligible, clock,
                status, statusAt, closedOn, onTime, resultElectronic, resultFile, paidOnline, reusedDigitised,
                personalDataStore, populationData, true, rated, disliked, applicantName, applicantId);
    }

    DossierState rating(boolean dislike) {
        return new DossierState(id, unit, procedure, channel, fullyOnline, digitised, receivedAt, feeVnd, eligible, clock,
                status, statusAt, closedOn, onTime, resultElectronic, resultFile, paidOnline, reusedDigitised,
                personalDataStore, populationData, synced, true, dislike, applicantName, applicantId);
    }

    /** The receipt facts replaced by a corrected DOSSIER_RECEIVED; what happened since stays. */
    DossierState received(DossierState corrected) {
        return new DossierState(id, corrected.unit, corrected.procedure, corrected.channel, corrected.fullyOnline,
                corrected.digitised, corrected.receivedAt, corrected.feeVnd, corrected.eligible,
                status == DossierStatus.RECEIVED ? corrected.clock : clock, status, statusAt, closedOn, onTime,
                resultElectronic, resultFile, paidOnline, reusedDigitised, personalDataStore, populationData, synced,
                rated, disliked, corrected.applicantName, corrected.applicantId);
    }
}
