package vn.steerboard.delivery.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.delivery.Channel;
import vn.steerboard.delivery.DossierStatus;
import vn.steerboard.delivery.WorkingDays;

/** A dossier's or a petition's contribution to the roll-ups (pure; the incremental path and the repair share it). */
public final class Tally {

    private Tally() {
    }

    public static int month(java.time.OffsetDateTime at) {
        LocalDate day = at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
        return day.getYear() * 100 + day.getMonthValue();
    }

    public static Contribution of(DossierState d, WorkingDays calendar) {
        if (d == null || d.status() == DossierStatus.WITHDRAWN) {
            return Contribution.none();
        }
        Map<Counter, Long> c = new EnumMap<>(Counter.class);
        put(c, Counter.RECEIVED, true);
        put(c, Counter.SYNCED, d.synced());
        boolean processed = d.closedOn() != null;
        put(c, Counter.PROCESSED, processed);
        put(c, Counter.ON_TIME, processed && d.onTime());
        put(c, Counter.LATE, processed && !d.onTime());
        if (processed && d.status() == DossierStatus.COMPLETED) {
            LocalDate received = d.receivedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
            c.put(Counter.DAYS_TO_CLOSE, ChronoUnit.DAYS.between(received, d.closedOn()));
        }
        put(c, Counter.ELIGIBLE, d.eligible());
        put(c, Counter.FULLY_ONLINE, d.eligible() && d.fullyOnline() && d.channel() == Channel.ONLINE);
        put(c, Counter.ONLINE_E_RESULT, d.channel() == Channel.ONLINE && d.resultElectronic());
        put(c, Counter.FEE_DOSSIERS, d.feeVnd() > 0);
        put(c, Counter.PAID_ONLINE, d.feeVnd() > 0 && d.paidOnline());
        put(c, Counter.E_RESULT_FILE, d.resultElectronic() && d.resultFile());
        put(c, Counter.DIGITISED, d.digitised() && d.resultFile());
        put(c, Counter.REUSED, d.reusedDigitised());
        put(c, Counter.PERSONAL_STORE, d.personalDataStore());
        put(c, Counter.POPULATION, d.populationData());
        put(c, Counter.DISLIKED, d.disliked());
        put(c, Counter.ONLINE, d.channel() == Channel.ONLINE);
        LocalDate due = processed ? null : d.clock().stopped() ? Contribution.NO_DUE : d.clock().due(calendar);
        return new Contribution(d.unit(), month(d.receivedAt()), c, due == null ? null : "D", due);
    }

    public static Contribution of(PetitionState p) {
        if (p == null) {
            return Contribution.none();
        }
        Map<Counter, Long> c = new EnumMap<>(Counter.class);
        put(c, Counter.PET_RECEIVED, true);
        put(c, Counter.PET_FIRST, !p.reraised());
        boolean handled = p.handledOn() != null;
        boolean onTime = handled && !p.handledOn().isAfter(p.dueOn());
        put(c, Counter.PET_ON_TIME, onTime);
        put(c, Counter.PET_GOOD, onTime && !p.reraised() && !p.dissatisfied());
        return new Contribution(p.unit(), month(p.receivedAt()), c, handled ? null : "P", handled ? null : p.dueOn());
    }

    private static void put(Map<Counter, Long> c, Counter counter, boolean yes) {
        if (yes) {
            c.put(counter, 1L);
        }
    }
}
