package vn.steerboard.quality.engine;

import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.QueryProgress;

/**
 * Rows a scan has read so far, and of how many ({@code total} is -1 while not known). DuckDB reports the progress of
 * its aggregate statement as it runs (polled here from a daemon thread); other databases report the count when the
 * statement ends; the streaming pass reports every million rows. Called from the scan's threads: keep it cheap.
 */
@FunctionalInterface
public interface RowProgress {

    RowProgress NONE = (done, total) -> { };

    void rows(long done, long total);

    /** Polls a running DuckDB statement's progress until closed; does nothing on other databases. */
    final class Poller implements AutoCloseable {

        private static final long EVERY_MILLIS = 200;
        private final Thread thread;

        private Poller(Thread thread) {
            this.thread = thread;
        }

        public static Poller start(Statement statement, RowProgress progress) {
            if (progress == NONE) {
                return new Poller(null);
            }
            DuckDBPreparedStatement duck;
            try {
                if (!statement.isWrapperFor(DuckDBPreparedStatement.class)) {
                    progress.rows(0, -1);
                    return new Poller(null);
                }
                duck = statement.unwrap(DuckDBPreparedStatement.class);
            } catch (SQLException e) {
                return new Poller(null);
            }
            Thread thread = new Thread(() -> poll(duck, progress), "quality-scan-progress");
            thread.setDaemon(true);
            thread.start();
            return new Poller(thread);
        }

        private static void poll(DuckDBPreparedStatement duck, RowProgress progress) {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(EVERY_MILLIS);
                    try {
                        QueryProgress p = duck.getQueryProgress();
                        if (p != null && p.getTotalRowsToProcess() > 0 && p.getRowsProcessed() >= 0) {
                            progress.rows(p.getRowsProcessed(), p.getTotalRowsToProcess());
                        }
                    } catch (SQLException | RuntimeException e) {
                        // not running yet, or already done: nothing to report this time
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            if (thread != null) {
                thread.interrupt();
                try {
                    thread.join(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
