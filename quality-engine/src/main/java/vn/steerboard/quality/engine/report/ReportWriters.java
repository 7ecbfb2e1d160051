package vn.steerboard.quality.engine.report;

import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.quality.engine.CheckResult;
import vn.steerboard.quality.engine.Criterion;
import vn.steerboard.quality.engine.Findings;
import vn.steerboard.quality.engine.ScanReport;

/** A scan report as JSON (to upload), a text table (for the terminal) and a self-contained HTML page. */
public final class ReportWriters {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportWriters() {
    }

    public static String json(ScanReport report) {
        return JSON.writeValueAsString(report);
    }

    public static ScanReport fromJson(String json) {
        return JSON.readValue(json, ScanReport.class);
    }

    public static String text(ScanReport report) {
        return text(report, Findings.VIETNAMESE);
    }

    /** The report as a text table, its findings in the language (Vietnamese unless English is asked). */
    public static String text(ScanReport report, Locale language) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Suite %s on %s (%s, %s): %,d rows, %d ms, %d SQL statement(s)%s%n",
                report.suite(), report.table(), report.source(), report.dialect(), report.rows(), report.durationMillis(),
                report.sqlStatements(), report.javaPass() ? " + 1 streaming pass" : ""));
        out.append(String.format(Locale.ROOT, "%-34s %-10s %12s %12s %8s  %s%n", "check", "criterion", "checked", "failed",
                "pass %", "examples (masked)"));
        for (CheckResult check : report.checks()) {
            out.append(String.format(Locale.ROOT, "%-34s %-10s %,12d %,12d %8.2f  %s%n", check.id(),
                    check.criterion().name().toLowerCase(Locale.ROOT), check.denominator(), check.failed(),
                    100 * check.passRate(), examples(check, language)));
        }
        for (Map.Entry<Criterion, Double> score : report.scores().criteria().entrySet()) {
            out.append(String.format(Locale.ROOT, "  %-12s %6.1f%n", score.getKey().name().toLowerCase(Locale.ROOT),
                    score.getValue()));
        }
        report.scores().capsApplied().forEach(cap -> out.append("  cap: ").append(cap).append('\n'));
        out.append(String.format(Locale.ROOT, "Database score %.1f, band %s%s%n", report.scores().database(),
                report.scores().band(), report.gatePassed() ? "" : "  — GATE FAILED: " + report.gateFailures()));
        return out.toString();
    }

    public static String html(ScanReport report) {
        return html(report, Findings.VIETNAMESE);
    }

    private static String examples(CheckResult check, Locale language) {
        return String.join("; ", check.examples().stream().map(e -> Findings.render(e, language)).toList());
    }

    public static String html(ScanReport report, Locale language) {
        StringBuilder rows = new StringBuilder();
        for (CheckResult check : report.checks()) {
            rows.append("<tr><td>").append(escape(check.id())).append("</td><td>")
                    .append(check.criterion().name().toLowerCase(Locale.ROOT)).append("</td><td class=n>")
                    .append(String.format(Locale.ROOT, "%,d", check.denominator())).append("</td><td class=n>")
                    .append(String.format(Locale.ROOT, "%,d", check.failed())).append("</td><td class=n>")
                    .append(String.format(Locale.ROOT, "%.2f", 100 * check.passRate())).append("</td><td>")
                    .append(escape(examples(check, language))).append("</td></tr>\n");
        }
        StringBuilder scores = new StringBuilder();
        report.scores().criteria().forEach((criterion, score) -> scores.append("<li>")
                .append(criterion.name().toLowerCase(Locale.ROOT)).append(": <b>")
                .append(String.format(Locale.ROOT, "%.1f", score)).append("</b></li>"));
        return "<!DOCTYPE html><html lang=" + ("en".equals(language.getLanguage()) ? "en" : "vi") + "><head><meta charset=utf-8><title>" + escape(report.suite())
                + "</title><style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2937}"
                + "table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left}"
                + ".n{text-align:right;font-variant-numeric:tabular-nums}.band{font-size:2rem}</style></head><body>"
                + "<h1>" + escape(report.suite()) + " · " + escape(report.table()) + "</h1><p>"
                + escape(report.source()) + " · " + report.dialect() + " · " + String.format(Locale.ROOT, "%,d", report.rows())
                + " rows · " + report.scannedAt() + "</p><p class=band>" + String.format(Locale.ROOT, "%.1f", report.scores().database())
                + " · " + report.scores().band() + "</p><ul>" + scores + "</ul><table><thead><tr><th>check</th><th>criterion</th>"
                + "<th>checked</th><th>failed</th><th>pass %</th><th>examples (masked)</th></tr></thead><tbody>" + rows
                + "</tbody></table></body></html>\n";
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
