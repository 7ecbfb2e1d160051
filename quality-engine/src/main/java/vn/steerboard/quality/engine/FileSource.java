package vn.steerboard.quality.engine;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** A CSV or Parquet file read in place by an embedded DuckDB that may touch nothing else. */
final class FileSource {

    private FileSource() {
    }

    /** The table expression that reads the file; null for a file type that is not scanned. */
    static String tableExpression(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String path = quotedPath(file);
        return name.endsWith(".parquet") ? "read_parquet('" + path + "')"
                : name.endsWith(".csv") || name.endsWith(".csv.gz") ? "read_csv('" + path + "', header = true, all_varchar = true, allow_quoted_nulls = false)"
                : null;
    }

    /** The file's absolute path, its quotes doubled for a SQL text literal. */
    static String quotedPath(Path file) {
        return file.toAbsolutePath().toString().replace("'", "''");
    }

    /** The file is the only thing DuckDB may touch: no other path, no extension, and the settings locked. */
    static void lockDown(Connection duck, Path file, RowProgress rowProgress) throws SQLException {
        try (Statement lock = duck.createStatement()) {
            lock.execute("SET autoinstall_known_extensions = false");
            lock.execute("SET autoload_known_extensions = false");
            lock.execute("SET allowed_paths = ['" + quotedPath(file) + "']");
            lock.execute("SET enable_external_access = false");
            if (rowProgress != RowProgress.NONE) {
                // DuckDB tracks a statement's progress only with its progress bar on; it prints nothing here
                lock.execute("SET enable_progress_bar = true");
                lock.execute("SET enable_progress_bar_print = false");
            }
            lock.execute("SET lock_configuration = true");
        }
    }
}
