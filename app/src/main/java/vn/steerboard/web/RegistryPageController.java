package vn.steerboard.web;

import vn.steerboard.common.ProblemTexts;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.PageRequest;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.FocalPoints;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/** Browse the organisation tree: nation → province → commune, with search and legacy lookup. */
@Controller
class RegistryPageController {

    private final ProblemTexts problemTexts;

    private final Registry registry;
    private final AccessPolicy access;
    private final FocalPoints focalPoints;

    RegistryPageController(Registry registry, AccessPolicy access, FocalPoints focalPoints, ProblemTexts problemTexts) {
        this.problemTexts = problemTexts;
        this.registry = registry;
        this.access = access;
        this.focalPoints = focalPoints;
    }

    @GetMapping("/registry")
    String nation(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("central", all(OrgUnitType.CENTRAL));
        model.addAttribute("provinces", all(OrgUnitType.PROVINCE));
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("results", registry.search(null, null, q, PageRequest.of(0, 50, 50)));
        }
        return "registry/nation";
    }

    @GetMapping("/registry/search")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("results", registry.search(null, null, q, PageRequest.of(0, 50, 50)));
        }
        return "registry/nation :: results";
    }

    @GetMapping("/registry/resolve")
    String resolve(@RequestParam(required = false) String legacyCode, Model model) {
        model.addAttribute("legacyCode", legacyCode);
        if (legacyCode != null && !legacyCode.isBlank()) {
            try {
                model.addAttribute("resolution", registry.resolveLegacy(legacyCode.strip()));
            } catch (NotFoundException e) {
                model.addAttribute("notFound", true);
            }
        }
        return "registry/resolve";
    }

    @GetMapping("/registry/{code}")
    String unit(@PathVariable String code, Model model) {
        OrgUnit unit = registry.getByCodeOrAlias(code);
        if (!unit.code().equals(code)) {
            return "redirect:/registry/" + unit.code(); // a corrected code: 23938 is now 23737
        }
        model.addAttribute("unit", unit);
        model.addAttribute("formation", registry.formation(code).orElse(null));
        model.addAttribute("parent", unit.parentCode() == null ? null : registry.get(unit.parentCode()));
        model.addAttribute("children", registry.children(code));
        if (access.canRead(code)) {
            model.addAttribute("focalPoint", focalPoints.of(code).orElse(null));
            model.addAttribute("canEdit", access.canChange(code));
        }
        return "registry/unit";
    }

    @PostMapping("/registry/{code}/focal-point")
    String recordFocalPoint(@PathVariable String code, @ModelAttribute FocalPoints.Details details,
            RedirectAttributes redirect, java.util.Locale locale) {
        try {
            focalPoints.record(code, details);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidParameterException e) {
            redirect.addFlashAttribute("error", problemTexts.describe(e, locale));
            redirect.addFlashAttribute("typed", details); // what was typed stays in the form to be corrected
        }
        return "redirect:/registry/" + code;
    }

    private List<OrgUnit> all(OrgUnitType type) {
        return registry.search(type, null, null, PageRequest.of(0, PageRequest.MAX_SIZE, 50)).content();
    }
}
