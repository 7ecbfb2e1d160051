package vn.steerboard.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.steerboard.analytics.internal.ProgressCalculator;
import vn.steerboard.analytics.internal.RollupReader;
import vn.steerboard.analytics.internal.RollupStore;
import vn.steerboard.analytics.internal.RollupTotals;
import vn.steerboard.common.FiguresChanged;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.indicator.ElementDefinition;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.indicator.IndicatorDefinition;
import vn.steerboard.indicator.Period;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/**
 * Indicator values, progress, forecasts, statuses and ranks, read from the live roll-ups. Leagues (all provinces,
 * all ministries, the communes of a province) are computed once per day asked and kept until the next change of
 * indicator figures, so rankings and scorecards cost a map lookup under load.
 *
 * <p>As of a day D, an indicator's current value is its value for the latest period that ended by D. Official
 * figures (rankings, the public) count approved values only; a unit and those above it also see its submitted,
 * not yet approved values, marked as such.
 */
@Service
public class IndicatorFigures {

    private final IndicatorCatalogue catalogue;
    private final ProgressCalculator calculator;
    private final RollupReader reader;
    private final Registry registry;
    private final AccessPolicy access;
    private final Map<String, Map<String, Map<String, IndicatorProgress>>> leagues = new ConcurrentHashMap<>();

    IndicatorFigures(IndicatorCatalogue catalogue, ProgressCalculator calculator, RollupReader reader, Registry registry, AccessPolicy access) {
        this.catalogue = catalogue;
        this.calculator = calculator;
        this.reader = reader;
        this.registry = registry;
        this.access = access;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(FiguresChanged change) {
        if ("indicators".equals(change.area())) {
            leagues.clear();
        }
    }

    /** Forget every cached league, e.g. after a repair or in tests that write directly. */
    public void forget() {
        leagues.clear();
    }

    /**
     * A unit's indicators (or the nation's, for "VN"): what its scorecard shows. Values include not yet approved
     * ones when the current actor may read the unit; the rank is among its peers on official values.
     */
    public List<IndicatorProgress> scorecard(String unit, LocalDate asOf) {
        boolean nation = Registry.NATION.equals(unit);
        if (!nation) {
            registry.get(unit);
        }
        boolean insider = nation ? access.current().map(a -> a.unitCode() == null).orElse(false) : access.canRead(unit);
        Map<String, IndicatorProgress> official = nation ? nationOfficial(asOf)
                : league(unit, asOf).getOrDefault(unit, Map.of());
        Map<String, IndicatorProgress> own = insider ? leagues.computeIfAbsent("A|" + unit + "|" + asOf,
                k -> calculator.compute(RollupStore.ALL, List.of(unit), asOf)).get(unit) : official;
        Map<String, Map<String, IndicatorProgress>> peers = nation ? Map.of() : league(unit, asOf);
        List<IndicatorProgress> card = new ArrayList<>();
        for (IndicatorDefinition indicator : catalogue.indicators()) {
            IndicatorProgress mine = own == null ? null : own.get(indicator.code());
            IndicatorProgress approved = official == null ? null : official.get(indicator.code());
            if (mine == null) {
                continue;
            }
            boolean pending = insider && !ProgressCalculator.same(mine.current(), approved == null ? null : approved.current());
            card.add(mine.withRank(pending, approved == null ? null : approved.rank(), peers.size()));
        }
        return card;
    }

    /** The nation's indicators on approved values only, as the public sees them. */
    public List<IndicatorProgress> publicNation(LocalDate asOf) {
        return nationOfficial(asOf).values().stream().toList();
    }

    private Map<String, IndicatorProgress> nationOfficial(LocalDate asOf) {
        return leagues.computeIfAbsent("VN|" + asOf, k -> calculator.compute(RollupStore.OFFICIAL, List.of(Registry.NATION), asOf))
                .get(Registry.NATION);
    }

    /** The league of an indicator: units of a type (under a parent for communes), ranked on official values. */
    public List<IndicatorProgress> ranking(String indicator, OrgUnitType type, String parent, LocalDate asOf) {
        catalogue.indicator(indicator);
        Map<String, Map<String, IndicatorProgress>> league = league(type, parent, asOf);
        List<IndicatorProgress> rows = new ArrayList<>();
        for (OrgUnit unit : members(type, parent)) {
            IndicatorProgress progress = league.getOrDefault(unit.code(), Map.of()).get(indicator);
            if (progress != null) {
                rows.add(progress);
            }
        }
        rows.sort(Comparator.comparing((IndicatorProgress p) -> p.rank() == null ? Integer.MAX_VALUE : p.rank())
                .thenComparing(IndicatorProgress::unitCode));
        return rows;
    }

    /** Units × indicators on official values: the heat map of a league. */
    public Map<String, Map<String, IndicatorProgress>> heatmap(OrgUnitType type, String parent, LocalDate asOf) {
        Map<String, Map<String, IndicatorProgress>> league = league(type, parent, asOf);
        Map<String, Map<String, IndicatorProgress>> ordered = new LinkedHashMap<>();
        for (OrgUnit unit : members(type, parent)) {
            ordered.put(unit.code(), league.getOrDefault(unit.code(), Map.of()));
        }
        return ordered;
    }

    /**
     * An indicator over any period: a month, quarter or year, or a custom range such as
     * {@code 2025-01-01..2025-06-30}. Each element's values for the reported periods lying wholly within it are
     * combined by the element's time aggregation (events add up, stocks take the latest, rates average), then the
     * formula is applied. {@code official}: approved values only.
     */
    public PeriodResult valueOver(String indicatorCode, String unit, Period over, boolean official) {
        IndicatorDefinition indicator = catalogue.indicator(indicatorCode);
        if (!Registry.NATION.equals(unit)) {
            registry.get(unit);
        }
        Map<String, Map<String, RollupTotals>> rows = reader.load(official ? RollupStore.OFFICIAL : RollupStore.ALL,
                List.of(unit), indicator.formula().elements()).getOrDefault(unit, Map.of());
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> periods = new ArrayList<>();
        for (String code : indicator.formula().elements()) {
            ElementDefinition element = catalogue.element(code).orElse(null);
            if (element == null) {
                continue;
            }
            TreeMap<Period, Double> inside = new TreeMap<>();
            rows.getOrDefault(code, Map.of()).forEach((period, totals) -> {
                Period reported = Period.parse(period);
                if (reported.within(over)) {
                    inside.put(reported, totals.value(element.treeAggregation()));
                }
            });
            inside.keySet().forEach(p -> {
                if (!periods.contains(p.code())) {
                    periods.add(p.code());
                }
            });
            values.put(code, element.timeAggregation().combine(new ArrayList<>(inside.values())));
        }
        java.util.Collections.sort(periods);
        return new PeriodResult(indicatorCode, unit, over.code(), over.start(), over.end(), indicator.formula().evaluate(values),
                values, periods, official);
    }

    /** An indicator's value over a period, with the element values it was computed from and the periods used. */
    public record PeriodResult(String indicator, String unit, String period, LocalDate start, LocalDate end, Double value,
            Map<String, Double> elements, List<String> reportedPeriods, boolean officialOnly) {
    }

    /** The members of a league, in Vietnamese order. */
    public List<OrgUnit> members(OrgUnitType type, String parent) {
        return registry.all(type, type == OrgUnitType.COMMUNE ? parent : null);
    }

    /**
     * Attainment of an indicator's target, 0-100: (current − baseline) ÷ (target − baseline), clamped. This is the
     * normalisation of the composite index: it is comparable across indicators and units, and higher is better
     * whatever the polarity.
     */
    public static Double attainment(IndicatorProgress progress) {
        if (progress == null || progress.progressPercent() == null) {
            return null;
        }
        return Math.max(0, Math.min(100, progress.progressPercent()));
    }

    /** The composite index of a unit: the weighted mean of its attainments over the indicators it has values for. */
    public Double composite(Map<String, IndicatorProgress> unitProgress) {
        double weighted = 0;
        double weights = 0;
        for (Map.Entry<String, Double> component : catalogue.compositeWeights().entrySet()) {
            Double attainment = attainment(unitProgress.get(component.getKey()));
            if (attainment != null) {
                weighted += attainment * component.getValue();
                weights += component.getValue();
            }
        }
        return weights == 0 ? null : Math.round(weighted / weights * 10) / 10.0;
    }

    // ---- computing ----

    private Map<String, Map<String, IndicatorProgress>> league(String unit, LocalDate asOf) {
        OrgUnit member = registry.get(unit);
        return league(member.type(), member.parentCode(), asOf);
    }

    private Map<String, Map<String, IndicatorProgress>> league(OrgUnitType type, String parent, LocalDate asOf) {
        String key = type + "|" + (type == OrgUnitType.COMMUNE ? parent : "") + "|" + asOf;
        if (leagues.size() > 500) {
            leagues.clear(); // many different days asked: keep memory bounded
        }
        return leagues.computeIfAbsent(key, k -> {
            List<String> units = members(type, parent).stream().map(OrgUnit::code).toList();
            Map<String, Map<String, IndicatorProgress>> computed = calculator.compute(RollupStore.OFFICIAL, units, asOf);
            for (IndicatorDefinition indicator : catalogue.indicators()) {
                List<IndicatorProgress> ranked = computed.values().stream().map(m -> m.get(indicator.code()))
                        .filter(p -> p != null && p.current() != null)
                        .sorted(Comparator.comparing(IndicatorProgress::current,
                                indicator.higherIsBetter() ? Comparator.reverseOrder() : Comparator.naturalOrder()))
                        .toList();
                int rank = 0;
                Double previous = null;
                for (int i = 0; i < ranked.size(); i++) {
                    IndicatorProgress p = ranked.get(i);
                    if (previous == null || !ProgressCalculator.same(previous, p.current())) {
                        rank = i + 1;
                    }
                    previous = p.current();
                    computed.get(p.unitCode()).put(indicator.code(), p.withRank(false, rank, ranked.size()));
                }
            }
            return computed;
        });
    }
}
