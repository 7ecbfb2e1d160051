package vn.steerboard.assessment.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.steerboard.assessment.AgencyAssessmentView;
import vn.steerboard.assessment.AgencyAssessments;
import vn.steerboard.assessment.AgencySummary;
import vn.steerboard.assessment.AnswerInput;
import vn.steerboard.assessment.Appraisals;

/** The agencies' DTI and compliance self-assessments (their own OFFICERs and LEADERs), and MOST's appraisal (ADMIN). */
@RestController
@RequestMapping("/api/assessment/agencies")
@Tag(name = "Assessment: agencies' DTI and compliance reviews")
class AgencyApiController {

    record Start(String unit, String framework, Integer year) {}

    record Adjustment(String criterion, String answer, String reason) {}

    private final AgencyAssessments assessments;
    private final Appraisals appraisals;

    AgencyApiController(AgencyAssessments assessments, Appraisals appraisals) {
        this.assessments = assessments;
        this.appraisals = appraisals;
    }

    @GetMapping
    @Operation(summary = "ADMIN: every agency's assessments; an agency's accounts: its own only")
    List<AgencySummary> list(@RequestParam(required = false) String framework, @RequestParam(required = false) Integer year) {
        return assessments.list(framework, year);
    }

    @PostMapping
    @Operation(summary = "Start (or resume) the unit's assessment of a framework for a year: the unit's OFFICER or LEADER")
    ResponseEntity<AgencyAssessmentView> start(@RequestBody Start start) {
        return ResponseEntity.status(201).body(assessments.start(start.unit(), start.framework(), start.year()));
    }

    @GetMapping("/{ref}")
    @Operation(summary = "One assessment: answers, evidence, both scores, adjustments (the agency's own accounts, ADMIN)")
    AgencyAssessmentView view(@PathVariable String ref) {
        return assessments.view(ref);
    }

    @PutMapping("/{ref}/answers")
    @Operation(summary = "Save answers of a draft, all or none: {criterion: {value, evidence (a note)}}")
    AgencyAssessmentView answer(@PathVariable String ref, @RequestBody Map<String, AnswerInput> answers) {
        return assessments.answer(ref, answers);
    }

    @PostMapping(value = "/{ref}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach an evidence file to a criterion (PDF, PNG, JPEG, DOCX, XLSX by content; at most 10 MB)")
    ResponseEntity<AgencyAssessmentView.EvidenceFile> attach(@PathVariable String ref, @RequestParam String criterion,
            @RequestPart("file") MultipartFile file) throws IOException {
        return ResponseEntity.status(201).body(assessments.attach(ref, criterion, file.getOriginalFilename(),
                EvidenceDownloads.bytes(file)));
    }

    @GetMapping("/{ref}/evidence/{id}")
    @Operation(summary = "Download an evidence file (as an attachment, never rendered)")
    ResponseEntity<byte[]> file(@PathVariable String ref, @PathVariable long id) {
        return EvidenceDownloads.send(assessments.file(ref, id));
    }

    @PostMapping("/{ref}/submission")
    @Operation(summary = "Submit the draft to MOST; refused naming every criterion not answered")
    AgencyAssessmentView submit(@PathVariable String ref) {
        return assessments.submit(ref);
    }

    @PostMapping("/{ref}/adjustments")
    @Operation(summary = "ADMIN (MOST): adjust one answer with a reason (audited); the appraised score is recomputed")
    AgencyAssessmentView adjust(@PathVariable String ref, @RequestBody Adjustment adjustment) {
        return appraisals.adjust(ref, adjustment.criterion(), adjustment.answer(), adjustment.reason());
    }

    @PostMapping("/{ref}/appraisal")
    @Operation(summary = "ADMIN (MOST): conclude the appraisal; the appraised score becomes the agency's figure")
    AgencyAssessmentView appraise(@PathVariable String ref) {
        return appraisals.appraise(ref);
    }
}
