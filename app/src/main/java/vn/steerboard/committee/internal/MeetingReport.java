package vn.steerboard.committee.internal;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
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
import vn.steerboard.common.AsOf;
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
    /** The committee's document is Vietnamese, whatever the language of the page it was asked from. */
    private static final Locale REPORT_LANGUAGE = Locale.forLanguageTag("vi");

    private final CommitteeFigures figures;
    private final AccessPolicy access;
    private final AuditTrail audit;

    private final MessageSource messages;

    MeetingReport(CommitteeFigures figures, AccessPolicy access, AuditTrail audit, MessageSource messages) {
        this.messages = messages;
        this.figures = figures;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/reports/meeting")
    ResponseEntity<byte[]> download(AsOf asOf, @RequestParam(defaultValue = "pdf") String format) {
        access.requireActor();
        LocalDate day = asOf.day();
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
        List<ReportDocument.Section> sections = new ArrayList<>();
        sections.add(tasksSection(asOf));
        sections.add(overdueSection(asOf));
        sections.add(indicatorSection(asOf));
        sections.add(leagueSection(asOf));
        return new ReportDocument(t("report.title"), t("report.subtitle", asOf.format(VIETNAMESE_DATE)), asOf, sections);
    }

    private ReportDocument.Section tasksSection(LocalDate asOf) {
        StatusCounts tasks = figures.tasks(asOf, null);
        String summary = t("report.tasks.summary", asOf.format(VIETNAMESE_DATE), tasks.total(), tasks.completed(),
                tasks.completedOnTime(), tasks.completedLate(), tasks.inProgress(), tasks.overdue(), tasks.notStarted(),
                percent(tasks.onTimeRate()));
        return new ReportDocument.Section(t("report.tasks.section"), List.of(new ReportDocument.Paragraph(summary),
                new ReportDocument.Table(t("report.tasks.sheet"), t("report.tasks.table"),
                        List.of(t("report.tasks.status"), t("report.tasks.count")), List.of(
                                row(t("report.tasks.completedOnTime"), tasks.completedOnTime()),
                                row(t("report.tasks.completedLate"), tasks.completedLate()),
                                row(t("report.tasks.inProgress"), tasks.inProgress()),
                                row(t("report.tasks.overdue"), tasks.overdue()),
                                row(t("report.tasks.notStarted"), tasks.notStarted()),
                                row(t("report.tasks.total"), tasks.total()))),
                onTimeChart(asOf)));
    }

    private ReportDocument.Section overdueSection(LocalDate asOf) {
        List<List<Object>> overdueRows = new ArrayList<>();
        for (TaskView task : figures.mostOverdue(asOf, null, 10)) {
            overdueRows.add(row(task.code(), task.title(), task.leadUnitName(), task.daysOverdue()));
        }
        return new ReportDocument.Section(t("report.overdue.section"), List.of(new ReportDocument.Table(t("report.overdue.sheet"),
                t("report.overdue.table"), List.of(t("report.overdue.code"), t("report.overdue.task"), t("report.overdue.lead"),
                        t("report.overdue.days")), overdueRows)));
    }

    private ReportDocument.Section indicatorSection(LocalDate asOf) {
        List<List<Object>> kpiRows = new ArrayList<>();
        for (IndicatorProgress p : figures.nationalIndicators(asOf)) {
            kpiRows.add(row(p.nameVi(), p.current() == null ? "—" : round(p.current()), p.currentPeriod() == null ? "—" : p.currentPeriod(),
                    p.target() == null ? "—" : p.target().targetValue(), p.target() == null ? "—" : p.target().deadline().toString(),
                    p.progressPercent() == null ? "—" : p.progressPercent(), p.status() == null ? "—" : t("report.kpi." + p.status())));
        }
        return new ReportDocument.Section(t("report.kpi.section"), List.of(new ReportDocument.Table(t("report.kpi.sheet"),
                t("report.kpi.table"), List.of(t("report.kpi.indicator"), t("report.kpi.value"), t("report.kpi.period"),
                        t("report.kpi.target"), t("report.kpi.deadline"), t("report.kpi.progress"), t("report.kpi.status")),
                kpiRows)));
    }

    private ReportDocument.Section leagueSection(LocalDate asOf) {
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
        return new ReportDocument.Section(t("report.league.section"), List.of(
                new ReportDocument.Paragraph(t("report.league.method", quality == null ? t("report.league.noQuality")
                        : String.valueOf(round(quality)))),
                new ReportDocument.BarChart(t("report.league.chart"), labels, values, t("report.league.points"), 100),
                new ReportDocument.Table(t("report.league.sheet"), t("report.league.table"), List.of(t("report.league.rank"),
                        t("report.league.province"), t("report.league.tasks"), t("report.league.kpis"), t("report.league.quality"),
                        t("report.league.composite")), leagueRows)));
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
        return new ReportDocument.BarChart(t("report.onTime.chart"), labels.subList(from, labels.size()),
                values.subList(from, values.size()), "%", 100);
    }

    /** The report's text in its language; figures are passed as text, so they are written as they were computed. */
    private String t(String key, Object... args) {
        Object[] texts = Arrays.stream(args).map(String::valueOf).toArray();
        return messages.getMessage(key, texts.length == 0 ? null : texts, REPORT_LANGUAGE);
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

    private String percent(Double rate) {
        return rate == null ? t("report.tasks.noneDue") : String.format(java.util.Locale.ROOT, "%.1f%%", rate).replace('.', ',');
    }
}
