package vn.steerboard.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One day of the working-day calendar, with its name in both languages and where the fact comes from. */
public record CalendarDay(LocalDate day, CalendarDayKind kind, String nameVi, String nameEn, String source,
        String recordedBy, OffsetDateTime recordedAt) {
}
