package vn.steerboard.quality.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import vn.steerboard.quality.engine.sql.Dialect;

/**
 * The aggregate statement runs with PostgreSQL's JIT off on tables estimated below {@link #JIT_PAYS_FROM_ROWS} rows,
 * and the session's setting is put back afterwards. The statement is one wide expression over every row (100-odd
 * aggregates, a CASE of regular expressions per check), and compiling it costs about 2 s whatever the table's size:
 * on an idle 2-core machine JIT made the scan 1.9 s slower at 1 million rows, made no difference at 3 million and
 * saved 3-4 s (4%) at 10 million (bench/README.md, issue 14). Above the threshold the server's own setting stands.
 * Parallel workers are left as the server has them (they halve the time; a scan does not raise them on an agency's
 * server). Nothing is done on other databases, before PostgreSQL 11 (no JIT), or when JIT is already off; a SET
 * that cannot run leaves the scan as it was.
 */
final class PostgresSession implements AutoCloseable {

    /** Where the compiled expressions begin to save more than compiling costs, with a margin (measured: see above). */
    static final long JIT_PAYS_FROM_ROWS = 5_000_000;

    /** A table's name, plain or double-quoted, with its schema or without. */
    private static final java.util.regex.Pattern RELATION_NAME = java.util.regex.Pattern.compile(
            "(?:[A-Za-z_][A-Za-z0-9_$]*|\"(?:[^\"]|\"\")+\")(?:\\.(?:[A-Za-z_][A-Za-z0-9_$]*|\"(?:[^\"]|\"\")+\"))?");

    private final Connection connection;
    private final boolean restore;

    private PostgresSession(Connection connection, boolean restore) {
        this.connection = connection;
        this.restore = restore;
    }

    /**
     * JIT off for the scan of {@code tableExpression}, unless the planner's estimate of its rows ({@code reltuples})
     * is at least {@link #JIT_PAYS_FROM_ROWS}: there the compiled expressions save more than compiling costs, and the
     * server's setting is left as it is. A source that is not a table (a view, a query) or was never analysed has no
     * estimate, and gets JIT off.
     */
    static PostgresSession forScan(Connection connection, Dialect dialect, String tableExpression) {
        return forScan(connection, dialect, tableExpression, JIT_PAYS_FROM_ROWS);
    }

    static PostgresSession forScan(Connection connection, Dialect dialect, String tableExpression, long jitPaysFromRows) {
        if (dialect != Dialect.POSTGRESQL) {
            return new PostgresSession(connection, false);
        }
        try {
            if (connection.getMetaData().getDatabaseMajorVersion() < 11
                    || estimatedRows(connection, tableExpression) >= jitPaysFromRows) {
                return new PostgresSession(connection, false);
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT current_setting('jit', true)")) {
                if (!rs.next() || !"on".equals(rs.getString(1))) {
                    return new PostgresSession(connection, false);
                }
                statement.execute("SET jit = off");
                return new PostgresSession(connection, true);
            }
        } catch (SQLException e) {
            return new PostgresSession(connection, false);
        }
    }

    /** The planner's row estimate of a table ({@code pg_class.reltuples}); -1 when there is none. */
    static long estimatedRows(Connection connection, String tableExpression) throws SQLException {
        if (tableExpression == null || !RELATION_NAME.matcher(tableExpression).matches()) {
            return -1;
        }
        // a well-formed name only: to_regclass returns NULL for a missing relation but fails on bad syntax, which
        // would abort the caller's transaction
        try (java.sql.PreparedStatement statement = connection.prepareStatement(
                "SELECT c.reltuples FROM pg_class c WHERE c.oid = to_regclass(?) AND c.relkind IN ('r', 'p', 'm')")) {
            statement.setString(1, tableExpression);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? (long) rs.getDouble(1) : -1;
            }
        }
    }

    /** Whether JIT was switched off for the statement (and is switched back on after). */
    boolean switched() {
        return restore;
    }

    @Override
    public void close() {
        if (!restore) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET jit = on");
        } catch (SQLException e) {
            // a failed statement aborted the transaction: its rollback undoes the SET as well
        }
    }
}
