package vn.steerboard.committee.internal;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.steerboard.analytics.IndicatorProgress;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.committee.internal.report.PdfReportWriter;
import vn.steerboard.committee.internal.report.ReportDocument;
import vn.steerboard.committee.internal.report.WorkbookReportWriter;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.programme.League;
import vn.steerboard.programme.StatusCounts;
import vn.steerboard.programme.TaskView;

/**
 * The report for the committee's meeting as of a day, as a Vietnamese PDF (fonts embedded) and as a workbook
 * with the same figures. Both are built from one {@link ReportDocument}, and every figure is computed as of the
 * day, so the same day gives the same report.
 */
@Controller
class MeetingReport {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CommitteeFigures figures;
    private final AccessPolicy access;
    private final AuditTrail audit;

    private final vn.steerboard.common.VietnamTime time;

    MeetingReport(CommitteeFigures figures, AccessPolicy access, AuditTrail audit, vn.steerboard.common.VietnamTime time) {
        this.time = time;
        this.figures = figures;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/reports/meeting")
    ResponseEntity<byte[]> download(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "pdf") String format) {
        access.requireActor();
        LocalDate day = time.dayOrToday(asOf);
        ReportDocument report = build(day);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MediaType type;
        String extension;
        if ("pdf".equals(format)) {
            new PdfReportWriter().write(report, out);
            type = MediaType.APPLICATION_PDF;
            extension = "pdf";
        } else if ("xlsx".equals(format)) {
            new WorkbookReportWriter().write(report, out);
            type = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            extension = "xlsx";
        } else {
            throw new InvalidParameterException("format", format, "pdf or xlsx");
        }
        audit.record(new AuditEvent("MEETING_REPORT_EXPORTED", "REPORT", day.toString(), null, null, Map.of("format", extension), null));
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bao-cao-phien-hop-" + day + "." + extension).build().toString())
                .body(out.toByteArray());
    }

    ReportDocument build(LocalDate asOf) {
        StatusCounts tasks = figures.tasks(asOf, null);
        List<IndicatorProgress> kpis = figures.nationalIndicators(asOf);
        List<ReportDocument.Section> sections = new ArrayList<>();
        sections.add(new ReportDocument.Section("1. Tình hình thực hiện nhiệm vụ", List.of(
                new ReportDocument.Paragraph(String.format("Tính đến ngày %s: %d nhiệm vụ; đã hoàn thành %d (đúng hạn %d, muộn %d);"
                        + " đang thực hiện trong hạn %d; quá hạn %d; chưa bắt đầu %d. Tỷ lệ hoàn thành đúng hạn: %s.",
                        asOf.format(VIETNAMESE_DATE), tasks.total(), tasks.completed(), tasks.completedOnTime(), tasks.completedLate(),
                        tasks.inProgress(), tasks.overdue(), tasks.notStarted(), percent(tasks.onTimeRate()))),
                new ReportDocument.Table("Nhiem vu", "Số nhiệm vụ theo trạng thái", List.of("Trạng thái", "Số nhiệm vụ"), List.of(
                        row("Hoàn thành đúng hạn", tasks.completedOnTime()), row("Hoàn thành muộn", tasks.completedLate()),
                        row("Đang thực hiện trong hạn", tasks.inProgress()), row("Quá hạn", tasks.overdue()),
                        row("Chưa bắt đầu", tasks.notStarted()), row("Tổng số", tasks.total()))),
                onTimeChart(asOf))));
        List<List<Object>> overdueRows = new ArrayList<>();
        for (TaskView task : figures.mostOverdue(asOf, null, 10)) {
            overdueRows.add(row(task.code(), task.title(), task.leadUnitName(), task.daysOverdue()));
        }
        sections.add(new ReportDocument.Section("2. Nhiệm vụ quá hạn lâu nhất", List.of(new ReportDocument.Table("Qua han",
                "10 nhiệm vụ quá hạn lâu nhất", List.of("Mã", "Nhiệm vụ", "Cơ quan chủ trì", "Số ngày quá hạn"), overdueRows))));
        List<List<Object>> kpiRows = new ArrayList<>();
        for (IndicatorProgress p : kpis) {
            kpiRows.add(row(p.nameVi(), p.current() == null ? "—" : round(p.current()), p.currentPeriod() == null ? "—" : p.currentPeriod(),
                    p.target() == null ? "—" : p.target().targetValue(), p.target() == null ? "—" : p.target().deadline().toString(),
                    p.progressPercent() == null ? "—" : p.progressPercent(), status(p)));
        }
        sections.add(new ReportDocument.Section("3. Chỉ tiêu (số liệu đã phê duyệt)", List.of(new ReportDocument.Table("Chi tieu",
                "Chỉ tiêu so với mục tiêu", List.of("Chỉ tiêu", "Giá trị", "Kỳ", "Mục tiêu", "Hạn", "Tiến độ (%)", "Trạng thái"), kpiRows))));
        List<List<Object>> leagueRows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (CommitteeFigures.CompositeRow r : figures.composite(asOf, League.PROVINCES, null)) {
            leagueRows.add(row(r.rank() == 0 ? "—" : r.rank(), r.name(), nullable(r.taskDelivery()), nullable(r.kpiAttainment()),
                    nullable(r.dataQuality()), nullable(r.composite())));
            if (labels.size() < 10 && r.composite() != null) {
                labels.add(r.name());
                values.add(r.composite());
            }
        }
        Double quality = figures.averageQuality(null);
        sections.add(new ReportDocument.Section("4. Xếp hạng tổng hợp các tỉnh, thành phố", List.of(
                new ReportDocument.Paragraph("Chỉ số tổng hợp = 40% thực hiện nhiệm vụ + 40% đạt chỉ tiêu + 20% chất lượng cơ sở dữ liệu."
                        + " Điểm chất lượng cơ sở dữ liệu bình quân toàn quốc: " + (quality == null ? "chưa có" : round(quality)) + "."),
                new ReportDocument.BarChart("10 tỉnh, thành phố dẫn đầu theo chỉ số tổng hợp", labels, values, "điểm", 100),
                new ReportDocument.Table("Xep hang tinh", "Xếp hạng tổng hợp", List.of("Hạng", "Tỉnh, thành phố", "Thực hiện nhiệm vụ",
                        "Đạt chỉ tiêu", "Chất lượng dữ liệu", "Chỉ số tổng hợp"), leagueRows))));
        return new ReportDocument("Báo cáo phiên họp Ban Chỉ đạo",
                "Tình hình thực hiện Nghị quyết 57-NQ/TW và Đề án 06 tính đến ngày " + asOf.format(VIETNAMESE_DATE), asOf, sections);
    }

    private ReportDocument.BarChart onTimeChart(LocalDate asOf) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        figures.onTimeByMonth(asOf, null).forEach((month, rate) -> {
            if (rate != null) {
                labels.add(month);
                values.add(rate);
            }
        });
        int from = Math.max(0, labels.size() - 12);
        return new ReportDocument.BarChart("Tỷ lệ hoàn thành đúng hạn theo tháng (%)", labels.subList(from, labels.size()),
                values.subList(from, values.size()), "%", 100);
    }

    private static String status(IndicatorProgress p) {
        if (p.status() == null) {
            return "—";
        }
        return switch (p.status()) {
            case ON_TRACK -> "Đúng lộ trình";
            case AT_RISK -> "Có nguy cơ";
            case OFF_TRACK -> "Chậm lộ trình";
        };
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static Object nullable(Double value) {
        return value == null ? "—" : value;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String percent(Double rate) {
        return rate == null ? "chưa có nhiệm vụ đến hạn" : String.format(java.util.Locale.ROOT, "%.1f%%", rate).replace('.', ',');
    }
}
