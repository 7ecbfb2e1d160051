package vn.steerboard.assessment.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.assessment.AssessmentImport;
import vn.steerboard.assessment.AssessmentImports;

@RestController
@Tag(name = "Assessment: imports of completed assessments")
class ImportApiController {

    private final AssessmentImports imports;

    ImportApiController(AssessmentImports imports) {
        this.imports = imports;
    }

    @PostMapping("/api/assessment/imports")
    @Operation(summary = "Completed assessments collected by an agency (at most 5,000), checked, scored and counted,"
            + " all or nothing, once per Idempotency-Key; ADMIN, or an OFFICER/LEADER for enterprises of its province")
    AssessmentImport.Result importCompleted(@RequestHeader(value = "Idempotency-Key", required = false) String key,
            @RequestBody AssessmentImport batch) {
        return imports.importCompleted(key, batch);
    }
}
