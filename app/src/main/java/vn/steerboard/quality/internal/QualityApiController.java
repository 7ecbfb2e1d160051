package vn.steerboard.quality.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.common.AsOf;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.quality.QualityCriteria;
import vn.steerboard.quality.QualitySources;
import vn.steerboard.quality.QualityUploads;
import vn.steerboard.quality.RankedSource;
import vn.steerboard.quality.RetiredCodeFinding;
import vn.steerboard.quality.ScanBreakdown;
import vn.steerboard.quality.ScanView;
import vn.steerboard.quality.SourceDraft;
import vn.steerboard.quality.SourceView;

@RestController
@RequestMapping("/api/quality")
@Tag(name = "Database quality", description = "Agencies' databases, suites, scans, scores and rankings")
class QualityApiController {

    private final QualitySources sources;
    private final QualityUploads uploads;
    private final QualityCriteria criteria;

    QualityApiController(QualitySources sources, QualityUploads uploads, QualityCriteria criteria) {
        this.uploads = uploads;
        this.criteria = criteria;
        this.sources = sources;
    }

    @GetMapping("/sources")
    @Operation(summary = "Databases of the caller's subtree, with their latest score")
    List<SourceView> list() {
        return sources.visible();
    }

    @PostMapping("/sources")
    @Operation(summary = "Register a database (the owner unit's OFFICER/LEADER, or ADMIN); the password is stored encrypted and never returned")
    ResponseEntity<SourceView> register(@RequestBody SourceDraft draft) {
        return ResponseEntity.status(201).body(sources.register(draft));
    }

    @GetMapping("/sources/{id}")
    SourceView get(@PathVariable long id) {
        return sources.get(id);
    }

    @PutMapping(value = "/sources/{id}/suite", consumes = {"application/yaml", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Attach a suite (YAML); a malformed suite is refused naming its line and field")
    SourceView suite(@PathVariable long id, @RequestBody String yaml) {
        return sources.attachSuite(id, yaml);
    }

    @PostMapping("/sources/{id}/scans")
    @Operation(summary = "Start a scan now, as of ?asOf=yyyy-mm-dd (the reference day of freshness, not_in_future and"
            + " codes in force; default today in Vietnam); poll GET /api/quality/scans/{scanId} for progress")
    ResponseEntity<ScanView> scan(@PathVariable long id, AsOf asOf) {
        return ResponseEntity.accepted().body(sources.scanNow(id, asOf));
    }

    @PostMapping(value = "/sources/{id}/scans/upload", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload a report written by 'quality scan --json' (signed with the agency's API token)")
    ResponseEntity<ScanView> upload(@PathVariable long id, @RequestBody String json) {
        return ResponseEntity.status(201).body(uploads.upload(id, json));
    }

    @PutMapping(value = "/units/{unit}/files/{name}", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Store a .csv or .parquet file (the request body) in the unit's folder, for FILE sources"
            + " (the unit's OFFICER/LEADER, ADMIN)")
    ResponseEntity<Map<String, Object>> uploadFile(@PathVariable String unit, @PathVariable String name,
            HttpServletRequest request) throws IOException {
        return ResponseEntity.status(201).body(uploads.uploadFile(unit, name, request.getInputStream()));
    }

    @GetMapping("/units/{unit}/files")
    @Operation(summary = "The files in the unit's folder")
    List<Map<String, Object>> files(@PathVariable String unit) {
        return uploads.files(unit);
    }

    @GetMapping("/sources/{id}/scans")
    @Operation(summary = "History of a database's scans and scores")
    List<ScanView> history(@PathVariable long id) {
        return sources.history(id);
    }

    @GetMapping("/sources/{id}/criteria")
    @Operation(summary = "The latest successful scan in the six criteria: each criterion's score and checks, failures by kind, masked examples")
    ScanBreakdown latestCriteria(@PathVariable long id) {
        return criteria.latest(id).orElseThrow(() -> new NotFoundException("Data source " + id + " has no successful scan yet")
                .because("problem.source.noScores", id));
    }

    @GetMapping("/scans/{scanId}/criteria")
    @Operation(summary = "One successful scan in the six criteria")
    ScanBreakdown scanCriteria(@PathVariable long scanId) {
        return criteria.ofScan(scanId);
    }

    @GetMapping("/scans/{scanId}")
    ScanView scanStatus(@PathVariable long scanId) {
        return sources.scan(scanId);
    }

    @GetMapping("/ranking")
    @Operation(summary = "Databases ranked on the Wilson lower bound of their checks, nationally or within a unit")
    List<RankedSource> ranking(@RequestParam(required = false) String unit) {
        return sources.ranking(unit == null || unit.isBlank() ? null : unit.strip());
    }

    @GetMapping("/retired-codes")
    @Operation(summary = "Pre-2025 administrative codes still in use, per database, with successors")
    List<RetiredCodeFinding> retired() {
        return sources.retiredCodes();
    }
}
