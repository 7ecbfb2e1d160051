package vn.steerboard.quality.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.steerboard.quality.engine.Criterion;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.dictionary.Element;
import vn.steerboard.quality.engine.dictionary.Kinds;

/** The command line's exit codes (0 passed, 1 a gate failed, 2 the scan or the engine failed) and its as-of date. */
class ScanCommandTest {

    @TempDir
    static Path dir;
    static Path parquet;

    @BeforeAll
    static void data() throws Exception {
        parquet = dir.resolve("people.parquet");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            s.execute("CREATE TABLE people AS SELECT i AS id, lpad(CAST(i AS VARCHAR), 12, '0') AS code,"
                    + " DATE '2026-10-01' + CAST(i % 40 AS INTEGER) AS updated_at FROM range(1000) t(i)");
            s.execute("COPY people TO '" + parquet + "' (FORMAT parquet)");
        }
    }

    /** An element that fails the way the JVM does when memory runs out, from inside the engine's streaming pass. */
    static final class Exhausting implements Element {
        @Override public String name() { return "exhausting"; }
        @Override public String description() { return "runs out of memory"; }
        @Override public String source() { return "test"; }
        @Override public Criterion criterion() { return Criterion.CORRECT; }
        @Override public String shape() { return null; }
        @Override public boolean shapeIsEnough() { return false; }
        @Override public List<String> kinds() { return List.of(Kinds.BAD_FORMAT); }
        @Override public Optional<Finding> problem(String value, Object related) {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(ScanCommand command, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = new CommandLine(command).execute(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    static Path suite(String name, String yaml) throws Exception {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    /** Bug 3: an engine crash (here: out of memory) exits 2 with a message, never 1, the code of a failed gate. */
    @Test
    void anEngineCrashExitsTwoWithAMessage() throws Exception {
        Path yaml = suite("crash", "table: people\nchecks:\n  - type: dictionary\n    column: code\n    element: exhausting\n");
        Run run = run(new ScanCommand() {
            @Override
            protected Dictionary dictionary() {
                return Dictionary.standard().add(new Exhausting());
            }
        }, "--suite", yaml.toString(), "--file", parquet.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Scan failed").contains("OutOfMemoryError").contains("-Xmx");
    }

    @Test
    void aFailedGateExitsOneAndAScanThatCannotRunExitsTwo() throws Exception {
        Path gated = suite("gated", "table: people\nchecks:\n  - type: freshness\n    column: updated_at\n    days: 10\n    gate: 0.99\n");
        assertThat(run(new ScanCommand(), "--suite", gated.toString(), "--file", parquet.toString(), "--as-of", "2026-11-15").exit())
                .isEqualTo(1);
        assertThat(run(new ScanCommand(), "--suite", gated.toString(), "--file", parquet.toString(), "--as-of", "2026-10-01").exit())
                .isZero();
        Run missing = run(new ScanCommand(), "--suite", gated.toString(), "--file", dir.resolve("absent.parquet").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("Scan failed");
    }

    /** The same data scanned twice with the same --as-of: the same JSON, byte for byte, apart from the timing fields. */
    @Test
    void twoScansWithTheSameAsOfDateGiveTheSameReport() throws Exception {
        Path yaml = suite("fresh", "table: people\nchecks:\n  - type: freshness\n    column: updated_at\n    days: 10\n"
                + "  - type: range\n    column: updated_at\n    not_in_future: true\n"
                + "  - type: pattern\n    column: code\n    pattern: '^0{8}[0-9]{3}[02468]$'\n");
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        run(new ScanCommand(), "--suite", yaml.toString(), "--file", parquet.toString(), "--as-of", "2026-11-01", "--json", first.toString());
        run(new ScanCommand(), "--suite", yaml.toString(), "--file", parquet.toString(), "--as-of", "2026-11-01", "--json", second.toString());
        String a = withoutTimings(Files.readString(first));
        assertThat(a).isEqualTo(withoutTimings(Files.readString(second)));
        assertThat(a).contains("\"asOf\" : \"2026-11-01\"");
        // 2026-11-01 minus 10 days: dates from 2026-10-01 to 2026-10-21 are stale; none is in the future
        assertThat(a).contains("\"failed\" : 525");
    }

    static String withoutTimings(String json) {
        return json.replaceAll("\"(scannedAt|durationMillis|sqlMillis|javaMillis)\" : [^,\\n]*", "\"$1\" : _");
    }
}
