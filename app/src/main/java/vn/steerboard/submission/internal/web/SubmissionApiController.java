package vn.steerboard.submission.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.steerboard.analytics.IndicatorFigures;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.Versions;
import vn.steerboard.submission.Approvals;
import vn.steerboard.submission.BatchResult;
import vn.steerboard.submission.SubmissionFilter;
import vn.steerboard.submission.SubmissionRequest;
import vn.steerboard.submission.SubmissionView;
import vn.steerboard.submission.Submissions;
import vn.steerboard.submission.ValueEntry;
import vn.steerboard.submission.ValueSpreadsheets;

/** Values in (form, bulk push, file), the submissions a caller may see, and their approval or return. */
@RestController
@RequestMapping("/api")
@Tag(name = "Submissions", description = "Indicator values in, checked whole; approval up the unit's lineage")
class SubmissionApiController {

    private final Submissions submissions;
    private final Approvals approvals;
    private final ValueSpreadsheets spreadsheets;
    private final IndicatorFigures figures;

    SubmissionApiController(Submissions submissions, Approvals approvals, ValueSpreadsheets spreadsheets,
            IndicatorFigures figures) {
        this.submissions = submissions;
        this.approvals = approvals;
        this.spreadsheets = spreadsheets;
        this.figures = figures;
    }

    @PostMapping("/indicators/submissions")
    @Operation(summary = "Submit one data set's values for a unit and period (OFFICER or LEADER over the unit, or ADMIN)")
    ResponseEntity<SubmissionView> submit(@RequestBody SubmissionRequest request) {
        SubmissionView view = submissions.submit(request, "API", false);
        return ResponseEntity.created(URI.create("/api/indicators/submissions/" + view.id())).body(view);
    }

    record Batch(List<ValueEntry> values) {
    }

    @PostMapping("/indicators/values")
    @Operation(summary = "Push values in bulk; all or nothing. With an Idempotency-Key header a resent batch is not counted twice")
    BatchResult push(@RequestBody Batch batch, @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return submissions.push(batch.values(), idempotencyKey, "API");
    }

    @PostMapping(value = "/indicators/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import values from the .xlsx or .csv template; all or nothing, with every bad row listed")
    BatchResult importValues(@RequestPart("file") MultipartFile file) throws IOException {
        return spreadsheets.importFile(file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/indicators/import-template.xlsx")
    @Operation(summary = "The value import template, with the element codes on a second sheet")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("mau-nhap-so-lieu.xlsx").build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(spreadsheets.template());
    }

    @GetMapping("/indicators/submissions")
    @Operation(summary = "Submissions the caller may see; awaitingMe=true lists those whose next approval is the caller's")
    List<SubmissionView> list(SubmissionFilter filter) {
        return submissions.list(filter);
    }

    @GetMapping("/indicators/submissions/{id}")
    @Operation(summary = "One submission; its ETag (and field 'version') is what an approval or return must name")
    ResponseEntity<SubmissionView> submission(@PathVariable long id) {
        SubmissionView view = submissions.view(id);
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    record Decision(Boolean approve, String note, String level, Long version) {
    }

    @PostMapping("/indicators/submissions/{id}/approval")
    @Operation(summary = "Approve at the next level (LEADER over it; ADMIN at the national level), or return with a reason."
            + " The body names the level acted on and the version shown (or If-Match with the ETag); a stale or repeated"
            + " decision is 409 with the current submission, a missing version or level 428")
    ResponseEntity<SubmissionView> decide(@PathVariable long id, @RequestBody Decision decision,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        if (decision.approve() == null) {
            throw new InvalidParameterException("approve", null, "true to approve, false to return")
                    .because("reason.approve");
        }
        Long version = Versions.expected(decision.version(), ifMatch); // required, checked after access
        SubmissionView view = decision.approve() ? approvals.approve(id, decision.level(), version, decision.note())
                : approvals.returnForCorrection(id, decision.level(), version, decision.note());
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    @PostMapping("/admin/indicators/rebuild")
    @Operation(summary = "Repair: recompute every roll-up from the values (ADMIN); gives the same numbers as the live path")
    Map<String, Object> rebuild() {
        int rows = submissions.rebuildRollups();
        figures.forget();
        return Map.of("rollupRows", rows);
    }
}
