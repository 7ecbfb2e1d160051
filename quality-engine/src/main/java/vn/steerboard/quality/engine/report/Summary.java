package vn.steerboard.quality.engine.report;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.steerboard.quality.engine.CheckResult;
import vn.steerboard.quality.engine.Findings;
import vn.steerboard.quality.engine.ScanReport;

/**
 * What the command line prints when a scan ends: one screen (at most {@link #MAX_LINES} lines, whatever the
 * suite): the source, rows, as-of date and timings; the score, band and a bar per criterion; the gates; the checks
 * with the most failures, each with its first masked example; and the reports written. The full table is the text
 * report ({@code --text}).
 */
public final class Summary {

    public static final int MAX_LINES = 24;
    private static final int FAILING_SHOWN = 8;
    private static final int BAR = 20;

    private Summary() {
    }

    public static String of(ScanReport report, Locale language, List<Path> written) {
        boolean en = "en".equals(language.getLanguage());
        Locale numbers = en ? Locale.ENGLISH : Findings.VIETNAMESE;
        StringBuilder out = new StringBuilder();
        out.append(ReportWriters.label("title", language)).append(": ").append(printable(report.suite())).append(" · ")
                .append(printable(report.table())).append(" · ").append(printable(report.source())).append(" (").append(report.dialect()).append(")\n");
        out.append(String.format(numbers, "%s %,d · %s %s · %s: SQL %,.1f s, Java %,.1f s, %,.1f s · %d %s%n",
                ReportWriters.label("rows", language), report.rows(), ReportWriters.label("asOf", language), day(report.asOf(), en),
                ReportWriters.label("timings", language), report.sqlMillis() / 1000.0, report.javaMillis() / 1000.0,
                report.durationMillis() / 1000.0, report.sqlStatements(), ReportWriters.label("statements", language)));
        out.append(String.format(numbers, "%s: %.1f · %s %s · %s: %s%n", ReportWriters.label("score", language),
                report.scores().database(), ReportWriters.label("band", language), report.scores().band(),
                ReportWriters.label("gate", language), report.gatePassed() ? ReportWriters.label("gatePassed", language)
                        : ReportWriters.label("gateFailed", language) + " (" + printable(String.join("; ", report.gateFailures())) + ")"));
        report.scores().criteria().forEach((criterion, score) -> {
            int filled = (int) Math.round(Math.max(0, Math.min(100, score)) / 100 * BAR);
            out.append(String.format(numbers, "  %-11s %s%s %5.1f%n", ReportWriters.label(criterion.name(), language),
                    "█".repeat(filled), "░".repeat(BAR - filled), score));
        });
        List<CheckResult> failing = report.checks().stream().filter(c -> c.failed() > 0)
                .sorted(Comparator.comparingLong(CheckResult::failed).reversed().thenComparing(CheckResult::id)).toList();
        out.append(ReportWriters.label("failing", language)).append(String.format(numbers, ": %d / %d%n", failing.size(),
                report.checks().size()));
        for (CheckResult check : failing.subList(0, Math.min(FAILING_SHOWN, failing.size()))) {
            String example = check.examples().isEmpty() ? "" : "  " + printable(Findings.render(check.examples().get(0), language));
            out.append(String.format(numbers, "  %-26s %,12d / %,-12d %6.2f%%%s%n", printable(check.id()), check.failed(),
                    check.denominator(), 100 * check.passRate(), shorten(example, 60)));
        }
        if (failing.size() > FAILING_SHOWN) {
            out.append("  ").append(MessageFormat.format(ReportWriters.label("more", language), failing.size() - FAILING_SHOWN))
                    .append('\n');
        }
        if (!written.isEmpty()) {
            out.append(ReportWriters.label("written", language)).append(": ")
                    .append(String.join(", ", written.stream().map(Path::toString).toList())).append('\n');
        }
        return out.toString();
    }

    private static String day(String iso, boolean en) {
        return en ? iso : ReportWriters.vietnameseDay(iso);
    }

    /**
     * Text from the suite or the data as the terminal shows it: a control or text-direction character (an escape
     * sequence, a line feed that would break the one screen) becomes U+FFFD.
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.getType(c) == Character.CONTROL
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 ? 0xFFFD : c));
        return out.toString();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
