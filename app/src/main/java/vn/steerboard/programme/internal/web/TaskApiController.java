package vn.steerboard.programme.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.Versions;
import vn.steerboard.programme.Evidence;
import vn.steerboard.programme.ReviewDecision;
import vn.steerboard.programme.StoredFile;
import vn.steerboard.programme.TaskAcceptance;
import vn.steerboard.programme.TaskDetail;
import vn.steerboard.programme.TaskDraft;
import vn.steerboard.programme.TaskProgress;
import vn.steerboard.programme.Tasks;

/** One task through the API: read, created, edited, its deadline revised, progress reported, acceptance decided. */
@RestController
@RequestMapping("/api/tasks/{id}")
@Tag(name = "Tasks")
class TaskApiController {

    private final Tasks tasks;
    private final TaskProgress progress;
    private final TaskAcceptance acceptance;

    TaskApiController(Tasks tasks, TaskProgress progress, TaskAcceptance acceptance) {
        this.tasks = tasks;
        this.progress = progress;
        this.acceptance = acceptance;
    }

    @GetMapping
    @Operation(summary = "One task with its history (revisions, reports, reviews); its ETag (and field 'version') is what"
            + " an edit or an acceptance decision must name")
    ResponseEntity<TaskDetail> get(@PathVariable long id) {
        return withVersion(tasks.get(id));
    }

    static ResponseEntity<TaskDetail> withVersion(TaskDetail task) {
        return ResponseEntity.ok().eTag(Versions.etag(task.version())).body(task);
    }

    /** A task draft and the version it edits (or send If-Match with the ETag of the GET). */
    record TaskEdit(String code, String planCode, String title, String description, String responsiblePerson,
            LocalDate startDate, LocalDate deadline, String leadUnit, List<String> coordinatingUnits, String approverUnit,
            String deliverable, String sourceNumber, LocalDate sourceDate, LocalDate assignedOn, Long version) {

        TaskDraft draft() {
            return new TaskDraft(code, planCode, title, description, responsiblePerson, startDate, deadline, leadUnit,
                    coordinatingUnits, approverUnit, deliverable, sourceNumber, sourceDate, assignedOn);
        }
    }

    @PutMapping
    @Operation(summary = "Edit a task (ADMIN); the deadline changes only through a revision. Names the version edited"
            + " ('version' or If-Match); a task changed meanwhile is 409 with the current task")
    ResponseEntity<TaskDetail> update(@PathVariable long id, @RequestBody TaskEdit edit,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long version = Versions.expected(edit.version(), ifMatch); // required, checked after access
        return withVersion(tasks.update(id, version, edit.draft()));
    }

    record DeadlineRevisionRequest(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, String reason) {
    }

    @PostMapping("/deadline")
    @Operation(summary = "Revise the deadline with a reason (ADMIN); the history is kept")
    TaskDetail revise(@PathVariable long id, @RequestBody DeadlineRevisionRequest request) {
        return tasks.reviseDeadline(id, request.deadline(), request.reason());
    }

    record ReportRequest(Integer percent, String note, Evidence.Kind evidenceKind, String evidenceReference) {
    }

    @PostMapping(value = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report progress (the lead agency's OFFICER or LEADER); evidence as a document or link")
    ResponseEntity<TaskDetail> report(@PathVariable long id, @RequestBody ReportRequest request) {
        if (request.percent() == null) {
            throw InvalidParameterException.field("percent", null, "a whole number from 0 to 100").because("reason.percent.range");
        }
        Evidence evidence = request.evidenceKind() == null ? null
                : new Evidence(request.evidenceKind(), request.evidenceReference(), null, null, null);
        return ResponseEntity.status(201).body(progress.report(id, request.percent(), request.note(), evidence));
    }

    @PostMapping(value = "/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Report progress with an uploaded evidence file (PDF, image, DOCX, XLSX, ZIP; at most 10 MB)")
    ResponseEntity<TaskDetail> reportWithFile(@PathVariable long id, @RequestParam int percent,
            @RequestParam(required = false) String note, @RequestPart("file") MultipartFile file) throws IOException {
        if (file.getSize() > Evidence.MAX_FILE_BYTES) {
            throw InvalidParameterException.field("evidence.file", file.getOriginalFilename(), "larger than 10 MB").because("reason.evidence.tooLarge", 10);
        }
        Evidence evidence = new Evidence(Evidence.Kind.FILE, null, file.getOriginalFilename(), file.getContentType(),
                file.getBytes());
        return ResponseEntity.status(201).body(progress.report(id, percent, note, evidence));
    }

    @GetMapping("/reports/{reportId}/file")
    @Operation(summary = "Download an evidence file")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long reportId) {
        StoredFile file = tasks.evidenceFile(id, reportId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(file.content());
    }

    record DecisionRequest(String decision, String reason, Long version) {
    }

    @PostMapping("/acceptance")
    @Operation(summary = "Accept (completes the task today) or reject with a reason: the approving LEADER or ADMIN. Names"
            + " the version decided on ('version' or If-Match); a stale or repeated decision is 409 with the current task")
    ResponseEntity<TaskDetail> decide(@PathVariable long id, @RequestBody DecisionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ReviewDecision decision = decision(request.decision());
        Long version = Versions.expected(request.version(), ifMatch); // required, checked after access
        return withVersion(decision == ReviewDecision.ACCEPTED ? acceptance.accept(id, version, request.reason())
                : acceptance.reject(id, version, request.reason()));
    }

    private static ReviewDecision decision(String value) {
        for (ReviewDecision decision : ReviewDecision.values()) {
            if (decision.name().equals(value)) {
                return decision;
            }
        }
        throw InvalidParameterException.field("decision", value, "ACCEPTED or REJECTED").because("reason.decision");
    }
}
