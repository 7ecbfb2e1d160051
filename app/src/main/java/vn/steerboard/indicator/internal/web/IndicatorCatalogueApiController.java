package vn.steerboard.indicator.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.Versions;
import vn.steerboard.indicator.DataSetDefinition;
import vn.steerboard.indicator.HumanRating;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.indicator.IndicatorDefinition;
import vn.steerboard.indicator.TargetStatus;
import vn.steerboard.indicator.TargetView;
import vn.steerboard.indicator.Targets;

/** The indicator catalogue's REST API: data sets, indicators and their formulas, targets and human ratings. */
@RestController
@RequestMapping("/api/indicators")
@Tag(name = "Indicators", description = "KPIs: data elements, indicators, formulas, targets")
class IndicatorCatalogueApiController {

    private final IndicatorCatalogue catalogue;
    private final Targets targets;

    IndicatorCatalogueApiController(IndicatorCatalogue catalogue, Targets targets) {
        this.catalogue = catalogue;
        this.targets = targets;
    }

    @GetMapping
    @Operation(summary = "The indicators: formula, polarity, unit, source")
    List<IndicatorDefinition> indicators() {
        return catalogue.indicators();
    }

    @GetMapping("/data-sets")
    @Operation(summary = "The data sets: elements with their aggregation rules, period type, deadline, validation rules")
    List<DataSetDefinition> dataSets() {
        return catalogue.dataSets();
    }

    record IndicatorRequest(String nameVi, String nameEn, String formula, TargetStatus.Polarity polarity, String unitLabel,
            Integer decimals, String source, String description) {
    }

    @PutMapping("/{code}")
    @Operation(summary = "Define or change an indicator (ADMIN); the formula is checked, errors give the position")
    IndicatorDefinition define(@PathVariable String code, @RequestBody IndicatorRequest request) {
        return catalogue.defineIndicator(code, request.nameVi(), request.nameEn(), request.formula(),
                request.polarity() == null ? TargetStatus.Polarity.HIGHER_IS_BETTER : request.polarity(),
                request.unitLabel() == null ? "" : request.unitLabel(), request.decimals() == null ? 1 : request.decimals(),
                request.source(), request.description());
    }

    record TargetRequest(Double baselineValue, LocalDate baselineDate, Double targetValue, LocalDate deadline,
            List<TargetView.Milestone> milestones, Long version) {
    }

    @PutMapping("/{code}/targets/{unit}")
    @Operation(summary = "Set an indicator's target for a unit, or the nation (VN), with optional milestones (ADMIN);"
            + " replacing the unit's own target names its version ('version' or If-Match), a stale one is 409")
    TargetView setTarget(@PathVariable String code, @PathVariable String unit, @RequestBody TargetRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        if (request.baselineValue() == null || request.targetValue() == null) {
            throw new InvalidParameterException(request.baselineValue() == null ? "baselineValue" : "targetValue", null, "a number")
                    .because("reason.expected.number");
        }
        return targets.set(code, unit, request.baselineValue(), request.baselineDate(), request.targetValue(), request.deadline(),
                request.milestones(), Versions.expected(request.version(), ifMatch));
    }

    record RatingRequest(TargetStatus rating, String evidence) {
    }

    @PostMapping("/{code}/ratings/{unit}")
    @Operation(summary = "Add a human rating with evidence beside the computed status (ADMIN); it never replaces it")
    HumanRating rate(@PathVariable String code, @PathVariable String unit, @RequestBody RatingRequest request) {
        if (request.rating() == null) {
            throw new InvalidParameterException("rating", null, "ON_TRACK, AT_RISK or OFF_TRACK")
                    .because("reason.rating.value");
        }
        return targets.rate(code, unit, request.rating(), request.evidence());
    }
}
