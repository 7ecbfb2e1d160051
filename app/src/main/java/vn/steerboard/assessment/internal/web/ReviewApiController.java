package vn.steerboard.assessment.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.assessment.AssessmentSummary;
import vn.steerboard.assessment.ReviewView;
import vn.steerboard.assessment.Reviews;

/** Verification of enterprise assessments by the province (its officers and leaders) or ADMIN. */
@RestController
@RequestMapping("/api/assessment/reviews")
@Tag(name = "Assessment: verification by the province")
class ReviewApiController {

    record Adjustment(String criterion, String answer, String reason) {}

    private final Reviews reviews;

    ReviewApiController(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    @Operation(summary = "Completed assessments of a province, to sample from")
    List<AssessmentSummary> candidates(@RequestParam String province) {
        return reviews.candidates(province);
    }

    @GetMapping("/{ref}")
    @Operation(summary = "One assessment with its answers, evidence, both levels")
    ReviewView view(@PathVariable String ref) {
        return reviews.view(ref);
    }

    @PostMapping("/{ref}/sample")
    @Operation(summary = "Sample an assessment for verification (audited)")
    ReviewView sample(@PathVariable String ref) {
        return reviews.sample(ref);
    }

    @PostMapping("/{ref}/adjustments")
    @Operation(summary = "Adjust one answer with a reason (audited); the verified level is recomputed")
    ReviewView adjust(@PathVariable String ref, @RequestBody Adjustment adjustment) {
        return reviews.adjust(ref, adjustment.criterion(), adjustment.answer(), adjustment.reason());
    }
}
