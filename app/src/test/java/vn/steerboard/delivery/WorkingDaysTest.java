package vn.steerboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Deadlines in working days over the seeded 2024-2026 calendar (V91): holidays, Tết, worked Saturdays, pauses. */
class WorkingDaysTest {

    /** The seed of V91, as the product reads it (the migration is checked against this in the API test). */
    static WorkingDays seeded() {
        Map<LocalDate, CalendarDayKind> days = new TreeMap<>();
        for (String d : new String[] {"2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14",
                "2024-04-18", "2024-04-29", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03", "2025-01-01",
                "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-07", "2025-04-30",
                "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02", "2026-01-01", "2026-02-16", "2026-02-17",
                "2026-02-18", "2026-02-19", "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01",
                "2026-09-02"}) {
            days.put(LocalDate.parse(d), CalendarDayKind.DAY_OFF);
        }
        days.put(LocalDate.parse("2024-05-04"), CalendarDayKind.WORKING_DAY);
        days.put(LocalDate.parse("2025-04-26"), CalendarDayKind.WORKING_DAY);
        return new WorkingDays(days);
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void aDeadlineThatWouldFallOnAHolidayMovesToTheNextWorkingDay() {
        WorkingDays calendar = seeded();
        // received Friday 26/04/2024, 2 working days: Mon 29/04 (bridge), 30/04, 01/05 are off
        assertThat(calendar.plus(d("2024-04-26"), 2)).isEqualTo(d("2024-05-03"));
        // received Friday 25/04/2025, 4 working days: Saturday 26/04 is worked, 30/04-02/05 off
        assertThat(calendar.plus(d("2025-04-25"), 4)).isEqualTo(d("2025-05-05"));
        assertThat(calendar.isWorkingDay(d("2025-04-26"))).isTrue();
        // Hùng Kings 2026 is on Sunday 26/04 and is taken on Monday 27/04
        assertThat(calendar.plus(d("2026-04-24"), 1)).isEqualTo(d("2026-04-28"));
        // without the calendar the same count would end on the holiday
        assertThat(WorkingDays.weekendsOnly().plus(d("2024-04-26"), 2)).isEqualTo(d("2024-04-30"));
    }

    @Test
    void tetIsNotCountedInTheSeededYears() {
        WorkingDays calendar = seeded();
        assertThat(calendar.isWorkingDay(d("2024-02-10"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2025-01-29"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2026-02-17"))).isFalse();
        // received Thursday 12/02/2026 with 3 working days: Fri 13/02, then Tết 14/02-22/02, then 23/02, 24/02
        assertThat(calendar.plus(d("2026-02-12"), 3)).isEqualTo(d("2026-02-24"));
        assertThat(calendar.between(d("2026-02-13"), d("2026-02-22"))).isZero();
    }

    @Test
    void aDossierPausedAcrossTetGetsBackOnlyTheWorkingDaysItWasPaused() {
        WorkingDays calendar = seeded();
        // received Monday 09/02/2026, 5 working days; supplements asked Wednesday 11/02 (10/02 and 11/02 used)
        DossierClock clock = DossierClock.start(d("2026-02-09"), 5);
        assertThat(clock.due(calendar)).isEqualTo(d("2026-02-23"));
        DossierClock paused = clock.stop(d("2026-02-11"), calendar);
        assertThat(paused.daysLeft()).isEqualTo(3);
        assertThat(paused.due(calendar)).isNull();
        // supplements received Wednesday 25/02 (Tết and the waiting days are not counted): 26/02, 27/02, 02/03
        DossierClock resumed = paused.resume(d("2026-02-25"));
        assertThat(resumed.due(calendar)).isEqualTo(d("2026-03-02"));
        assertThat(resumed.onTime(d("2026-03-02"), calendar)).isTrue();
        assertThat(resumed.onTime(d("2026-03-03"), calendar)).isFalse();
        // stopping twice does not count the days twice
        assertThat(paused.stop(d("2026-02-24"), calendar)).isEqualTo(paused);
    }

    @Test
    void theDayOfReceiptIsNotCountedAndAWeekendReceiptStartsOnMonday() {
        WorkingDays calendar = seeded();
        assertThat(calendar.plus(d("2026-11-20"), 1)).isEqualTo(d("2026-11-23"));
        assertThat(calendar.plus(d("2026-11-21"), 1)).isEqualTo(d("2026-11-23"));
        assertThat(calendar.plus(d("2026-11-23"), 0)).isEqualTo(d("2026-11-23"));
    }
}
