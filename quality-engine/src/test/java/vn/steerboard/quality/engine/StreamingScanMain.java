package vn.steerboard.quality.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.dictionary.Element;
import vn.steerboard.quality.engine.dictionary.Kinds;
import vn.steerboard.quality.engine.suite.SuiteReader;

/**
 * Run in a JVM with a small heap by {@link PostgresStreamingTest}: scans {@code stream_rows} on PostgreSQL with a
 * check only Java can evaluate, so every row goes through the streaming pass; prints "checked failed".
 */
public final class StreamingScanMain {

    /** An element no dialect knows: the value's last digit is even. */
    static final class EvenLastDigit implements Element {
        @Override public String name() { return "even_last_digit"; }
        @Override public String description() { return "last digit even"; }
        @Override public String source() { return "test"; }
        @Override public Criterion criterion() { return Criterion.CORRECT; }
        @Override public String shape() { return null; }
        @Override public boolean shapeIsEnough() { return false; }
        @Override public List<String> kinds() { return List.of(Kinds.BAD_FORMAT); }
        @Override public Optional<Finding> problem(String value, Object related) {
            return (value.charAt(value.length() - 1) - '0') % 2 == 0 ? Optional.empty() : Finding.of(Kinds.BAD_FORMAT, "pattern.regex");
        }
    }

    public static void main(String[] args) throws Exception {
        Dictionary dictionary = Dictionary.standard().add(new EvenLastDigit());
        Suite suite = new SuiteReader(dictionary).read("table: stream_rows\nprimary_key: id\nchecks:\n"
                + "  - id: even\n    type: dictionary\n    column: code\n    element: even_last_digit\n");
        try (Connection pg = DriverManager.getConnection(args[0], "steerboard", "steerboard")) {
            ScanReport report = new QualityEngine(dictionary, Clock.systemUTC()).scan(suite, pg, "postgresql",
                    QualityEngine.Options.defaults().asOf(LocalDate.of(2026, 11, 1)));
            CheckResult even = report.checks().get(0);
            System.out.println(even.evaluatedBy() + " " + even.denominator() + " " + even.failed()
                    + " autocommit " + pg.getAutoCommit());
        }
    }
}
