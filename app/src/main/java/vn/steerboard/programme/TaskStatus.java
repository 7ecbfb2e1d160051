package vn.steerboard.programme;

/** Where a task stands on a given date. Derived from the records, never typed in. */
public enum TaskStatus {
    COMPLETED_ON_TIME,
    COMPLETED_LATE,
    IN_PROGRESS,
    OVERDUE,
    NOT_STARTED;

    public boolean completed() {
        return this == COMPLETED_ON_TIME || this == COMPLETED_LATE;
    }
}
