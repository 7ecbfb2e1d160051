package vn.steerboard.delivery.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.common.AsOf;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.Page;
import vn.steerboard.common.PageRequest;
import vn.steerboard.delivery.DeliveryDossiers;
import vn.steerboard.delivery.DeliveryIndex;
import vn.steerboard.delivery.DossierRow;
import vn.steerboard.delivery.IndexPeriod;
import vn.steerboard.delivery.LeagueKind;
import vn.steerboard.delivery.LeagueRow;
import vn.steerboard.delivery.SubIndicator;
import vn.steerboard.delivery.UnitIndex;

/** The Decision 766 index over HTTP: a unit's index, the leagues, the dossiers behind a figure (scoped, masked). */
@RestController
@RequestMapping("/api/delivery")
@Tag(name = "Delivery: the Decision 766 index")
class IndexApiController {

    private final DeliveryIndex index;
    private final DeliveryDossiers dossiers;

    IndexApiController(DeliveryIndex index, DeliveryDossiers dossiers) {
        this.index = index;
        this.dossiers = dossiers;
    }

    @GetMapping("/index/{unit}")
    @Operation(summary = "The index of a unit's subtree for a period (2026-11, 2026Q4, 2026, 2026-03..2026-08) as of a day")
    UnitIndex unit(@PathVariable String unit, @RequestParam String period, AsOf asOf) {
        return index.unit(unit, IndexPeriod.parse(period), asOf);
    }

    @GetMapping("/index/{unit}/standing")
    @Operation(summary = "A unit's total and rank in its league (provinces, ministries, the communes of its province)")
    vn.steerboard.delivery.UnitStanding standing(@PathVariable String unit, @RequestParam String period, AsOf asOf) {
        return index.standing(unit, IndexPeriod.parse(period), asOf);
    }

    @GetMapping("/league")
    @Operation(summary = "A league: PROVINCES, MINISTRIES (ranked apart) or COMMUNES of a province")
    List<LeagueRow> league(@RequestParam LeagueKind kind, @RequestParam(required = false) String province,
            @RequestParam String period, AsOf asOf) {
        return index.league(kind, province, IndexPeriod.parse(period), asOf);
    }

    @GetMapping("/units/{unit}/dossiers")
    @Operation(summary = "The dossiers behind a unit's figure (readers of the unit only; applicants masked)")
    Page<DossierRow> dossiers(@PathVariable String unit, @RequestParam String period,
            @RequestParam(required = false) String indicator, AsOf asOf, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return dossiers.list(unit, IndexPeriod.parse(period), row(indicator), asOf, PageRequest.of(page, size, 50));
    }

    static SubIndicator row(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        SubIndicator row = SubIndicator.byCode(code);
        if (row == null) {
            throw new InvalidParameterException("indicator", vn.steerboard.common.EdgeText.visible(code),
                    "a sub-indicator code of Decision 766 (1.4, 2.1, 3.0, ...)");
        }
        return row;
    }
}
