package vn.steerboard.common;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;

/**
 * Rows of COPY's text format, shared by every writer that streams rows (indicator values, delivery events and states),
 * so the escaping of typed text is written once for {@code COPY ... FROM STDIN} (the PostgreSQL driver's CopyManager) on the
 * transaction's own connection: the rows commit or roll back with the batch, and COPY checks the keys and NOT NULLs
 * as INSERT does, in one round trip instead of one statement per row.
 */
public final class CopyRows {

    private final StringBuilder rows;
    private boolean first = true;

    public CopyRows(int expectedRows) {
        rows = new StringBuilder(expectedRows * 128);
    }

    /** A text field: backslash, tab, newline and carriage return escaped; null is {@code \N}. */
    public CopyRows text(String text) {
        separator();
        if (text == null) {
            rows.append("\\N");
            return this;
        }
        int n = text.length();
        int plain = 0;
        while (plain < n && !escaped(text.charAt(plain))) {
            plain++;
        }
        // most text has nothing to escape: appended in one copy, not char by char
        rows.append(text, 0, plain);
        for (int i = plain; i < n; i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(ch);
            }
        }
        return this;
    }

    private static boolean escaped(char ch) {
        return ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r';
    }

    /** A number, a date or a time (ISO 8601, as PostgreSQL reads it), or null. */
    public CopyRows value(Object value) {
        separator();
        rows.append(value == null ? "\\N" : value.toString());
        return this;
    }

    public CopyRows bool(Boolean value) {
        separator();
        rows.append(value == null ? "\\N" : value ? "t" : "f");
        return this;
    }

    public CopyRows endRow() {
        rows.append('\n');
        first = true;
        return this;
    }

    private void separator() {
        if (!first) {
            rows.append('\t');
        }
        first = false;
    }

    /** The rows as COPY reads them. */
    @Override
    public String toString() {
        return rows.toString();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** {@code COPY table (columns) FROM STDIN} inside the current transaction. */
    public void copyInto(DataSource dataSource, String table, String columns) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "COPY " + table + " (" + columns + ") FROM STDIN";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
        } catch (SQLException e) {
            throw new SQLErrorCodeSQLExceptionTranslator(dataSource).translate("COPY " + table, sql, e);
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("COPY " + table, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    public static boolean postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
