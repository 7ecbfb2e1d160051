package vn.steerboard.quality.engine.report;

import static vn.steerboard.quality.engine.report.ReportWriters.label;

import java.util.Locale;
import java.util.Map;
import vn.steerboard.quality.engine.CheckResult;
import vn.steerboard.quality.engine.Findings;
import vn.steerboard.quality.engine.ScanReport;
import vn.steerboard.quality.engine.Scores;

/**
 * The report as a printable document (A4): the facts of the scan, score and band, a bar per criterion, and a
 * table row per check. Self-contained: no script, no external file; every value from the report is escaped.
 */
final class HtmlReport {

    private static final String STYLE = "<style>@page{size:A4;margin:15mm}body{font-family:'Noto Sans','DejaVu Sans',system-ui,sans-serif;"
            + "margin:1.5rem;color:#1f2937;font-size:11pt}h1{font-size:16pt;margin:0 0 .2rem}h2{font-size:13pt;margin:1.2rem 0 .4rem}"
            + "dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.5rem 0}dt{color:#6b7280}dd{margin:0}"
            + "table{border-collapse:collapse;width:100%;table-layout:fixed;font-size:8.5pt}td,th{border-bottom:1px solid #d1d5db;"
            + "padding:.2rem .3rem;text-align:left;vertical-align:top;overflow-wrap:break-word;hyphens:none}td:first-child{overflow-wrap:anywhere}th{background:#f3f4f6}tr{break-inside:avoid}.n{text-align:right;font-variant-numeric:tabular-nums;"
            + "white-space:nowrap}th.n{white-space:normal}.by{color:#6b7280;font-size:8.5pt}.ex{font-size:8pt;overflow-wrap:anywhere}"
            + ".score{font-size:22pt;font-weight:700}.bar{display:flex;align-items:center;gap:.5rem;margin:.15rem 0}"
            + ".bar .name{width:8rem}.track{flex:1;height:.8rem;background:#e5e7eb;border-radius:.2rem;overflow:hidden}"
            + ".fill{display:block;height:100%;background:#2563eb;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
            + ".bar .v{width:3rem;text-align:right}</style>";
    private static final String COLUMNS = "<colgroup><col style=\"width:19%\"><col style=\"width:10%\">"
            + "<col style=\"width:10%\"><col style=\"width:8%\"><col style=\"width:20%\"><col style=\"width:11%\">"
            + "<col style=\"width:22%\"></colgroup>";

    private final ScanReport report;
    private final Locale language;
    private final boolean en;
    /** How numbers are written: English, or Vietnamese (decimal comma). */
    private final Locale numbers;

    HtmlReport(ScanReport report, Locale language) {
        this.report = report;
        this.language = language;
        this.en = "en".equals(language.getLanguage());
        this.numbers = en ? Locale.ENGLISH : Findings.VIETNAMESE;
    }

    String page() {
        StringBuilder rows = new StringBuilder();
        for (CheckResult check : report.checks()) {
            rows.append(row(check));
        }
        return "<!DOCTYPE html><html lang=" + (en ? "en" : "vi") + "><head><meta charset=utf-8><title>" + escape(report.suite())
                + "</title>" + STYLE + "</head><body>"
                + "<h1>" + label("title", language) + "</h1><div>" + escape(report.suite()) + " · " + escape(report.table()) + "</div>"
                + facts()
                + "<div>" + label("score", language) + ": <span class=score>" + String.format(numbers, "%.1f", report.scores().database()) + "</span> · "
                + label("band", language) + " <b>" + escape(report.scores().band()) + "</b></div>"
                + "<h2>" + label("criteria", language) + "</h2>" + bars()
                + "<h2>" + label("checks", language) + "</h2><table>" + COLUMNS + "<thead><tr><th>" + label("check", language) + "</th><th>"
                + label("criterion", language) + "</th><th class=n>" + label("checked", language) + "</th><th class=n>"
                + label("failed", language) + "</th><th>" + label("kinds", language) + "</th><th class=n>" + label("passRate", language)
                + "<div class=by>" + label("wilson", language) + "</div></th><th>" + label("examples", language)
                + "</th></tr></thead><tbody>" + rows + "</tbody></table></body></html>\n";
    }

    /** Source, rows, as-of day, when, timings and gates. */
    private String facts() {
        String gates = report.gatePassed() ? label("gatePassed", language)
                : label("gateFailed", language) + ": " + escape(String.join("; ", report.gateFailures()));
        return "<dl><dt>" + label("source", language) + "</dt><dd>" + escape(report.source()) + " (" + escape(report.dialect()) + ")</dd>"
                + "<dt>" + label("rows", language) + "</dt><dd>" + String.format(numbers, "%,d", report.rows()) + "</dd>"
                + "<dt>" + label("asOf", language) + "</dt><dd>" + escape(en ? report.asOf() : ReportWriters.vietnameseDay(report.asOf())) + "</dd>"
                + "<dt>" + label("scanned", language) + "</dt><dd>" + report.scannedAt() + "</dd>"
                + "<dt>" + label("timings", language) + "</dt><dd>SQL " + report.sqlMillis() + " ms · Java " + report.javaMillis()
                + " ms · " + (en ? "total " : "tổng ") + report.durationMillis() + " ms</dd>"
                + "<dt>" + label("gate", language) + "</dt><dd>" + gates + "</dd></dl>";
    }

    private String bars() {
        StringBuilder bars = new StringBuilder();
        report.scores().criteria().forEach((criterion, score) -> bars.append("<div class=bar><span class=name>")
                .append(escape(label(criterion.name(), language))).append("</span><span class=track><span class=fill style=\"width:")
                .append(String.format(Locale.ROOT, "%.1f", Math.max(0, Math.min(100, score)))).append("%\"></span></span><span class=v>")
                .append(String.format(numbers, "%.1f", score)).append("</span></div>"));
        return bars.toString();
    }

    private String row(CheckResult check) {
        double wilson = Scores.wilsonLowerBound(check.denominator() - check.failed(), check.denominator());
        return "<tr><td>" + escape(check.id()) + "<div class=by>" + label("by", language)
                + ": " + escape(check.evaluatedBy()) + "</div></td><td>"
                + escape(label(check.criterion().name(), language)) + "</td><td class=n>"
                + String.format(numbers, "%,d", check.denominator()) + "</td><td class=n>"
                + String.format(numbers, "%,d", check.failed()) + "</td><td>" + kinds(check)
                + "</td><td class=n>" + String.format(numbers, "%.2f%%", 100 * check.passRate())
                + "<div class=by>≥ " + String.format(numbers, "%.2f%%", 100 * wilson) + "</div></td><td class=ex>"
                + String.join("<br>", check.examples().stream().map(e -> escape(Findings.render(e, language))).toList())
                + "</td></tr>\n";
    }

    /** A line per finding kind that occurred, with its count. */
    private String kinds(CheckResult check) {
        StringBuilder kinds = new StringBuilder();
        if (check.details() != null && check.details().get("findings") instanceof Map<?, ?> byKind) {
            byKind.forEach((kind, count) -> {
                if (count instanceof Number n && n.longValue() > 0) {
                    kinds.append("<div>").append(escape(label(String.valueOf(kind), language))).append(": ")
                            .append(String.format(numbers, "%,d", n.longValue())).append("</div>");
                }
            });
        }
        return kinds.toString();
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
