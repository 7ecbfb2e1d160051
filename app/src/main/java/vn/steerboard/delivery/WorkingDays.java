package vn.steerboard.delivery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The working days of the calendar: Monday to Friday, less the days off, plus the weekend days worked in exchange.
 * Deadlines count whole working days after the day a dossier is received (that day itself is not counted), as the
 * one-stop-shop rules count them (Decree 61/2018/NĐ-CP, art. 2, as amended by Decree 107/2021/NĐ-CP).
 * Immutable; built from the stored calendar by {@link WorkingCalendar}.
 */
public final class WorkingDays {

    /** A deadline longer than this many working days is refused (the longest procedures take about a year). */
    public static final int MAX_DAYS = 400;

    private final Map<LocalDate, CalendarDayKind> days;

    public WorkingDays(Map<LocalDate, CalendarDayKind> days) {
        this.days = new TreeMap<>(days);
    }

    public static WorkingDays weekendsOnly() {
        return new WorkingDays(Map.of());
    }

    public static WorkingDays of(Set<LocalDate> daysOff) {
        Map<LocalDate, CalendarDayKind> days = new TreeMap<>();
        daysOff.forEach(d -> days.put(d, CalendarDayKind.DAY_OFF));
        return new WorkingDays(days);
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarDayKind kind = days.get(day);
        if (kind != null) {
            return kind == CalendarDayKind.WORKING_DAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The {@code n}-th working day after {@code day} ({@code day} itself when n is 0). */
    public LocalDate plus(LocalDate day, int n) {
        if (n < 0 || n > MAX_DAYS) {
            throw new IllegalArgumentException("working days " + n + ": 0 to " + MAX_DAYS);
        }
        LocalDate d = day;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** Working days in {@code (from, to]}: 0 when {@code to} is not after {@code from}. */
    public int between(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
