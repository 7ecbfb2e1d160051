package vn.steerboard.assessment.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.assessment.Framework;
import vn.steerboard.assessment.FrameworkLibrary;
import vn.steerboard.assessment.FrameworkSummary;
import vn.steerboard.assessment.NationalCounts;
import vn.steerboard.assessment.NationalFigures;

/** Frameworks (public to read; loaded by ADMIN) and the national aggregates (public, no enterprise named). */
@RestController
@Tag(name = "Assessment: frameworks and national figures")
class FrameworkApiController {

    private final FrameworkLibrary library;
    private final NationalCounts counts;

    FrameworkApiController(FrameworkLibrary library, NationalCounts counts) {
        this.library = library;
        this.counts = counts;
    }

    @GetMapping("/api/assessment/frameworks")
    @Operation(summary = "The latest version of every framework, each saying whether it is illustrative and its source")
    List<FrameworkSummary> list() {
        return library.list();
    }

    @GetMapping("/api/assessment/frameworks/{code}")
    @Operation(summary = "Every version of a framework")
    List<FrameworkSummary> versions(@PathVariable String code) {
        return library.versions(code);
    }

    @GetMapping("/api/assessment/frameworks/{code}/{version}")
    @Operation(summary = "One framework version, parsed")
    Framework get(@PathVariable String code, @PathVariable int version) {
        return library.get(code, version);
    }

    @PostMapping(value = "/api/admin/assessment/frameworks", consumes = {"application/yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Load a framework definition (YAML) as its next version (ADMIN); errors name line and field")
    FrameworkSummary upload(@RequestBody String yaml) {
        return library.upload(yaml);
    }

    @GetMapping("/api/assessment/national")
    @Operation(summary = "National counts per level against the 2030 targets, per province, and the pillar heat map")
    NationalFigures national(@RequestParam(defaultValue = "sme-dx") String framework) {
        return counts.figures(framework);
    }
}
