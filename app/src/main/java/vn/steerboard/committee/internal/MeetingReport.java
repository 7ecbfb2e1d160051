package vn.steerboard.committee.internal;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.committee.internal.report.PdfReportWriter;
import vn.steerboard.committee.internal.report.ReportDocument;
import vn.steerboard.committee.internal.report.WorkbookReportWriter;
import vn.steerboard.common.AsOf;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.identity.AccessPolicy;

/**
 * The report for the committee's meeting as of a day, as a Vietnamese administrative document in PDF (fonts
 * embedded, see {@link MeetingDocument}) and as a workbook with the same figures. Both are built from one {@link ReportDocument}, and every figure is computed as of the
 * day, so the same day gives the same report.
 */
@Controller
class MeetingReport {

    private final MeetingDocument document;
    private final AccessPolicy access;
    private final AuditTrail audit;

    MeetingReport(MeetingDocument document, AccessPolicy access, AuditTrail audit) {
        this.document = document;
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
        return document.build(asOf);
    }
}
