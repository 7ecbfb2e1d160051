package vn.steerboard.common;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One thing wrong with one row of an uploaded file: row number as the user sees it, column, value, reason (English,
 * for API clients), and the same reason as a bundle key with arguments when one exists, for the user's language.
 */
public record RowProblem(int row, String column, String value, String reason, @JsonIgnore UserMessage userReason) {

    public RowProblem(int row, String column, String value, String reason) {
        this(row, column, value, reason, null);
    }

    /** The same problem with its reason in bundle words ({@code reason.*}). */
    public RowProblem because(String key, Object... args) {
        return new RowProblem(row, column, value, reason, UserMessage.of(key, args));
    }

    @Override
    public String toString() {
        return "row " + row + ", " + column + " '" + (value == null ? "" : value) + "': " + reason;
    }
}
