package vn.steerboard.analytics.internal.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.analytics.IndicatorCharts;
import vn.steerboard.analytics.IndicatorFigures;
import vn.steerboard.analytics.IndicatorProgress;
import vn.steerboard.common.AsOf;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/** Indicator figure pages: scorecards, rankings with chart, the heat map of a league. */
@Controller
class FiguresPageController {

    private final IndicatorCatalogue catalogue;
    private final IndicatorFigures figures;
    private final Registry registry;
    private final AccessPolicy access;
    private final JsonMapper json;
    private final MessageSource messages;

    FiguresPageController(IndicatorCatalogue catalogue, IndicatorFigures figures, Registry registry,
            AccessPolicy access, JsonMapper json, MessageSource messages) {
        this.messages = messages;
        this.catalogue = catalogue;
        this.figures = figures;
        this.registry = registry;
        this.access = access;
        this.json = json;
    }

    @GetMapping("/indicators")
    String scorecard(@RequestParam(required = false) String unit,
            AsOf asOf, Model model) {
        scorecardModel(unit, asOf, model);
        return "analytics/scorecard";
    }

    /** The scorecard table alone, for live refresh. */
    @GetMapping("/indicators/card")
    String card(@RequestParam(required = false) String unit,
            AsOf asOf, Model model) {
        scorecardModel(unit, asOf, model);
        return "analytics/scorecard :: card";
    }

    private void scorecardModel(String unit, AsOf asOf, Model model) {
        Actor actor = access.requireActor();
        String code = unit == null || unit.isBlank() ? (actor.unitCode() == null ? Registry.NATION : actor.unitCode()) : unit;
        if (!Registry.NATION.equals(code)) {
            access.requireRead(code, "SCORECARD", code);
            model.addAttribute("unit", registry.get(code));
        }
        LocalDate day = asOf.day();
        model.addAttribute("unitCode", code);
        model.addAttribute("asOf", day);
        model.addAttribute("rows", figures.scorecard(code, day));
        model.addAttribute("provinces", registry.all(OrgUnitType.PROVINCE, null));
        model.addAttribute("spark", new Sparkline());
    }

    @GetMapping("/indicators/{code}")
    String ranking(@PathVariable String code, @RequestParam(defaultValue = "PROVINCE") OrgUnitType league,
            @RequestParam(required = false) String parent,
            AsOf asOf, Model model,
            Locale locale) {
        access.requireActor();
        if (league == OrgUnitType.COMMUNE && (parent == null || parent.isBlank())) {
            parent = "01";
        }
        LocalDate day = asOf.day();
        var indicator = catalogue.indicator(code);
        List<IndicatorProgress> nation = figures.scorecard(Registry.NATION, day);
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
        model.addAttribute("chart", national == null ? null : json.writeValueAsString(IndicatorCharts.trajectory(national, key -> messages.getMessage(key, null, locale))));
        return "analytics/ranking";
    }

    @GetMapping("/indicators/heatmap")
    String heatmap(@RequestParam(defaultValue = "PROVINCE") OrgUnitType league, @RequestParam(required = false) String parent,
            AsOf asOf, Model model) {
        access.requireActor();
        if (league == OrgUnitType.COMMUNE && (parent == null || parent.isBlank())) {
            parent = "01";
        }
        LocalDate day = asOf.day();
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
        return "analytics/heatmap";
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
            double min = last.stream().mapToDouble(IndicatorProgress.PeriodValue::value).min().getAsDouble();
            double max = last.stream().mapToDouble(IndicatorProgress.PeriodValue::value).max().getAsDouble();
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
