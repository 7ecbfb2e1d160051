package vn.steerboard.committee.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import vn.steerboard.common.MeetingCalendar;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.indicator.PeriodNames;
import vn.steerboard.programme.League;
import vn.steerboard.programme.StatusCounts;
import vn.steerboard.programme.TaskStatus;
import vn.steerboard.quality.QualitySources;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/**
 * The committee's room: the national overview (the home page; a published version without sign-in), agency
 * scorecards, composite rankings. Each live part has a fragment URL that open pages re-fetch on a change.
 */
@Controller
class CommitteePageController {

    private final CommitteeFigures figures;
    private final IndicatorFigures indicators;
    private final QualitySources quality;
    private final Registry registry;
    private final AccessPolicy access;
    private final JsonMapper json;
    private final org.thymeleaf.ITemplateEngine templates;

    private final org.springframework.context.MessageSource messages;
    private final DeliveryStandings delivery;
    private final TaskStatusPanel statusPanel;
    private final PeriodNames periods;

    CommitteePageController(CommitteeFigures figures, IndicatorFigures indicators, QualitySources quality, Registry registry,
            AccessPolicy access, JsonMapper json, org.thymeleaf.ITemplateEngine templates,
            org.springframework.context.MessageSource messages, DeliveryStandings delivery, TaskStatusPanel statusPanel, PeriodNames periods) {
        this.periods = periods;
        this.statusPanel = statusPanel;
        this.delivery = delivery;
        this.messages = messages;
        this.templates = templates;
        this.figures = figures;
        this.indicators = indicators;
        this.quality = quality;
        this.registry = registry;
        this.access = access;
        this.json = json;
    }

    /**
     * The home page. One scope per screen: a reader bound to a unit lands on that unit's scorecard, and reaches the
     * national overview through its visible "Toàn quốc" switch ({@code scope=nation}); ADMIN, national viewers and
     * the public land on the nation.
     */
    @GetMapping("/")
    String overview(AsOf asOf, @RequestParam(required = false) String scope,
            @RequestParam(required = false) TaskStatus status, Model model, Locale locale) {
        Actor actor = access.current().orElse(null);
        if (actor != null && actor.unitCode() != null && !"nation".equals(scope) && registry.find(actor.unitCode()).isPresent()) {
            return "redirect:/scorecard/" + actor.unitCode() + "?asOf=" + asOf.day();
        }
        overviewModel(asOf.day(), status, model, locale, true);
        return "committee/overview";
    }

    @GetMapping("/overview/live")
    String overviewLive(AsOf asOf, @RequestParam(required = false) TaskStatus status,
            Model model, Locale locale) {
        overviewModel(asOf.day(), status, model, locale, false);
        return "committee/overview :: live";
    }

    private void overviewModel(LocalDate asOf, TaskStatus status, Model model, Locale locale, boolean charts) {
        Actor actor = access.current().orElse(null);
        boolean published = actor == null;
        List<IndicatorProgress> kpis = figures.nationalIndicators(asOf);
        boolean listsNation = actor != null && (actor.isAdmin() || actor.unitCode() == null);
        model.addAttribute("published", published);
        model.addAttribute("asOf", asOf);
        model.addAttribute("tasks", figures.tasks(asOf, null));
        statusPanel.addTo(model, asOf, figures.tasks(asOf, null), status, listsNation, actor != null && actor.unitCode() != null,
                locale);
        model.addAttribute("kpiStatus", figures.statusCounts(kpis));
        model.addAttribute("quality", figures.averageQuality(null));
        model.addAttribute("offTrack", figures.mostOffTrack(kpis, 5));
        if (!published) {
            model.addAttribute("overdue", figures.mostOverdue(asOf, null, 10));
            actorUnit(actor).ifPresent(unit -> model.addAttribute("unit", unit));
            model.addAttribute("delivery", DeliverySummary.of(delivery, asOf));
        }
        // national figures lead to task lists only for readers who may list the whole nation: a bound reader's
        // list would silently hold its own subtree under national totals
        model.addAttribute("listsNation", listsNation);
        if (charts) {
            model.addAttribute("chartsHtml", figures.rendered("charts|" + asOf + "|" + locale.getLanguage(),
                    () -> renderCharts(asOf, locale)));
        }
    }

    /** The charts part of the overview as HTML: only aggregates, the same for every reader of the day and language. */
    private String renderCharts(LocalDate asOf, Locale locale) {
        Map<String, Object> model = new LinkedHashMap<>();
        List<IndicatorProgress> kpis = figures.nationalIndicators(asOf);
            Map<String, Double> onTime = new LinkedHashMap<>();
            figures.onTimeByMonth(asOf, null).forEach((month, rate) -> onTime.put(periods.of(month, locale), rate));
            model.put("onTime", onTime);
            model.put("periodNames", periods);
            model.put("onTimeChart", json.writeValueAsString(lineChart(onTime, messages.getMessage("committee.chart.onTime", null, locale), "%")));
            Map<String, Long> distribution = figures.compositeDistribution(asOf);
            model.put("distribution", distribution);
            model.put("distributionChart", json.writeValueAsString(barChart(distribution,
                    messages.getMessage("committee.chart.provinces", null, locale))));
            List<Map<String, Object>> kpiCharts = new ArrayList<>();
            for (IndicatorProgress p : figures.mostOffTrack(kpis, 5)) {
                kpiCharts.add(Map.of("progress", p, "option", json.writeValueAsString(IndicatorCharts.trajectory(p, key -> messages.getMessage(key, null, locale)))));
            }
            model.put("kpiCharts", kpiCharts);
        return templates.process("committee/overview-charts", new org.thymeleaf.context.Context(locale, model));
    }

    private java.util.Optional<OrgUnit> actorUnit(Actor actor) {
        return actor == null ? java.util.Optional.empty() : registry.find(actor.unitCode());
    }

    @GetMapping("/scorecard/{code}")
    String scorecard(@PathVariable String code,
            AsOf asOf, Model model,
            Locale locale) {
        scorecardModel(code, asOf.day(), model, true, locale);
        return "committee/scorecard";
    }

    @GetMapping("/scorecard/{code}/live")
    String scorecardLive(@PathVariable String code,
            AsOf asOf, Model model,
            Locale locale) {
        scorecardModel(code, asOf.day(), model, false, locale);
        return "committee/scorecard :: live";
    }

    private void scorecardModel(String code, LocalDate asOf, Model model, boolean full, Locale locale) {
        OrgUnit unit = registry.get(code);
        access.requireRead(code, "SCORECARD", code);
        LocalDate previous = MeetingCalendar.lastMeetingBefore(asOf);
        League league = unit.type() == OrgUnitType.CENTRAL ? League.MINISTRIES
                : unit.type() == OrgUnitType.PROVINCE ? League.PROVINCES : League.COMMUNES;
        String parent = league == League.COMMUNES ? unit.parentCode() : null;
        StatusCounts now = figures.tasks(asOf, code);
        StatusCounts then = figures.tasks(previous, code);
        List<IndicatorProgress> kpis = indicators.scorecard(code, asOf);
        Map<String, IndicatorProgress> kpisThen = new LinkedHashMap<>();
        indicators.scorecard(code, previous).forEach(p -> kpisThen.put(p.indicatorCode(), p));
        model.addAttribute("unit", unit);
        model.addAttribute("asOf", asOf);
        model.addAttribute("periodNames", periods);
        model.addAttribute("previous", previous);
        model.addAttribute("tasks", now);
        model.addAttribute("tasksThen", then);
        model.addAttribute("kpis", kpis);
        model.addAttribute("kpisThen", kpisThen);
        model.addAttribute("quality", figures.averageQuality(code));
        model.addAttribute("sources", quality.ranking(code));
        model.addAttribute("league", league);
        model.addAttribute("rankNow", rankOf(figures.composite(asOf, league, parent), code));
        model.addAttribute("rankThen", rankOf(figures.composite(previous, league, parent), code));
        model.addAttribute("peers", figures.composite(asOf, league, parent).size());
        model.addAttribute("overdue", figures.mostOverdue(asOf, code, 10));
        model.addAttribute("delivery", delivery.of(code, asOf));
        if (full && unit.type() == OrgUnitType.PROVINCE) {
            model.addAttribute("communesHtml", figures.rendered("communes|" + code + "|" + asOf + "|" + locale.getLanguage(), () ->
                    templates.process("committee/scorecard-communes", new org.thymeleaf.context.Context(locale,
                            Map.of("communes", figures.composite(asOf, League.COMMUNES, code), "asOf", asOf)))));
        }
    }

    private static CommitteeFigures.CompositeRow rankOf(List<CommitteeFigures.CompositeRow> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
    }

    @GetMapping("/rankings")
    String rankings(@RequestParam(defaultValue = "PROVINCES") League league, @RequestParam(required = false) String parent,
            AsOf asOf, Model model) {
        access.requireActor();
        LocalDate day = asOf.day();
        String province = league == League.COMMUNES ? (parent == null || parent.isBlank() ? "01" : parent) : null;
        if (province != null) {
            access.requireRead(province, "RANKING", province);
        }
        model.addAttribute("league", league);
        model.addAttribute("leagues", League.values());
        model.addAttribute("parent", province);
        model.addAttribute("provinces", registry.all(OrgUnitType.PROVINCE, null));
        model.addAttribute("asOf", day);
        model.addAttribute("since", MeetingCalendar.lastMeetingBefore(day));
        model.addAttribute("rows", figures.composite(day, league, province));
        return "committee/rankings";
    }

    private static Map<String, Object> lineChart(Map<String, Double> series, String name, String unit) {
        List<List<Object>> data = new ArrayList<>();
        series.forEach((month, value) -> data.add(java.util.Arrays.asList(month, value)));
        return Map.of("tooltip", Map.of("trigger", "axis"), "xAxis", Map.of("type", "category"),
                "yAxis", Map.of("type", "value", "name", unit, "max", 100), "grid", Map.of("left", 45, "right", 15, "top", 30, "bottom", 30),
                "series", List.of(Map.of("name", name, "type", "line", "data", data)));
    }

    private static Map<String, Object> barChart(Map<String, Long> bins, String name) {
        return Map.of("tooltip", Map.of("trigger", "axis"), "xAxis", Map.of("type", "category", "data", List.copyOf(bins.keySet())),
                "yAxis", Map.of("type", "value", "minInterval", 1), "grid", Map.of("left", 35, "right", 15, "top", 20, "bottom", 30),
                "series", List.of(Map.of("name", name, "type", "bar", "data", List.copyOf(bins.values()))));
    }
}
