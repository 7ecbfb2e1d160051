package vn.steerboard.quality.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import vn.steerboard.quality.engine.sql.Dialect;

/**
 * The aggregate statement runs with PostgreSQL's JIT off, and the session's setting is put back afterwards. The
 * statement is one wide expression over every row (100-odd aggregates, a CASE of regular expressions per check):
 * JIT spends longer compiling it than it saves — measured on 1 million rows, 27 s of a 73 s scan, and 15 s of the
 * hand-written statement's 60 s (bench/README.md). Parallel workers are left as the server has them (they halve the
 * time; a scan does not raise them on an agency's server). Nothing is done on other databases, before PostgreSQL 11
 * (no JIT), or when JIT is already off; a SET that cannot run leaves the scan as it was.
 */
final class PostgresSession implements AutoCloseable {

    private final Connection connection;
    private final boolean restore;

    private PostgresSession(Connection connection, boolean restore) {
        this.connection = connection;
        this.restore = restore;
    }

    static PostgresSession jitOff(Connection connection, Dialect dialect) {
        if (dialect != Dialect.POSTGRESQL) {
            return new PostgresSession(connection, false);
        }
        try {
            if (connection.getMetaData().getDatabaseMajorVersion() < 11) {
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
