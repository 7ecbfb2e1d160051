package vn.steerboard.submission;

import vn.steerboard.common.InvalidParameterException;

/**
 * Which submissions a list shows; bound from the query string. {@code awaitingMe} keeps those whose next approval
 * is the caller's. Every field may be left out.
 */
public record SubmissionFilter(SubmissionStatus status, String unit, String dataSet, String period, Boolean awaitingMe,
        Integer limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public boolean onlyAwaitingMe() {
        return Boolean.TRUE.equals(awaitingMe);
    }

    /** The limit asked, checked; 100 when none was asked. */
    public int rows() {
        int rows = limit == null ? DEFAULT_LIMIT : limit;
        if (rows < 1 || rows > MAX_LIMIT) {
            throw new InvalidParameterException("limit", rows, "between 1 and " + MAX_LIMIT).because("reason.between", 1, MAX_LIMIT);
        }
        return rows;
    }
}
