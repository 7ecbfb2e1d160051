package vn.steerboard.indicator.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.indicator.DataSetDefinition;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.indicator.IndicatorCharts;
import vn.steerboard.indicator.IndicatorFigures;
import vn.steerboard.indicator.IndicatorProgress;
import vn.steerboard.indicator.Period;
import vn.steerboard.indicator.SubmissionRequest;
import vn.steerboard.indicator.SubmissionView;
import vn.steerboard.indicator.Submissions;
import vn.steerboard.indicator.ValueTrail;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/** Indicator pages: scorecards, rankings with chart, heat map, the values behind a cell, the entry form, approvals. */
@Controller
class IndicatorPageController {

    private final IndicatorCatalogue catalogue;
    private final IndicatorFigures figures;
    private final Submissions submissions;
    private final ValueTrail trail;
    private final Registry registry;
    private final AccessPolicy access;
    private final JsonMapper json;

    private final vn.steerboard.common.VietnamTime time;

    IndicatorPageController(IndicatorCatalogue catalogue, IndicatorFigures figures, Submissions submissions, ValueTrail trail,
            Registry registry, AccessPolicy access, JsonMapper json, vn.steerboard.common.VietnamTime time) {
        this.time = time;
        this.catalogue = catalogue;
        this.figures = figures;
        this.submissions = submissions;
        this.trail = trail;
        this.registry = registry;
        this.access = access;
        this.json = json;
    }

    @GetMapping("/indicators")
    String scorecard(@RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        scorecardModel(unit, asOf, model);
        return "indicator/scorecard";
    }

    /** The scorecard table alone, for live refresh. */
    @GetMapping("/indicators/card")
    String card(@RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        scorecardModel(unit, asOf, model);
        return "indicator/scorecard :: card";
    }

    private void scorecardModel(String unit, LocalDate asOf, Model model) {
        Actor actor = access.requireActor();
        String code = unit == null || unit.isBlank() ? (actor.unitCode() == null ? Submissions.NATION : actor.unitCode()) : unit;
        if (!Submissions.NATION.equals(code)) {
            access.requireRead(code, "SCORECARD", code);
            model.addAttribute("unit", registry.get(code));
        }
        LocalDate day = time.dayOrToday(asOf);
        model.addAttribute("unitCode", code);
        model.addAttribute("asOf", day);
        model.addAttribute("rows", figures.scorecard(code, day));
        model.addAttribute("provinces", registry.all(OrgUnitType.PROVINCE, null));
        model.addAttribute("spark", new Sparkline());
    }

    @GetMapping("/indicators/{code}")
    String ranking(@PathVariable String code, @RequestParam(defaultValue = "PROVINCE") OrgUnitType league,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model,
            Locale locale) {
        access.requireActor();
        if (league == OrgUnitType.COMMUNE && (parent == null || parent.isBlank())) {
            parent = "01";
        }
        LocalDate day = time.dayOrToday(asOf);
        var indicator = catalogue.indicator(code);
        List<IndicatorProgress> nation = figures.scorecard(Submissions.NATION, day);
        IndicatorProgress national = nation.stream().filter(p -> p.indicatorCode().equals(code)).findFirst().orElse(null);
        model.addAttribute("indicator", indicator);
        model.addAttribute("national", national);
        model.addAttribute("league", league);
        model.addAttribute("leagues", List.of(OrgUnitType.PROVINCE, OrgUnitType.CENTRAL, OrgUnitType.COMMUNE));
        model.addAttribute("parent", parent);
        model.addAttribute("asOf", day);
        model.addAttribute("rows", figures.ranking(code, league, parent, day));
        model.addAttribute("names", names(league, parent));
        model.addAttribute("provinces", registry.all(OrgUnitType.PROVINCE, null));
        model.addAttribute("chart", national == null ? null : json.writeValueAsString(IndicatorCharts.trajectory(national, "en".equals(locale.getLanguage()))));
        return "indicator/ranking";
    }

    @GetMapping("/indicators/heatmap")
    String heatmap(@RequestParam(defaultValue = "PROVINCE") OrgUnitType league, @RequestParam(required = false) String parent,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        access.requireActor();
        if (league == OrgUnitType.COMMUNE && (parent == null || parent.isBlank())) {
            parent = "01";
        }
        LocalDate day = time.dayOrToday(asOf);
        Map<String, Map<String, IndicatorProgress>> map = figures.heatmap(league, parent, day);
        Map<String, Double> composite = new LinkedHashMap<>();
        map.forEach((unit, cells) -> composite.put(unit, figures.composite(cells)));
        model.addAttribute("map", map);
        model.addAttribute("composite", composite);
        model.addAttribute("indicators", catalogue.indicators());
        model.addAttribute("names", names(league, parent));
        model.addAttribute("league", league);
        model.addAttribute("leagues", List.of(OrgUnitType.PROVINCE, OrgUnitType.CENTRAL, OrgUnitType.COMMUNE));
        model.addAttribute("parent", parent);
        model.addAttribute("provinces", registry.all(OrgUnitType.PROVINCE, null));
        model.addAttribute("asOf", day);
        return "indicator/heatmap";
    }

    @GetMapping("/indicators/{code}/values")
    String values(@PathVariable String code, @RequestParam String unit, @RequestParam(required = false) String period,
            Model model) {
        var indicator = catalogue.indicator(code);
        String shown = period;
        if (shown == null || shown.isBlank()) {
            shown = figures.scorecard(unit, time.dayOrToday(null)).stream()
                    .filter(p -> p.indicatorCode().equals(code)).map(IndicatorProgress::currentPeriod).findFirst().orElse(null);
        }
        model.addAttribute("indicator", indicator);
        model.addAttribute("unitCode", unit);
        model.addAttribute("unit", registry.find(unit).orElse(null));
        model.addAttribute("period", shown);
        model.addAttribute("values", shown == null ? List.of() : trail.behind(code, unit, Period.parse(shown).code()));
        model.addAttribute("elements", catalogue.elements());
        return "indicator/values";
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
            Period current = Period.containing(set.periodType(), time.dayOrToday(null)).previous();
            model.addAttribute("period", period == null ? current.code() : period);
        }
        return "indicator/submit";
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
        model.addAttribute("pending", submissions.list(null, null, null, null, true, 200));
        return "indicator/approvals";
    }

    @PostMapping("/indicators/approvals/{id}")
    String decide(@PathVariable long id, @RequestParam boolean approve, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String level, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        // the page sends the level and version it displayed: a decision on something that changed meanwhile is refused
        try {
            if (approve) {
                submissions.approve(id, level, version, null);
            } else {
                submissions.returnForCorrection(id, level, version, reason);
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

    /** Points of an inline SVG sparkline (90 × 24) for a series. */
    static final class Sparkline {

        public String points(List<IndicatorProgress.PeriodValue> series) {
            List<IndicatorProgress.PeriodValue> last = series.size() > 24 ? series.subList(series.size() - 24, series.size()) : series;
            if (last.size() < 2) {
                return "";
            }
            double min = last.stream().mapToDouble(IndicatorProgress.PeriodValue::value).min().orElse(0);
            double max = last.stream().mapToDouble(IndicatorProgress.PeriodValue::value).max().orElse(1);
            double span = max - min == 0 ? 1 : max - min;
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < last.size(); i++) {
                double x = 2 + 86.0 * i / (last.size() - 1);
                double y = 22 - 20 * (last.get(i).value() - min) / span;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            return points.toString().strip();
        }
    }
}
