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
import vn.steerboard.quality.engine.report.Summary;
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

    /** A command whose output is a terminal: the progress bar is drawn unless --quiet. */
    static ScanCommand onATerminal() {
        return new ScanCommand() {
            @Override
            protected boolean interactive() {
                return true;
            }
        };
    }

    /** The end of a scan is one screen, whatever the suite: score, band, bars, gates, worst checks, files written. */
    @Test
    void aScanEndsWithAOneScreenSummary() throws Exception {
        StringBuilder yaml = new StringBuilder("table: people\nchecks:\n  - {id: fresh_10, type: freshness, column: updated_at,"
                + " days: 10, gate: 0.99}\n  - {id: not_future, type: range, column: updated_at, not_in_future: true}\n"
                + "  - {type: completeness, column: code}\n");
        for (int digit = 0; digit < 12; digit++) { // twelve failing checks, more than a screen holds
            yaml.append("  - {id: ends_").append(digit).append(", type: pattern, column: code, pattern: '^0{9}[0-9]{2}[^")
                    .append(digit % 10).append("]$'}\n"); // 100 of the 1,000 codes end in that digit
        }
        Path suite = suite("summary", yaml.toString());
        Path json = dir.resolve("summary.json");
        Path text = dir.resolve("summary.txt");
        Run run = run(new ScanCommand(), "--suite", suite.toString(), "--file", parquet.toString(), "--as-of", "2026-11-01",
                "--json", json.toString(), "--text", text.toString());
        assertThat(run.exit()).isEqualTo(1); // the freshness gate fails
        List<String> lines = run.out().lines().toList();
        assertThat(lines.size()).as(run.out()).isLessThanOrEqualTo(Summary.MAX_LINES);
        assertThat(lines.get(0)).startsWith("Báo cáo chất lượng cơ sở dữ liệu: ").contains("people.parquet", "DUCKDB");
        assertThat(lines.get(1)).contains("Số bản ghi 1.000", "Ngày tham chiếu 01/11/2026", "SQL ");
        assertThat(run.out()).containsPattern("Điểm cơ sở dữ liệu: \\d+,\\d · Xếp loại [A-D] · Ngưỡng chặn: KHÔNG ĐẠT \\(fresh_10")
                .containsPattern("  Sống +[█░]{20} +\\d+,\\d")
                // 12 patterns, freshness, not in future (dates up to 9 November) and the 3 sharing checks fail
                .contains("Phép kiểm tra có lỗi: 17 / 18")
                .containsPattern("fresh_10 +525 / 1.000 +47,50%  2026-10-01")
                .containsPattern("not_future +200 / 1.000 +80,00%")
                .contains("… và 9 phép kiểm tra khác")
                .contains("Đã ghi: " + json + ", " + text);
        assertThat(run.out()).doesNotContain("completeness_code"); // it passes: not among the failing
        assertThat(run.err()).isEmpty(); // not a terminal: no progress bar
        // the full table went to --text: every check
        assertThat(Files.readString(text)).contains("ends_0", "ends_11", "not_future", "completeness_code");
        // in English on request
        Run en = run(new ScanCommand(), "--suite", suite.toString(), "--file", parquet.toString(), "--as-of", "2026-11-01",
                "--lang", "en");
        assertThat(en.out()).contains("Rows 1,000", "As of 2026-11-01", "Checks with failures: 17 / 18", "… and 9 more")
                .containsPattern("fresh_10 +525 / 1,000 +47.50%");
    }

    @Test
    void onATerminalTheRowsReadAreShownUnlessQuiet() throws Exception {
        Path suite = suite("bar", "table: people\nchecks:\n  - {type: completeness, column: code}\n");
        Run shown = run(onATerminal(), "--suite", suite.toString(), "--file", parquet.toString(), "--as-of", "2026-11-01");
        assertThat(shown.exit()).isZero();
        assertThat(shown.err()).contains("Đang quét", "100%", "1000/1000 bản ghi");
        assertThat(shown.out()).contains("Số bản ghi 1.000");
        Run quiet = run(onATerminal(), "--suite", suite.toString(), "--file", parquet.toString(), "--as-of", "2026-11-01", "--quiet");
        assertThat(quiet.exit()).isZero();
        assertThat(quiet.err()).isEmpty();
        // the same summary, timings apart (its second line)
        assertThat(quiet.out().lines().skip(2).toList()).isEqualTo(shown.out().lines().skip(2).toList());
    }

    static String withoutTimings(String json) {
        return json.replaceAll("\"(scannedAt|durationMillis|sqlMillis|javaMillis)\" : [^,\\n]*", "\"$1\" : _");
    }
}
