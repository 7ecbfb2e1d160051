package vn.steerboard.assessment.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.assessment.OpenAssessmentData;
import vn.steerboard.assessment.internal.AgencyRules;

/** Open data, no sign-in: counts of enterprises per province, industry and level, small cells suppressed. */
@RestController
@Tag(name = "Open data", description = "Enterprise digital-maturity counts per province, industry and level")
class OpenAssessmentController {

    private final OpenAssessmentData data;

    OpenAssessmentController(OpenAssessmentData data) {
        this.data = data;
    }

    @GetMapping(path = "/open/assessment.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Counts per province, industry and level as JSON; counts 1–4 suppressed (count null, shown \"<5\")")
    OpenAssessmentData.Publication json(@RequestParam(defaultValue = "sme-dx") String framework) {
        return data.publication(framework);
    }

    @GetMapping(path = "/open/assessment.csv")
    @Operation(summary = "The same counts as UTF-8 CSV; no cell starts with a formula sign")
    ResponseEntity<String> csv(@RequestParam(defaultValue = "sme-dx") String framework) {
        OpenAssessmentData.Publication p = data.publication(framework);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("framework", "framework_version",
                "province_code", "province_name", "industry_code", "industry_name", "level", "level_name", "enterprises").get())) {
            for (OpenAssessmentData.Cell c : p.cells()) {
                printer.printRecord(safe(p.frameworkCode()), p.frameworkVersion(), safe(c.provinceCode()), safe(c.provinceName()),
                        safe(c.industryCode()), safe(c.industryName()), safe(c.level()), safe(c.levelName()), c.shown());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"danh-gia-chuyen-doi-so-doanh-nghiep.csv\"")
                .body("\uFEFF" + out);
    }

    /** A cell a spreadsheet would run as a formula is written as text (a leading apostrophe). */
    static String safe(String text) {
        return AgencyRules.formulaLike(text) ? "'" + text : text;
    }
}
