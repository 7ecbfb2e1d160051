package vn.steerboard.common;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;

/**
 * Rows of COPY's text format, shared by every writer that streams rows (indicator values, delivery events and states),
 * so the escaping of typed text is written once for {@code COPY ... FROM STDIN} (the PostgreSQL driver's CopyManager) on the
 * transaction's own connection: the rows commit or roll back with the batch, and COPY checks the keys and NOT NULLs
 * as INSERT does, in one round trip instead of one statement per row. The rows are kept as the UTF-8 bytes the driver
 * sends (it always speaks UTF-8 to the server), so text is encoded once, and text already in UTF-8 (a payload
 * serialised as bytes) is not encoded at all.
 */
public final class CopyRows {

    private static final byte[] NULL = {'\\', 'N'};

    private byte[] rows;
    private int size;
    private boolean first = true;

    /** Room for the expected rows at about 128 bytes each, at most 8 MB up front; more is added as rows come. */
    public CopyRows(int expectedRows) {
        rows = new byte[(int) Math.min(8L << 20, Math.max(256L, expectedRows * 128L))];
    }

    /** A text field: backslash, tab, newline and carriage return escaped; null is {@code \N}. */
    public CopyRows text(String text) {
        return utf8(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A text field given as its UTF-8 bytes, escaped as {@link #text} escapes it. The four escaped characters are
     * ASCII, and no byte of a multi-byte UTF-8 sequence is, so escaping byte by byte is escaping the text.
     */
    public CopyRows utf8(byte[] text) {
        separator();
        if (text == null) {
            append(NULL);
            return this;
        }
        escaped(text);
        return this;
    }

    private void escaped(byte[] text) {
        int n = text.length;
        int plain = 0;
        while (plain < n && !escaped(text[plain])) {
            plain++;
        }
        // most text has nothing to escape: appended in one copy, not byte by byte
        ensure(n + (n - plain));
        System.arraycopy(text, 0, rows, size, plain);
        size += plain;
        for (int i = plain; i < n; i++) {
            byte b = text[i];
            switch (b) {
                case '\\' -> put('\\', '\\');
                case '\t' -> put('\\', 't');
                case '\n' -> put('\\', 'n');
                case '\r' -> put('\\', 'r');
                default -> rows[size++] = b;
            }
        }
    }

    private static boolean escaped(byte b) {
        return b == '\\' || b == '\t' || b == '\n' || b == '\r';
    }

    private void put(char escape, char letter) {
        rows[size++] = (byte) escape;
        rows[size++] = (byte) letter;
    }

    /** A number, a date or a time (ISO 8601, as PostgreSQL reads it), or null. */
    public CopyRows value(Object value) {
        separator();
        append(value == null ? NULL : value.toString().getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public CopyRows bool(Boolean value) {
        separator();
        if (value == null) {
            append(NULL);
        } else {
            ensure(1);
            rows[size++] = (byte) (value ? 't' : 'f');
        }
        return this;
    }

    public CopyRows endRow() {
        ensure(1);
        rows[size++] = '\n';
        first = true;
        return this;
    }

    private void separator() {
        if (!first) {
            ensure(1);
            rows[size++] = '\t';
        }
        first = false;
    }

    private void append(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, rows, size, bytes.length);
        size += bytes.length;
    }

    private void ensure(int more) {
        if (size + more > rows.length) {
            rows = Arrays.copyOf(rows, Math.max(rows.length * 2, size + more));
        }
    }

    /** The rows as COPY reads them. */
    @Override
    public String toString() {
        return new String(rows, 0, size, StandardCharsets.UTF_8);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** {@code COPY table (columns) FROM STDIN} inside the current transaction. */
    public void copyInto(DataSource dataSource, String table, String columns) {
        if (size == 0) {
            return;
        }
        String sql = "COPY " + table + " (" + columns + ") FROM STDIN";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                copy.writeToCopy(rows, 0, size);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new SQLErrorCodeSQLExceptionTranslator(dataSource).translate("COPY " + table, sql, e);
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
