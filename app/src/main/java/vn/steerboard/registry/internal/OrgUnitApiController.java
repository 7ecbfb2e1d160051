package vn.steerboard.registry.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.Page;
import vn.steerboard.common.PageRequest;
import vn.steerboard.registry.LegacyResolution;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;
import vn.steerboard.registry.UnitFormation;
import vn.steerboard.registry.UnitMatch;

/** Public, read-only API of the organisation registry (reference data). */
@RestController
@RequestMapping("/api/org-units")
@Tag(name = "Registry", description = "Central agencies, provinces and communes in force, and the 2025 conversion")
class OrgUnitApiController {

    private final Registry registry;

    OrgUnitApiController(Registry registry) {
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "Search units",
            description = "Filters by level, parent and a text query that ignores case and diacritics (đ matches d);"
                    + " ordered the Vietnamese way.")
    Page<OrgUnit> search(
            @Parameter(description = "CENTRAL, PROVINCE or COMMUNE") @RequestParam(required = false) OrgUnitType type,
            @Parameter(description = "code of the parent unit") @RequestParam(required = false) String parent,
            @Parameter(description = "text to find in names or codes") @RequestParam(required = false) String q,
            @Parameter(description = "zero-based page number") @RequestParam(required = false) Integer page,
            @Parameter(description = "page size, 1 to 500") @RequestParam(required = false) Integer size) {
        return registry.search(type, blankToNull(parent), q, PageRequest.of(page, size, 20));
    }

    @GetMapping("/resolve")
    @Operation(summary = "Resolve a pre-2025 commune code to its 2025 successor(s)",
            description = "Each successor carries the resolution and clause of NQ 1654–1687/NQ-UBTVQH15 that backs"
                    + " the row (basis, e.g. \"1656/NQ-UBTVQH15 §1.110\" = Điều 1, khoản 110), and whether the row"
                    + " was read against that clause's text.")
    LegacyResolution resolve(@RequestParam String legacyCode) {
        return registry.resolveLegacy(legacyCode.strip());
    }

    @GetMapping("/match")
    @Operation(summary = "The unit a code or name stands for",
            description = "Names match whatever the tone-mark placement (Hoà/Hòa, Thuỷ/Thủy), apostrophe, case,"
                    + " spacing or Unicode form; without diacritics when nothing else matches. Add the province"
                    + " (\"Xã Thái Hòa, Tuyên Quang\") to choose among units of the same name; unit is null and"
                    + " candidates lists them when the name is ambiguous.")
    UnitMatch match(@RequestParam String name) {
        return registry.resolveName(name);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One unit by its code",
            description = "A code once published for a unit and since corrected (23938 for Xã Ia Mơ, 23737 in"
                    + " 1027/CTK-CSCL) returns the unit under its current code.")
    OrgUnit get(@PathVariable String code) {
        return registry.getByCodeOrAlias(code);
    }

    @GetMapping("/{code}/formation")
    @Operation(summary = "The resolution clause that formed a 2025 unit and the old units that went into it")
    UnitFormation formation(@PathVariable String code) {
        return registry.formation(registry.getByCodeOrAlias(code).code()).orElseThrow(
                () -> new NotFoundException("No 2025 resolution clause is recorded for unit '" + code + "'")
                        .because("problem.unit.noFormation", code));
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "The units directly below a unit, in Vietnamese order")
    List<OrgUnit> children(@PathVariable String code) {
        return registry.children(code);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
