package vn.steerboard.quality.engine;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;

/**
 * What a database's error may tell a reader: a generic, classified message and the SQLSTATE, never the driver's
 * text (which can echo row values, file contents, hosts or the bytes a port answered). The raw text stays in the
 * exception's cause, for the server's log.
 */
public final class SqlErrors {

    private SqlErrors() {
    }

    public static String describe(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String kind;
        if (e instanceof SQLTimeoutException || state.equals("57014")) {
            kind = "the statement timed out or was cancelled";
        } else if (state.startsWith("08")) {
            kind = "cannot connect to the database";
        } else if (state.startsWith("28") || state.equals("42000") && e.getErrorCode() == 1045) {
            kind = "authentication failed";
        } else if (state.equals("42P01") || state.equals("42S02") || state.equals("42102")) {
            kind = "table not found";
        } else if (state.equals("42703") || state.equals("42S22") || state.equals("42122")) {
            kind = "column not found";
        } else if (state.startsWith("22")) {
            kind = "a value could not be converted or is out of range (the value is not shown)";
        } else if (state.equals("42501") || state.startsWith("44")) {
            kind = "permission denied";
        } else if (state.equals("25006")) {
            kind = "the scan is read-only and the statement tried to write";
        } else if (state.startsWith("42")) {
            kind = "the database refused the query";
        } else if (state.isEmpty() && e.getMessage() != null) {
            // DuckDB gives no SQLSTATE; its message starts with the error's class, which alone is kept
            String head = e.getMessage().strip();
            kind = head.startsWith("Conversion Error") || head.startsWith("Out of Range Error")
                    ? "a value could not be converted or is out of range (the value is not shown)"
                    : head.startsWith("Catalog Error") ? "table or column not found"
                    : head.startsWith("Binder Error") ? "a column is missing or does not fit the expression"
                    : head.startsWith("Permission Error") ? "permission denied"
                    : head.startsWith("IO Error") ? "the file cannot be read"
                    : head.startsWith("Parser Error") ? "the database could not parse the generated query"
                    : "the database answered with an error";
        } else {
            kind = "the database answered with an error";
        }
        return kind + (state.matches("[0-9A-Z]{5}") ? " (SQLSTATE " + state + ")" : "");
    }
}
