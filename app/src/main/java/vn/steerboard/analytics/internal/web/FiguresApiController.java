package vn.steerboard.analytics.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.analytics.IndicatorFigures;
import vn.steerboard.analytics.IndicatorProgress;
import vn.steerboard.analytics.OpenDataPublication;
import vn.steerboard.common.AsOf;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.indicator.Period;
import vn.steerboard.indicator.TargetStatus;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/** Indicator figures read from the live roll-ups: scorecards, rankings, heat maps, values over any period. */
@RestController
@RequestMapping("/api")
@Tag(name = "Indicator figures", description = "Live roll-ups: scorecards, rankings, heat maps, values over a period")
class FiguresApiController {

    private final IndicatorFigures figures;
    private final OpenDataPublication publication;
    private final Registry registry;
    private final AccessPolicy access;

    FiguresApiController(IndicatorFigures figures, OpenDataPublication publication, Registry registry, AccessPolicy access) {
        this.figures = figures;
        this.publication = publication;
        this.registry = registry;
        this.access = access;
    }

    @GetMapping("/indicators/scorecard/{unit}")
    @Operation(summary = "A unit's indicators as of a day (VN: the nation): value, target, progress, trajectory, forecast, status, rank")
    List<IndicatorProgress> scorecard(@PathVariable String unit, AsOf asOf) {
        if (!Registry.NATION.equals(unit)) {
            access.requireRead(unit, "SCORECARD", unit);
        }
        return figures.scorecard(unit, asOf.day());
    }

    @GetMapping("/indicators/{code}/ranking")
    @Operation(summary = "Rank the provinces, the central agencies or the communes of a province on an indicator (approved values)")
    List<IndicatorProgress> ranking(@PathVariable String code, @RequestParam(defaultValue = "PROVINCE") OrgUnitType league,
            @RequestParam(required = false) String parent, AsOf asOf) {
        return figures.ranking(code, league, parent(league, parent), asOf.day());
    }

    @GetMapping("/indicators/{code}/value")
    @Operation(summary = "An indicator over a month, quarter, year or custom range (2025-01-01..2025-06-30), combined over time"
            + " by each element's time aggregation; official=true counts approved values only")
    IndicatorFigures.PeriodResult valueOver(@PathVariable String code, @RequestParam(defaultValue = Registry.NATION) String unit,
            @RequestParam String period, @RequestParam(defaultValue = "true") boolean official) {
        if (!Registry.NATION.equals(unit)) {
            access.requireRead(unit, "INDICATOR_VALUES", code);
        }
        return figures.valueOver(code, unit, Period.parse(period), official || !readsUnapproved(unit));
    }

    private boolean readsUnapproved(String unit) {
        return Registry.NATION.equals(unit) ? access.current().map(a -> a.unitCode() == null).orElse(false) : access.canRead(unit);
    }

    record HeatmapRow(String unitCode, String unitName, Double composite, Map<String, Cell> cells) {
    }

    record Cell(Double value, String period, TargetStatus status, Integer rank) {
    }

    @GetMapping("/indicators/heatmap")
    @Operation(summary = "Units × indicators with status colours, and the composite index (approved values)")
    List<HeatmapRow> heatmap(@RequestParam(defaultValue = "PROVINCE") OrgUnitType league,
            @RequestParam(required = false) String parent, AsOf asOf) {
        Map<String, Map<String, IndicatorProgress>> map = figures.heatmap(league, parent(league, parent), asOf.day());
        List<HeatmapRow> rows = new ArrayList<>();
        map.forEach((unit, byIndicator) -> {
            Map<String, Cell> cells = new LinkedHashMap<>();
            byIndicator.forEach((code, p) -> cells.put(code, new Cell(p.current(), p.currentPeriod(), p.status(), p.rank())));
            rows.add(new HeatmapRow(unit, registry.find(unit).map(OrgUnit::nameVi).orElse(unit), figures.composite(byIndicator), cells));
        });
        return rows;
    }

    record Publication(String level) {
    }

    @PutMapping("/admin/indicators/publication")
    @Operation(summary = "Choose how deep open data goes: NATIONAL, PROVINCE or COMMUNE (ADMIN)")
    Publication publish(@RequestBody Publication request) {
        return new Publication(publication.change(request.level()).name());
    }

    private static String parent(OrgUnitType league, String parent) {
        if (league == OrgUnitType.COMMUNE && parent == null) {
            throw new InvalidParameterException("parent", null, "the province whose communes are ranked")
                    .because("reason.league.province");
        }
        return parent;
    }
}
