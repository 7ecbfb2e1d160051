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

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build(); // the same report, byte for byte, on every run

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

    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("title", new String[] {"Báo cáo chất lượng cơ sở dữ liệu", "Database quality report"}),
            Map.entry("source", new String[] {"Nguồn", "Source"}),
            Map.entry("rows", new String[] {"Số bản ghi", "Rows"}),
            Map.entry("asOf", new String[] {"Ngày tham chiếu", "As of"}),
            Map.entry("scanned", new String[] {"Thời điểm quét", "Scanned at"}),
            Map.entry("timings", new String[] {"Thời gian xử lý", "Engine timings"}),
            Map.entry("score", new String[] {"Điểm cơ sở dữ liệu", "Database score"}),
            Map.entry("band", new String[] {"Xếp loại", "Band"}),
            Map.entry("criteria", new String[] {"Điểm theo tiêu chí", "Score per criterion"}),
            Map.entry("checks", new String[] {"Kết quả từng phép kiểm tra", "Checks"}),
            Map.entry("check", new String[] {"Phép kiểm tra", "Check"}),
            Map.entry("criterion", new String[] {"Tiêu chí", "Criterion"}),
            Map.entry("checked", new String[] {"Số được kiểm tra", "Checked"}),
            Map.entry("failed", new String[] {"Số lỗi", "Failed"}),
            Map.entry("kinds", new String[] {"Lỗi theo loại", "Failures by kind"}),
            Map.entry("passRate", new String[] {"Tỷ lệ đạt", "Pass rate"}),
            Map.entry("wilson", new String[] {"cận dưới Wilson 95%", "Wilson 95% lower bound"}),
            Map.entry("examples", new String[] {"Ví dụ (đã che)", "Examples (masked)"}),
            Map.entry("by", new String[] {"Thực hiện bởi", "Evaluated by"}),
            Map.entry("gate", new String[] {"Ngưỡng chặn", "Gates"}),
            Map.entry("gatePassed", new String[] {"đạt", "passed"}),
            Map.entry("gateFailed", new String[] {"KHÔNG ĐẠT", "FAILED"}),
            Map.entry("statements", new String[] {"câu lệnh SQL", "SQL statement(s)"}),
            Map.entry("failing", new String[] {"Phép kiểm tra có lỗi", "Checks with failures"}),
            Map.entry("none", new String[] {"không có", "none"}),
            Map.entry("more", new String[] {"… và {0} phép kiểm tra khác: xem báo cáo đầy đủ (--text, --json, --html)",
                    "… and {0} more: see the full report (--text, --json, --html)"}),
            Map.entry("written", new String[] {"Đã ghi", "Written"}),
            Map.entry("CORRECT", new String[] {"Đúng", "Correct"}),
            Map.entry("SUFFICIENT", new String[] {"Đủ", "Sufficient"}),
            Map.entry("CLEAN", new String[] {"Sạch", "Clean"}),
            Map.entry("LIVE", new String[] {"Sống", "Live"}),
            Map.entry("UNIFIED", new String[] {"Thống nhất", "Unified"}),
            Map.entry("SHARED", new String[] {"Dùng chung", "Shared"}),
            Map.entry("surrounding_whitespace", new String[] {"khoảng trắng đầu/cuối", "surrounding whitespace"}),
            Map.entry("bad_format", new String[] {"sai định dạng", "bad format"}),
            Map.entry("unknown_province_prefix", new String[] {"mã tỉnh đầu số không có", "unknown province prefix"}),
            Map.entry("century_mismatch", new String[] {"sai thế kỷ", "century mismatch"}),
            Map.entry("year_mismatch", new String[] {"sai năm sinh", "year mismatch"}),
            Map.entry("gender_mismatch", new String[] {"sai giới tính", "gender mismatch"}),
            Map.entry("bad_check_digit", new String[] {"sai chữ số kiểm tra", "bad check digit"}),
            Map.entry("retired", new String[] {"mã đã hết hiệu lực", "retired code"}),
            Map.entry("unknown_code", new String[] {"mã không có trong danh mục", "unknown code"}),
            Map.entry("commune_not_in_province", new String[] {"xã không thuộc tỉnh", "commune not in province"}),
            Map.entry("not_nfc", new String[] {"chưa chuẩn hóa NFC", "not NFC"}),
            Map.entry("digits_in_name", new String[] {"có chữ số", "digits in name"}));

    static String label(String key, Locale language) {
        String[] texts = LABELS.get(key);
        return texts == null ? key : texts["en".equals(language.getLanguage()) ? 1 : 0];
    }

    /**
     * The report as a printable document (A4, Vietnamese unless English is asked): score and band, a bar per
     * criterion, and for each check the number checked, failures by kind, the pass rate with its Wilson bound and
     * the masked examples; the as-of date and the engine's timings. Self-contained: no script, no external file.
     */
    public static String html(ScanReport report, Locale language) {
        return new HtmlReport(report, language).page();
    }

    /** An ISO day as Vietnamese readers write it, dd/MM/yyyy (anything else as it is). */
    static String vietnameseDay(String iso) {
        try {
            return java.time.LocalDate.parse(iso).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        } catch (RuntimeException e) {
            return iso;
        }
    }
}
