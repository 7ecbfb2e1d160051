package vn.steerboard.quality.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import vn.steerboard.quality.engine.sql.Dialect;
import vn.steerboard.quality.engine.sql.ScanPlan;

/** The two reads of a source: the one aggregate statement, and the streaming pass for what SQL cannot express. */
final class SourcePasses {

    private SourcePasses() {
    }

    /** Runs the aggregate statement; its one row by lower-case column label. */
    static Map<String, Object> aggregate(Connection connection, Dialect dialect, ScanPlan plan, int timeoutSeconds,
            RowProgress rowProgress, String source) {
        Map<String, Object> aggregates = new LinkedHashMap<>();
        try (PostgresSession session = PostgresSession.forScan(connection, dialect, plan.tableExpression());
             Statement statement = statement(connection, timeoutSeconds);
             RowProgress.Poller poller = RowProgress.Poller.start(statement, rowProgress);
             ResultSet rs = statement.executeQuery(plan.aggregateSql())) {
            rs.next();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                aggregates.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
            }
        } catch (SQLException e) {
            throw new ScanException("The aggregate query failed on " + source + ": " + SqlErrors.describe(e), e);
        }
        return aggregates;
    }

    /** A statement bounded by the scan's timeout (the server sets one; the command line by default none). */
    private static Statement statement(Connection connection, int timeoutSeconds) throws SQLException {
        Statement statement = connection.createStatement();
        if (timeoutSeconds > 0) {
            statement.setQueryTimeout(timeoutSeconds);
        }
        return statement;
    }

    /**
     * The one streaming pass, in constant memory: PostgreSQL's driver honours the fetch size only inside a
     * transaction, so autocommit is off for the pass (and restored after); the result set is forward-only.
     */
    static void streaming(Connection connection, Dialect dialect, ScanPlan plan, JavaPass javaPass, long rows,
            String source, int timeoutSeconds, Consumer<String> progress, RowProgress rowProgress) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit && dialect == Dialect.POSTGRESQL) {
                connection.setAutoCommit(false);
            }
            try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                if (timeoutSeconds > 0) {
                    statement.setQueryTimeout(timeoutSeconds);
                }
                statement.setFetchSize(10_000);
                try (ResultSet rs = statement.executeQuery(plan.javaPassSql())) {
                    javaPass.consume(rs, progress, rowProgress, rows);
                }
            } finally {
                if (autoCommit && !connection.getAutoCommit()) {
                    connection.rollback(); // the pass only read
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new ScanException("The streaming pass failed on " + source + ": " + SqlErrors.describe(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a PostgreSQL database's LC_CTYPE is a UTF-8 locale (so its regular expressions know Vietnamese letters). */
    static boolean unicodeCtype(Connection connection) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SHOW lc_ctype")) {
            String ctype = rs.next() ? rs.getString(1).toLowerCase(Locale.ROOT) : "";
            return ctype.contains("utf-8") || ctype.contains("utf8");
        } catch (SQLException e) {
            return false;
        }
    }
}
