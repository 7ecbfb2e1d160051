package vn.steerboard.common;

/** One thing wrong with one row of an uploaded file: row number as the user sees it, column, value, reason. */
public record RowProblem(int row, String column, String value, String reason) {

    @Override
    public String toString() {
        return "row " + row + ", " + column + " '" + (value == null ? "" : value) + "': " + reason;
    }
}
