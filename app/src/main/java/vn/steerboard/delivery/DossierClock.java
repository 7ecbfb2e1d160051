package vn.steerboard.delivery;

import java.time.LocalDate;

/**
 * A dossier's deadline clock in working days. It runs from the day after receipt; a pause or a request for
 * supplements stops it at the end of that day, and it runs again from the day after the dossier is taken up
 * again, so the days in between (weekends, Tết or not) are not counted. Immutable.
 *
 * @param runningFrom the day after which working days count (receipt, or the last resumption)
 * @param daysLeft    working days still allowed from {@code runningFrom}; negative once overdue at a stop
 * @param stopped     true while paused or waiting for supplements
 */
public record DossierClock(LocalDate runningFrom, int daysLeft, boolean stopped) {

    public static DossierClock start(LocalDate received, int workingDays) {
        return new DossierClock(received, workingDays, false);
    }

    /** Stopped at the end of {@code day}: the working days up to it are used. Stopping a stopped clock changes nothing. */
    public DossierClock stop(LocalDate day, WorkingDays calendar) {
        return stopped ? this : new DossierClock(runningFrom, daysLeft - calendar.between(runningFrom, day), true);
    }

    /** Running again from the day after {@code day}. */
    public DossierClock resume(LocalDate day) {
        return stopped ? new DossierClock(day, daysLeft, false) : this;
    }

    /** The last day allowed, or null while stopped (a stopped dossier is not overdue). */
    public LocalDate due(WorkingDays calendar) {
        if (stopped) {
            return null;
        }
        return daysLeft <= 0 ? runningFrom : calendar.plus(runningFrom, daysLeft);
    }

    /** Whether the dossier finished on {@code day} is on time. */
    public boolean onTime(LocalDate day, WorkingDays calendar) {
        if (stopped) {
            return daysLeft >= 0;
        }
        return daysLeft >= 0 && calendar.between(runningFrom, day) <= daysLeft;
    }
}
