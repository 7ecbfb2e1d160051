package vn.steerboard.programme.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.steerboard.common.Page;
import vn.steerboard.common.PageRequest;
import vn.steerboard.programme.AgencyFigures;
import vn.steerboard.programme.Evidence;
import vn.steerboard.programme.League;
import vn.steerboard.programme.Notification;
import vn.steerboard.programme.Notifications;
import vn.steerboard.programme.StatusCounts;
import vn.steerboard.programme.TaskDetail;
import vn.steerboard.programme.TaskDraft;
import vn.steerboard.programme.TaskFigures;
import vn.steerboard.programme.TaskFilter;
import vn.steerboard.programme.TaskRules;
import vn.steerboard.programme.TaskSpreadsheets;
import vn.steerboard.programme.TaskStatus;
import vn.steerboard.programme.TaskView;
import vn.steerboard.programme.Tasks;

/** The programme's REST API: figures as of any date, task lists, changes, import and export. */
@RestController
@RequestMapping("/api")
@Tag(name = "Tasks", description = "Programme tasks with the six clarities, derived status, rates and rankings")
class TaskApiController {

    private final TaskFigures figures;
    private final Tasks tasks;
    private final TaskSpreadsheets spreadsheets;
    private final Notifications notifications;

    private final vn.steerboard.common.VietnamTime time;

    TaskApiController(TaskFigures figures, Tasks tasks, TaskSpreadsheets spreadsheets, Notifications notifications, vn.steerboard.common.VietnamTime time) {
        this.time = time;
        this.figures = figures;
        this.tasks = tasks;
        this.spreadsheets = spreadsheets;
        this.notifications = notifications;
    }

    record Summary(LocalDate asOf, String unit, long total, long completed, long completedOnTime, long completedLate,
            long inProgressWithinDeadline, long overdue, long notStarted, long due, long startedOrDue,
            Double onTimeCompletionRate, Double completionRate, Double onScheduleRate, Double averageDaysOverdue,
            long incompleteAssignments) {
    }

    @GetMapping("/tasks/summary")
    @Operation(summary = "Counts of each status and the three rates as of a date",
            description = "For the unit's subtree, or the whole programme without 'unit'. Rates in percent, one decimal;"
                    + " null when their denominator is zero. Definitions in the README.")
    Summary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String unit) {
        LocalDate day = asOf == null ? time.today() : asOf;
        String scope = blankToNull(unit);
        StatusCounts c = figures.summary(day, scope);
        return new Summary(day, scope, c.total(), c.completed(), c.completedOnTime(), c.completedLate(), c.inProgress(),
                c.overdue(), c.notStarted(), c.due(), c.startedOrDue(), c.onTimeRate(), c.completionRate(),
                c.onScheduleRate(), c.averageDaysOverdue(), figures.incompleteAssignments(day, scope));
    }

    @GetMapping("/tasks/ranking")
    @Operation(summary = "League table of ministries, provinces, or the communes of one province (parent)")
    List<AgencyFigures> ranking(@RequestParam League league,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String parent) {
        return figures.ranking(asOf == null ? time.today() : asOf, league, blankToNull(parent));
    }

    @GetMapping("/tasks")
    @Operation(summary = "Tasks with their status as of a date, filtered, sorted and paged (own subtree only)")
    Page<TaskView> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String unit, @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineTo,
            @RequestParam(required = false) String plan, @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean incomplete, @RequestParam(required = false) Integer dueWithinDays,
            @RequestParam(required = false) TaskFilter.Sort sort, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return figures.tasks(filter(asOf, unit, status, deadlineFrom, deadlineTo, plan, q, incomplete, dueWithinDays, sort),
                PageRequest.of(page, size, 50));
    }

    @GetMapping("/tasks/overdue")
    @Operation(summary = "Tasks overdue on a date, most days overdue first")
    Page<TaskView> overdue(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String unit, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return figures.overdue(asOf == null ? time.today() : asOf, blankToNull(unit), PageRequest.of(page, size, 50));
    }

    @GetMapping("/tasks/due")
    @Operation(summary = "Tasks not completed whose deadline falls within N days")
    Page<TaskView> due(@RequestParam(defaultValue = "7") int days,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String unit, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return figures.dueWithin(asOf == null ? time.today() : asOf, days, blankToNull(unit),
                PageRequest.of(page, size, 50));
    }

    @GetMapping(value = "/tasks/export.xlsx")
    @Operation(summary = "Any task list as .xlsx (same filters as GET /api/tasks)")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String unit, @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineTo,
            @RequestParam(required = false) String plan, @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean incomplete, @RequestParam(required = false) Integer dueWithinDays,
            @RequestParam(required = false) TaskFilter.Sort sort) {
        TaskFilter filter = filter(asOf, unit, status, deadlineFrom, deadlineTo, plan, q, incomplete, dueWithinDays, sort);
        return xlsx(spreadsheets.export(filter), "nhiem-vu-" + filter.asOf() + ".xlsx");
    }

    @GetMapping("/tasks/import-template.xlsx")
    @Operation(summary = "The import template with its Vietnamese headers and an example row")
    ResponseEntity<byte[]> template() {
        return xlsx(spreadsheets.template(), "mau-nhap-nhiem-vu.xlsx");
    }

    @PostMapping(value = "/tasks/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import tasks from .xlsx or .csv (ADMIN); all or nothing, with every bad row listed")
    Map<String, Object> importTasks(@RequestPart("file") MultipartFile file) throws IOException {
        int imported = spreadsheets.importFile(file.getOriginalFilename(), file.getBytes());
        return Map.of("imported", imported);
    }

    @GetMapping("/tasks/{id}")
    @Operation(summary = "One task with its history (revisions, reports, reviews); its ETag (and field 'version') is what"
            + " an edit or an acceptance decision must name")
    ResponseEntity<TaskDetail> get(@PathVariable long id) {
        return withVersion(tasks.get(id));
    }

    private static ResponseEntity<TaskDetail> withVersion(TaskDetail task) {
        return ResponseEntity.ok().eTag(vn.steerboard.common.Versions.etag(task.version())).body(task);
    }

    @PostMapping("/tasks")
    @Operation(summary = "Create a task (ADMIN)")
    ResponseEntity<TaskDetail> create(@RequestBody TaskDraft draft) {
        TaskDetail created = tasks.create(draft);
        return ResponseEntity.status(201).header(HttpHeaders.LOCATION, "/api/tasks/" + created.id()).body(created);
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

    @PutMapping("/tasks/{id}")
    @Operation(summary = "Edit a task (ADMIN); the deadline changes only through a revision. Names the version edited"
            + " ('version' or If-Match); a task changed meanwhile is 409 with the current task")
    ResponseEntity<TaskDetail> update(@PathVariable long id, @RequestBody TaskEdit edit,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long version = vn.steerboard.common.Versions.expected(edit.version(), ifMatch); // required, checked after access
        return withVersion(tasks.update(id, version, edit.draft()));
    }

    record DeadlineRevisionRequest(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, String reason) {
    }

    @PostMapping("/tasks/{id}/deadline")
    @Operation(summary = "Revise the deadline with a reason (ADMIN); the history is kept")
    TaskDetail revise(@PathVariable long id, @RequestBody DeadlineRevisionRequest request) {
        return tasks.reviseDeadline(id, request.deadline(), request.reason());
    }

    record ReportRequest(Integer percent, String note, Evidence.Kind evidenceKind, String evidenceReference) {
    }

    @PostMapping(value = "/tasks/{id}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report progress (the lead agency's OFFICER or LEADER); evidence as a document or link")
    ResponseEntity<TaskDetail> report(@PathVariable long id, @RequestBody ReportRequest request) {
        if (request.percent() == null) {
            throw InvalidParameterException.field("percent", null, "a whole number from 0 to 100");
        }
        Evidence evidence = request.evidenceKind() == null ? null
                : new Evidence(request.evidenceKind(), request.evidenceReference(), null, null, null);
        return ResponseEntity.status(201).body(tasks.report(id, request.percent(), request.note(), evidence));
    }

    @PostMapping(value = "/tasks/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Report progress with an uploaded evidence file (PDF, image, DOCX, XLSX, ZIP; at most 10 MB)")
    ResponseEntity<TaskDetail> reportWithFile(@PathVariable long id, @RequestParam int percent,
            @RequestParam(required = false) String note, @RequestPart("file") MultipartFile file) throws IOException {
        if (file.getSize() > Tasks.MAX_EVIDENCE_BYTES) {
            throw InvalidParameterException.field("evidence.file", file.getOriginalFilename(), "larger than 10 MB");
        }
        Evidence evidence = new Evidence(Evidence.Kind.FILE, null, file.getOriginalFilename(), file.getContentType(),
                file.getBytes());
        return ResponseEntity.status(201).body(tasks.report(id, percent, note, evidence));
    }

    @GetMapping("/tasks/{id}/reports/{reportId}/file")
    @Operation(summary = "Download an evidence file")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long reportId) {
        Tasks.StoredFile file = tasks.evidenceFile(id, reportId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(file.content());
    }

    record DecisionRequest(String decision, String reason, Long version) {
    }

    @PostMapping("/tasks/{id}/acceptance")
    @Operation(summary = "Accept (completes the task today) or reject with a reason: the approving LEADER or ADMIN. Names"
            + " the version decided on ('version' or If-Match); a stale or repeated decision is 409 with the current task")
    ResponseEntity<TaskDetail> decide(@PathVariable long id, @RequestBody DecisionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        if (!"ACCEPTED".equals(request.decision()) && !"REJECTED".equals(request.decision())) {
            throw InvalidParameterException.field("decision", request.decision(), "ACCEPTED or REJECTED");
        }
        Long version = vn.steerboard.common.Versions.expected(request.version(), ifMatch); // required, checked after access
        return withVersion("ACCEPTED".equals(request.decision()) ? tasks.accept(id, version, request.reason())
                : tasks.reject(id, version, request.reason()));
    }

    @GetMapping("/notifications")
    @Operation(summary = "My notifications, newest first")
    List<Notification> myNotifications(@RequestParam(defaultValue = "false") boolean unread) {
        return notifications.mine(unread, 100);
    }

    @PostMapping("/notifications/{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    ResponseEntity<Void> read(@PathVariable long id) {
        notifications.markRead(id);
        return ResponseEntity.noContent().build();
    }

    private TaskFilter filter(LocalDate asOf, String unit, TaskStatus status, LocalDate deadlineFrom,
            LocalDate deadlineTo, String plan, String q, Boolean incomplete, Integer dueWithinDays, TaskFilter.Sort sort) {
        return new TaskFilter(asOf == null ? time.today() : asOf, blankToNull(unit), status, deadlineFrom,
                deadlineTo, blankToNull(plan), blankToNull(q), incomplete, dueWithinDays, sort);
    }

    private static ResponseEntity<byte[]> xlsx(byte[] content, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
