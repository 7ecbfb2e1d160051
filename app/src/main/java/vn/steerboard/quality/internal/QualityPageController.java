package vn.steerboard.quality.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.quality.QualityCriteria;
import vn.steerboard.quality.QualitySources;
import vn.steerboard.quality.ScanView;

@Controller
class QualityPageController {

    private final QualitySources sources;
    private final QualityCriteria criteria;
    private final vn.steerboard.common.ProblemTexts problemTexts;

    QualityPageController(QualitySources sources, QualityCriteria criteria, vn.steerboard.common.ProblemTexts problemTexts) {
        this.sources = sources;
        this.criteria = criteria;
        this.problemTexts = problemTexts;
    }

    @GetMapping("/quality")
    String index(@RequestParam(required = false) String unit, Model model) {
        model.addAttribute("ranking", sources.ranking(unit == null || unit.isBlank() ? null : unit.strip()));
        model.addAttribute("sources", sources.visible());
        model.addAttribute("retired", sources.retiredCodes());
        model.addAttribute("unit", unit);
        model.addAttribute("criteriaOrder", vn.steerboard.quality.engine.Criterion.values());
        return "quality/index";
    }

    @GetMapping("/quality/sources/{id}")
    String source(@PathVariable long id, @RequestParam(required = false) Long scan, Model model) {
        model.addAttribute("source", sources.get(id));
        // one scan's criteria when asked for (it must be this database's), else the latest successful scan's
        model.addAttribute("breakdown", scan == null ? criteria.latest(id).orElse(null)
                : java.util.Optional.of(criteria.ofScan(scan)).filter(b -> b.sourceId() == id)
                        .orElseThrow(() -> new vn.steerboard.common.NotFoundException("No scan " + scan + " of data source " + id)
                                .because("problem.scan.noScores", scan)));
        model.addAttribute("history", sources.history(id));
        model.addAttribute("zone", vn.steerboard.common.VietnamTime.ZONE); // scan times in Vietnam time, as the audit
        return "quality/source";
    }

    /** The scan list alone, polled by htmx while a scan runs. */
    @GetMapping("/quality/sources/{id}/scans")
    String scans(@PathVariable long id, Model model) {
        model.addAttribute("source", sources.get(id));
        model.addAttribute("history", sources.history(id));
        model.addAttribute("zone", vn.steerboard.common.VietnamTime.ZONE); // scan times in Vietnam time, as the audit
        return "quality/source :: scans";
    }

    @PostMapping("/quality/sources/{id}/scan")
    String scan(@PathVariable long id, RedirectAttributes redirect, java.util.Locale locale) {
        try {
            ScanView scan = sources.scanNow(id);
            redirect.addFlashAttribute("notice", "quality.scanStarted");
        } catch (InvalidParameterException e) {
            redirect.addFlashAttribute("error", problemTexts.describe(e, locale));
        }
        return "redirect:/quality/sources/" + id;
    }

    @PostMapping("/quality/sources/{id}/suite")
    String suite(@PathVariable long id, @RequestParam String yaml, RedirectAttributes redirect, java.util.Locale locale) {
        try {
            sources.attachSuite(id, yaml);
            redirect.addFlashAttribute("notice", "quality.suiteSaved");
        } catch (InvalidParameterException e) {
            redirect.addFlashAttribute("error", problemTexts.describe(e, locale));
            redirect.addFlashAttribute("yaml", yaml); // the suite stays in the form to be corrected
        }
        return "redirect:/quality/sources/" + id;
    }
}
