package vn.steerboard.submission.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.analytics.IndicatorFigures;
import vn.steerboard.analytics.IndicatorProgress;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.indicator.DataSetDefinition;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.indicator.Period;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;
import vn.steerboard.submission.Approvals;
import vn.steerboard.submission.SubmissionFilter;
import vn.steerboard.submission.SubmissionRequest;
import vn.steerboard.submission.SubmissionView;
import vn.steerboard.submission.Submissions;
import vn.steerboard.submission.ValueTrail;

/** Submission pages: the values behind a scorecard cell, the entry form, the approvals queue. */
@Controller
class SubmissionPageController {

    private final IndicatorCatalogue catalogue;
    private final IndicatorFigures figures;
    private final Submissions submissions;
    private final Approvals approvals;
    private final ValueTrail trail;
    private final Registry registry;
    private final AccessPolicy access;
    private final JsonMapper json;

    private final vn.steerboard.common.VietnamTime time;

    SubmissionPageController(IndicatorCatalogue catalogue, IndicatorFigures figures, Submissions submissions, Approvals approvals, ValueTrail trail,
            Registry registry, AccessPolicy access, JsonMapper json, vn.steerboard.common.VietnamTime time) {
        this.time = time;
        this.catalogue = catalogue;
        this.figures = figures;
        this.submissions = submissions;
        this.approvals = approvals;
        this.trail = trail;
        this.registry = registry;
        this.access = access;
        this.json = json;
    }

    @GetMapping("/indicators/{code}/values")
    String values(@PathVariable String code, @RequestParam String unit, @RequestParam(required = false) String period,
            Model model) {
        var indicator = catalogue.indicator(code);
        String shown = period;
        if (shown == null || shown.isBlank()) {
            shown = figures.scorecard(unit, time.today()).stream()
                    .filter(p -> p.indicatorCode().equals(code)).map(IndicatorProgress::currentPeriod).findFirst().orElse(null);
        }
        model.addAttribute("indicator", indicator);
        model.addAttribute("unitCode", unit);
        model.addAttribute("unit", registry.find(unit).orElse(null));
        model.addAttribute("period", shown);
        model.addAttribute("values", shown == null ? List.of() : trail.behind(code, unit, Period.parse(shown).code()));
        model.addAttribute("elements", catalogue.elements());
        return "submission/values";
    }

    @GetMapping("/indicators/submit")
    String form(@RequestParam(required = false) String dataSet, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String period, Model model) {
        Actor actor = access.requireActor();
        List<DataSetDefinition> sets = catalogue.dataSets();
        DataSetDefinition set = dataSet == null ? (sets.isEmpty() ? null : sets.get(0)) : catalogue.dataSet(dataSet);
        String unitCode = unit != null ? unit : actor.unitCode();
        model.addAttribute("dataSets", sets);
        model.addAttribute("set", set);
        model.addAttribute("unitCode", unitCode);
        model.addAttribute("units", submittableUnits(actor));
        if (set != null) {
            Period current = Period.containing(set.periodType(), time.today()).previous();
            model.addAttribute("period", period == null ? current.code() : period);
        }
        return "submission/submit";
    }

    @PostMapping("/indicators/submit")
    String submit(@RequestParam String dataSet, @RequestParam String unit, @RequestParam String period,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        DataSetDefinition set = catalogue.dataSet(dataSet);
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (var element : set.elements()) {
            String text = form.get("v_" + element.code());
            if (text != null && !text.isBlank()) {
                try {
                    values.put(element.code(), Double.valueOf(text.strip().replace(" ", "")));
                } catch (NumberFormatException e) {
                    problems.add(element.code() + " '" + text + "': not a number");
                }
            }
        }
        if (problems.isEmpty()) {
            try {
                SubmissionView view = submissions.submit(new SubmissionRequest(dataSet, unit, period, values), "FORM", true);
                redirect.addFlashAttribute("done", view);
                return "redirect:/indicators/submit?dataSet=" + dataSet + "&unit=" + unit + "&period=" + period;
            } catch (RejectedFileException e) {
                e.problems().forEach(p -> problems.add(p.column() + (p.value() == null ? "" : " '" + p.value() + "'") + ": " + p.reason()));
            } catch (ConflictException | InvalidParameterException e) {
                problems.add(e.getMessage());
            }
        }
        model.addAttribute("problems", problems);
        model.addAttribute("entered", form);
        return form(dataSet, unit, period, model);
    }

    @GetMapping("/indicators/approvals")
    String approvals(Model model) {
        access.requireActor();
        model.addAttribute("pending", submissions.list(new SubmissionFilter(null, null, null, null, true, 200)));
        return "submission/approvals";
    }

    @PostMapping("/indicators/approvals/{id}")
    String decide(@PathVariable long id, @RequestParam boolean approve, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String level, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        // the page sends the level and version it displayed: a decision on something that changed meanwhile is refused
        try {
            if (approve) {
                approvals.approve(id, level, version, null);
            } else {
                approvals.returnForCorrection(id, level, version, reason);
            }
        } catch (ConflictException | InvalidParameterException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/indicators/approvals";
    }

    private List<OrgUnit> submittableUnits(Actor actor) {
        if (actor.unitCode() == null) {
            return registry.all(OrgUnitType.PROVINCE, null);
        }
        List<OrgUnit> units = new ArrayList<>();
        units.add(registry.get(actor.unitCode()));
        units.addAll(registry.all(OrgUnitType.COMMUNE, actor.unitCode()));
        return units;
    }

    private Map<String, String> names(OrgUnitType league, String parent) {
        Map<String, String> names = new LinkedHashMap<>();
        registry.all(league, parent).forEach(u -> names.put(u.code(), u.nameVi()));
        return names;
    }
}
