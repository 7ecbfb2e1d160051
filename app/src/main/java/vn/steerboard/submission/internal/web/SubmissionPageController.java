package vn.steerboard.submission.internal.web;

import vn.steerboard.common.ProblemTexts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.steerboard.analytics.IndicatorFigures;
import vn.steerboard.analytics.IndicatorProgress;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.indicator.DataSetDefinition;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.indicator.Period;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;
import vn.steerboard.submission.SubmissionRequest;
import vn.steerboard.submission.SubmissionView;
import vn.steerboard.submission.Submissions;
import vn.steerboard.submission.ValueTrail;

/** Submission pages: the values behind a scorecard cell, the entry form, the approvals queue. */
@Controller
class SubmissionPageController {

    private final ProblemTexts problemTexts;

    private final IndicatorCatalogue catalogue;
    private final IndicatorFigures figures;
    private final Submissions submissions;
    private final ValueTrail trail;
    private final Registry registry;
    private final AccessPolicy access;
    private final MessageSource messages;
    private final VietnamTime time;

    private final EntryFormModel entryForm;

    SubmissionPageController(EntryFormModel entryForm, IndicatorCatalogue catalogue, IndicatorFigures figures, Submissions submissions, ValueTrail trail,
            Registry registry, AccessPolicy access, MessageSource messages, VietnamTime time, ProblemTexts problemTexts) {
        this.problemTexts = problemTexts;
        this.entryForm = entryForm;
        this.catalogue = catalogue;
        this.figures = figures;
        this.submissions = submissions;
        this.trail = trail;
        this.registry = registry;
        this.access = access;
        this.messages = messages;
        this.time = time;
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
        List<OrgUnit> units = submittableUnits(actor);
        String unitCode = unit != null ? unit : actor.unitCode() != null ? actor.unitCode()
                : units.isEmpty() ? null : units.get(0).code();
        model.addAttribute("unitCode", unitCode);
        model.addAttribute("units", units);
        entryForm.fill(model, dataSet, unitCode, period);
        return "submission/submit";
    }

    @PostMapping("/indicators/submit")
    String submit(@RequestParam String dataSet, @RequestParam String unit, @RequestParam String period,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        DataSetDefinition set = catalogue.dataSet(dataSet);
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (var element : set.elements()) {
            String text = form.get("v_" + element.code());
            if (text != null && !text.isBlank()) {
                try {
                    values.put(element.code(), Double.valueOf(text.strip().replace(" ", "")));
                } catch (NumberFormatException e) {
                    problems.add(messages.getMessage("submission.problem.notANumber",
                            new Object[] {element.name(locale.getLanguage().equals("en")), text}, locale));
                }
            }
        }
        if (problems.isEmpty()) {
            try {
                SubmissionView view = submissions.submit(new SubmissionRequest(dataSet, unit, period, values), "FORM", true);
                redirect.addFlashAttribute("done", view);
                redirect.addFlashAttribute("doneLevel", levelName(view.nextLevel(), locale));
                return "redirect:/indicators/submit?dataSet=" + dataSet + "&unit=" + unit + "&period=" + period;
            } catch (RejectedFileException e) {
                e.problems().forEach(p -> problems.add(problemTexts.describe(p, locale)));
            } catch (ConflictException | InvalidParameterException e) {
                problems.add(problemTexts.describe(e, locale));
            }
        }
        model.addAttribute("problems", problems);
        model.addAttribute("entered", form);
        return form(dataSet, unit, period, model);
    }

    private String levelName(String level, Locale locale) {
        return level == null ? "" : Registry.NATION.equals(level) ? messages.getMessage("submission.nation", null, locale)
                : registry.find(level).map(u -> u.name(locale)).orElse(level);
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
