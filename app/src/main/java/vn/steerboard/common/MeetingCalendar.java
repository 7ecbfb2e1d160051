package vn.steerboard.common;

import java.time.LocalDate;

/**
 * The steering committee meets monthly; the figures of "the last meeting" are those of the last day of the
 * month before the day shown. Rank changes (▲▼) and "since the last meeting" columns compare with that day.
 */
public final class MeetingCalendar {

    private MeetingCalendar() {
    }

    public static LocalDate lastMeetingBefore(LocalDate day) {
        return day.withDayOfMonth(1).minusDays(1);
    }
}
