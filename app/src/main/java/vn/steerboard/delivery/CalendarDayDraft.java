package vn.steerboard.delivery;

/** A calendar day as ADMIN sends it ({@code PUT /api/delivery/calendar/{day}}). */
public record CalendarDayDraft(CalendarDayKind kind, String nameVi, String nameEn, String source) {
}
