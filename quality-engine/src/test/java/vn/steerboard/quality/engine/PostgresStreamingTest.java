package vn.steerboard.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Bug 2: the Java pass on PostgreSQL streams in constant memory. 1.5 million rows buffered by the driver take
 * well over 100 MB; the scan runs in a JVM limited to 64 MB and reads every one of them.
 */
class PostgresStreamingTest {

    static final long ROWS = 1_500_000;

    @Test
    void theStreamingPassReadsMoreRowsThanFitInTheHeap() throws SQLException, IOException, InterruptedException {
        try (Connection pg = PostgresAvailability.connect(); Statement s = pg.createStatement()) {
            s.execute("DROP TABLE IF EXISTS stream_rows");
            s.execute("CREATE TABLE stream_rows AS SELECT i AS id, lpad(i::text, 12, '0') AS code"
                    + " FROM generate_series(1, " + ROWS + ") i");
            try {
                Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx64m", "-cp", System.getProperty("java.class.path"), StreamingScanMain.class.getName(),
                        PostgresAvailability.URL).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
                assertThat(process.exitValue()).as(output).isZero();
                // every row checked in Java, half of them odd; the connection's autocommit restored after the pass
                assertThat(List.of(output.strip().split("\n")).get(output.strip().split("\n").length - 1))
                        .isEqualTo("java " + ROWS + " " + ROWS / 2 + " autocommit true");
            } finally {
                s.execute("DROP TABLE stream_rows");
            }
        }
    }
}
