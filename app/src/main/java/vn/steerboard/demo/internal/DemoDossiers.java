package vn.steerboard.demo.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.steerboard.delivery.Channel;
import vn.steerboard.delivery.DeliveryEvent;
import vn.steerboard.delivery.DossierStatus;
import vn.steerboard.delivery.EventKind;
import vn.steerboard.delivery.WorkingDays;

/**
 * A synthetic year of one unit's dossiers and petitions as one-stop-shop events, from a seed: each unit has its own
 * "quality" (0.45 to 0.95) that sets its shares of online channels, reuse, on-time completion and satisfaction, so
 * leagues spread out believably. The applicants are invented names and numbers (synthetic, like everything here).
 */
final class DemoDossiers {

    private static final ZoneOffset VN = ZoneOffset.ofHours(7);
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Hà", "Hùng", "Lan", "Mai", "Nam", "Tâm"};
    private static final int[] DAYS = {3, 5, 7, 10, 15};

    private final WorkingDays calendar;
    private final LocalDate lastDay;

    DemoDossiers(WorkingDays calendar, LocalDate lastDay) {
        this.calendar = calendar;
        this.lastDay = lastDay;
    }

    /** The events of {@code perMonth} dossiers and 2 petitions a month over the 12 months ending {@code lastDay}. */
    List<DeliveryEvent> year(String unit, List<String> procedures, List<Long> fees, int perMonth) {
        Random r = new Random(unit.hashCode() * 31L + 766);
        double q = 0.45 + 0.5 * r.nextDouble();
        List<DeliveryEvent> events = new ArrayList<>();
        YearMonth last = YearMonth.from(lastDay);
        for (int m = 11; m >= 0; m--) {
            YearMonth month = last.minusMonths(m);
            for (int i = 0; i < perMonth; i++) {
                int p = r.nextInt(procedures.size());
                dossier(events, r, q, unit, "DEMO-" + unit + "-" + month + "-" + i, procedures.get(p), fees.get(p), month);
            }
            for (int i = 0; i < 2; i++) {
                petition(events, r, q, unit, "DEMO-PAKN-" + unit + "-" + month + "-" + i, month);
            }
        }
        return events;
    }

    private void dossier(List<DeliveryEvent> out, Random r, double q, String unit, String id, String procedure, long fee,
            YearMonth month) {
        LocalDate day = month.atDay(1 + r.nextInt(month.lengthOfMonth()));
        int days = DAYS[r.nextInt(DAYS.length)];
        boolean online = r.nextDouble() < q * 0.9;
        Channel channel = online ? Channel.ONLINE : r.nextInt(5) == 0 ? Channel.POST : Channel.IN_PERSON;
        String name = FAMILY[r.nextInt(FAMILY.length)] + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " "
                + GIVEN[r.nextInt(GIVEN.length)];
        String person = String.format("%03d%09d", r.nextInt(96) + 1, r.nextInt(1_000_000_000));
        out.add(event(EventKind.DOSSIER_RECEIVED, id, unit, at(day, 8), procedure, channel, days, online && r.nextDouble() < q,
                r.nextDouble() < q, null, null, null, null, name, person));
        out.add(reuse(id, unit, at(day, 9), r.nextDouble() < q, r.nextDouble() < q * 0.7, r.nextDouble() < q));
        LocalDate resume = null;
        int extra = 0;
        if (r.nextInt(7) == 0) {
            LocalDate asked = calendar.plus(day, 1);
            resume = asked.plusDays(3 + r.nextInt(6));
            out.add(status(id, unit, at(asked, 10), DossierStatus.SUPPLEMENT_REQUESTED));
            out.add(status(id, unit, at(resume, 10), DossierStatus.IN_PROGRESS));
            extra = calendar.between(day, resume) - 1;
        } else {
            out.add(status(id, unit, at(day, 10), DossierStatus.IN_PROGRESS));
        }
        int taken = r.nextDouble() < q + 0.05 ? 1 + r.nextInt(days) : days + 1 + r.nextInt(5);
        LocalDate done = calendar.plus(resume == null ? day : resume, Math.max(1, taken - (resume == null ? 0 : extra)));
        if (done.isAfter(lastDay)) {
            return;
        }
        boolean electronic = r.nextDouble() < q;
        out.add(event(EventKind.RESULT_ISSUED, id, unit, at(done, 14), null, null, null, null, null, null, electronic,
                electronic && r.nextDouble() < 0.95, null, null, null));
        if (fee > 0) {
            out.add(event(EventKind.PAYMENT, id, unit, at(done, 14), null, null, null, null, null, null, r.nextDouble() < q,
                    null, fee, null, null));
        }
        out.add(status(id, unit, at(done, 15), DossierStatus.COMPLETED));
        if (r.nextDouble() < q + 0.05) {
            out.add(event(EventKind.SYNCED_TO_PORTAL, id, unit, at(done, 16), null, null, null, null, null, null, null, null,
                    null, null, null));
        }
        if (r.nextInt(3) == 0) {
            out.add(rating(EventKind.RATED, id, null, unit, at(done, 17), r.nextDouble() < (1 - q) * 0.4));
        }
    }

    private void petition(List<DeliveryEvent> out, Random r, double q, String unit, String id, YearMonth month) {
        LocalDate day = month.atDay(1 + r.nextInt(month.lengthOfMonth()));
        LocalDate due = calendar.plus(day, 10);
        out.add(new DeliveryEvent(EventKind.PETITION_RECEIVED, null, id, unit, null, at(day, 9), null, null, null, null, null,
                null, null, null, null, null, null, null, due, null, null, null));
        LocalDate handled = r.nextDouble() < q ? calendar.plus(day, 1 + r.nextInt(10)) : calendar.plus(due, 1 + r.nextInt(5));
        if (handled.isAfter(lastDay)) {
            return;
        }
        out.add(new DeliveryEvent(EventKind.PETITION_HANDLED, null, id, unit, null, at(handled, 15), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null));
        if (r.nextInt(2) == 0) {
            out.add(rating(EventKind.PETITION_RATED, null, id, unit, at(handled, 16), r.nextDouble() < (1 - q) * 0.5));
        }
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atOffset(VN);
    }

    private static DeliveryEvent status(String id, String unit, OffsetDateTime at, DossierStatus status) {
        return new DeliveryEvent(EventKind.STATUS_CHANGED, id, null, unit, null, at, null, null, null, null, status, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    private static DeliveryEvent reuse(String id, String unit, OffsetDateTime at, boolean digitised, boolean store,
            boolean population) {
        return new DeliveryEvent(EventKind.COMPONENTS_REUSED, id, null, unit, null, at, null, null, null, null, null, null,
                null, null, digitised, store, population, null, null, null, null, null);
    }

    private static DeliveryEvent rating(EventKind kind, String dossier, String petition, String unit, OffsetDateTime at,
            boolean disliked) {
        return new DeliveryEvent(kind, dossier, petition, unit, null, at, null, null, null, null, null, null, null, null,
                null, null, null, disliked, null, null, null, null);
    }

    private static DeliveryEvent event(EventKind kind, String id, String unit, OffsetDateTime at, String procedure,
            Channel channel, Integer days, Boolean fullyOnline, Boolean digitised, DossierStatus status, Boolean electronic,
            Boolean file, Long amount, String name, String person) {
        return new DeliveryEvent(kind, id, null, unit, procedure, at, channel, days, fullyOnline, digitised, status,
                electronic, file, amount, null, null, null, null, null, name, person, null);
    }
}
