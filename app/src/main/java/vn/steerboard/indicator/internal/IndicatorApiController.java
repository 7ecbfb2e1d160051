package vn.steerboard.indicator.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.indicator.DataSetDefinition;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.indicator.IndicatorDefinition;
import vn.steerboard.indicator.IndicatorFigures;
import vn.steerboard.indicator.IndicatorProgress;
import vn.steerboard.indicator.SubmissionRequest;
import vn.steerboard.indicator.SubmissionView;
import vn.steerboard.indicator.Submissions;
import vn.steerboard.indicator.TargetStatus;
import vn.steerboard.indicator.TargetView;
import vn.steerboard.indicator.Targets;
import vn.steerboard.indicator.ValueEntry;
import vn.steerboard.indicator.ValueSpreadsheets;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/** Indicators' REST API: definitions, submissions (form, bulk, file), approval, targets, scorecards, rankings. */
@RestController
@RequestMapping("/api")
@Tag(name = "Indicators", description = "KPIs: data elements, indicators, targets, submissions, approval, live roll-ups")
class IndicatorApiController {

    private final IndicatorCatalogue catalogue;
    private final IndicatorFigures figures;
    private final Submissions submissions;
    private final ValueSpreadsheets spreadsheets;
    private final Targets targets;
    private final Registry registry;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    private final vn.steerboard.common.VietnamTime time;

    IndicatorApiController(IndicatorCatalogue catalogue, IndicatorFigures figures, Submissions submissions,
            ValueSpreadsheets spreadsheets, Targets targets, Registry registry, AccessPolicy access, AuditTrail audit,
            JdbcClient jdbc, vn.steerboard.common.VietnamTime time) {
        this.time = time;
        this.catalogue = catalogue;
        this.figures = figures;
        this.submissions = submissions;
        this.spreadsheets = spreadsheets;
        this.targets = targets;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @GetMapping("/indicators")
    @Operation(summary = "The indicators: formula, polarity, unit, source")
    List<IndicatorDefinition> indicators() {
        return catalogue.indicators();
    }

    @GetMapping("/indicators/data-sets")
    @Operation(summary = "The data sets: elements with their aggregation rules, period type, deadline, validation rules")
    List<DataSetDefinition> dataSets() {
        return catalogue.dataSets();
    }

    record IndicatorRequest(String nameVi, String nameEn, String formula, TargetStatus.Polarity polarity, String unitLabel,
            Integer decimals, String source, String description) {
    }

    @PutMapping("/indicators/{code}")
    @Operation(summary = "Define or change an indicator (ADMIN); the formula is checked, errors give the position")
    IndicatorDefinition define(@PathVariable String code, @RequestBody IndicatorRequest request) {
        return catalogue.defineIndicator(code, request.nameVi(), request.nameEn(), request.formula(),
                request.polarity() == null ? TargetStatus.Polarity.HIGHER_IS_BETTER : request.polarity(),
                request.unitLabel() == null ? "" : request.unitLabel(), request.decimals() == null ? 1 : request.decimals(),
                request.source(), request.description());
    }

    @GetMapping("/indicators/scorecard/{unit}")
    @Operation(summary = "A unit's indicators as of a day (VN: the nation): value, target, progress, trajectory, forecast, status, rank")
    List<IndicatorProgress> scorecard(@PathVariable String unit, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        if (!Submissions.NATION.equals(unit)) {
            access.requireRead(unit, "SCORECARD", unit);
        }
        return figures.scorecard(unit, day(asOf));
    }

    @GetMapping("/indicators/{code}/ranking")
    @Operation(summary = "Rank the provinces, the central agencies or the communes of a province on an indicator (approved values)")
    List<IndicatorProgress> ranking(@PathVariable String code, @RequestParam(defaultValue = "PROVINCE") OrgUnitType league,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return figures.ranking(code, league, parent(league, parent), day(asOf));
    }

    @GetMapping("/indicators/{code}/value")
    @Operation(summary = "An indicator over a month, quarter, year or custom range (2025-01-01..2025-06-30), combined over time"
            + " by each element's time aggregation; official=true counts approved values only")
    IndicatorFigures.PeriodResult valueOver(@PathVariable String code, @RequestParam(defaultValue = "VN") String unit,
            @RequestParam String period, @RequestParam(defaultValue = "true") boolean official) {
        if (!Submissions.NATION.equals(unit)) {
            access.requireRead(unit, "INDICATOR_VALUES", code);
        }
        return figures.valueOver(code, unit, vn.steerboard.indicator.Period.parse(period), official || !readsUnapproved(unit));
    }

    private boolean readsUnapproved(String unit) {
        return Submissions.NATION.equals(unit) ? access.current().map(a -> a.unitCode() == null).orElse(false) : access.canRead(unit);
    }

    record HeatmapRow(String unitCode, String unitName, Double composite, Map<String, Cell> cells) {
    }

    record Cell(Double value, String period, TargetStatus status, Integer rank) {
    }

    @GetMapping("/indicators/heatmap")
    @Operation(summary = "Units × indicators with status colours, and the composite index (approved values)")
    List<HeatmapRow> heatmap(@RequestParam(defaultValue = "PROVINCE") OrgUnitType league,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Map<String, Map<String, IndicatorProgress>> map = figures.heatmap(league, parent(league, parent), day(asOf));
        List<HeatmapRow> rows = new ArrayList<>();
        map.forEach((unit, byIndicator) -> {
            Map<String, Cell> cells = new LinkedHashMap<>();
            byIndicator.forEach((code, p) -> cells.put(code, new Cell(p.current(), p.currentPeriod(), p.status(), p.rank())));
            rows.add(new HeatmapRow(unit, registry.find(unit).map(OrgUnit::nameVi).orElse(unit), figures.composite(byIndicator), cells));
        });
        return rows;
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
    Submissions.BatchResult push(@RequestBody Batch batch,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return submissions.push(batch.values(), idempotencyKey, "API");
    }

    @PostMapping(value = "/indicators/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import values from the .xlsx or .csv template; all or nothing, with every bad row listed")
    Submissions.BatchResult importValues(@RequestPart("file") MultipartFile file) throws IOException {
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
    List<SubmissionView> list(@RequestParam(required = false) String status, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String dataSet, @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "false") boolean awaitingMe, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidParameterException("limit", limit, "between 1 and 1000");
        }
        return submissions.list(status, unit, dataSet, period, awaitingMe, limit);
    }

    @GetMapping("/indicators/submissions/{id}")
    @Operation(summary = "One submission; its ETag (and field 'version') is what an approval or return must name")
    ResponseEntity<SubmissionView> submission(@PathVariable long id) {
        SubmissionView view = submissions.view(id);
        return ResponseEntity.ok().eTag(vn.steerboard.common.Versions.etag(view.version())).body(view);
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
            throw new InvalidParameterException("approve", null, "true to approve, false to return");
        }
        Long version = vn.steerboard.common.Versions.expected(decision.version(), ifMatch); // required, checked after access
        SubmissionView view = decision.approve() ? submissions.approve(id, decision.level(), version, decision.note())
                : submissions.returnForCorrection(id, decision.level(), version, decision.note());
        return ResponseEntity.ok().eTag(vn.steerboard.common.Versions.etag(view.version())).body(view);
    }

    record TargetRequest(Double baselineValue, LocalDate baselineDate, Double targetValue, LocalDate deadline,
            List<TargetView.Milestone> milestones, Long version) {
    }

    @PutMapping("/indicators/{code}/targets/{unit}")
    @Operation(summary = "Set an indicator's target for a unit, or the nation (VN), with optional milestones (ADMIN);"
            + " replacing the unit's own target names its version ('version' or If-Match), a stale one is 409")
    TargetView setTarget(@PathVariable String code, @PathVariable String unit, @RequestBody TargetRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        if (request.baselineValue() == null || request.targetValue() == null) {
            throw new InvalidParameterException(request.baselineValue() == null ? "baselineValue" : "targetValue", null, "a number");
        }
        return targets.set(code, unit, request.baselineValue(), request.baselineDate(), request.targetValue(), request.deadline(),
                request.milestones(), vn.steerboard.common.Versions.expected(request.version(), ifMatch));
    }

    record RatingRequest(TargetStatus rating, String evidence) {
    }

    @PostMapping("/indicators/{code}/ratings/{unit}")
    @Operation(summary = "Add a human rating with evidence beside the computed status (ADMIN); it never replaces it")
    IndicatorProgress.HumanRating rate(@PathVariable String code, @PathVariable String unit, @RequestBody RatingRequest request) {
        if (request.rating() == null) {
            throw new InvalidParameterException("rating", null, "ON_TRACK, AT_RISK or OFF_TRACK");
        }
        return targets.rate(code, unit, request.rating(), request.evidence());
    }

    @PostMapping("/admin/indicators/rebuild")
    @Operation(summary = "Repair: recompute every roll-up from the values (ADMIN); gives the same numbers as the live path")
    Map<String, Object> rebuild() {
        int rows = submissions.rebuildRollups();
        figures.forget();
        return Map.of("rollupRows", rows);
    }

    record Publication(String level) {
    }

    @PutMapping("/admin/indicators/publication")
    @Operation(summary = "Choose how deep open data goes: NATIONAL, PROVINCE or COMMUNE (ADMIN)")
    Publication publish(@RequestBody Publication publication) {
        access.requireAdmin("PUBLICATION", null);
        if (publication.level() == null || !List.of("NATIONAL", "PROVINCE", "COMMUNE").contains(publication.level())) {
            throw new InvalidParameterException("level", publication.level(), "NATIONAL, PROVINCE or COMMUNE");
        }
        String before = jdbc.sql("SELECT level FROM indicator_publication WHERE id = 1").query(String.class).single();
        jdbc.sql("UPDATE indicator_publication SET level = ? WHERE id = 1").param(publication.level()).update();
        audit.record(new AuditEvent("PUBLICATION_CHANGED", "PUBLICATION", "indicators", null, Map.of("level", before),
                Map.of("level", publication.level()), null));
        return publication;
    }

    private static String parent(OrgUnitType league, String parent) {
        if (league == OrgUnitType.COMMUNE && parent == null) {
            throw new InvalidParameterException("parent", null, "the province whose communes are ranked");
        }
        return parent;
    }

    LocalDate day(LocalDate asOf) {
        return time.dayOrToday(asOf);
    }
}
