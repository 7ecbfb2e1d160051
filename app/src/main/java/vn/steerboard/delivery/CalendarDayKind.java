package vn.steerboard.delivery;

/** A day the calendar names: a weekday not worked (a holiday, Tết, a bridge day), or a Saturday/Sunday worked instead. */
public enum CalendarDayKind {
    DAY_OFF, WORKING_DAY
}
