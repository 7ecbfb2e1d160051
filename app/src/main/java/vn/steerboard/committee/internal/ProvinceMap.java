package vn.steerboard.committee.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.steerboard.analytics.IndicatorFigures;
import vn.steerboard.analytics.IndicatorProgress;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.delivery.LeagueKind;
import vn.steerboard.delivery.LeagueRow;
import vn.steerboard.indicator.TargetStatus;
import vn.steerboard.programme.League;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/**
 * The province map's figures: the 34 provinces as tiles laid out roughly as the country lies
 * ({@code committee/province-tiles.csv}), each coloured by one measure of the day: the composite index (the default),
 * the Decision 766 index, or any indicator's current value (approved values, as the heat map shows them).
 */
@Component
class ProvinceMap {

    static final String COMPOSITE = "COMPOSITE";
    static final String DELIVERY = "DELIVERY";

    /** A tile: where it sits, what it shows, and whether a higher value is better (the colour scale's direction). */
    record Tile(String code, String name, String label, int column, int row, Double value) {
    }

    /** A measure the map can be coloured by; {@code unit} is shown after values ("%", "điểm"). */
    record Measure(String code, String name, String unit, boolean higherIsBetter) {
    }

    private record Place(int column, int row) {
    }

    private final CommitteeFigures figures;
    private final IndicatorFigures indicators;
    private final DeliveryStandings delivery;
    private final Registry registry;
    private final Map<String, Place> places = load();

    ProvinceMap(CommitteeFigures figures, IndicatorFigures indicators, DeliveryStandings delivery, Registry registry) {
        this.figures = figures;
        this.indicators = indicators;
        this.delivery = delivery;
        this.registry = registry;
    }

    /** The measures on offer: the composite, the Decision 766 index, then every indicator any province reports. */
    List<Measure> measures(LocalDate asOf, Locale locale, Map<String, String> words) {
        List<Measure> measures = new ArrayList<>();
        measures.add(new Measure(COMPOSITE, words.get(COMPOSITE), words.get("points"), true));
        measures.add(new Measure(DELIVERY, words.get(DELIVERY), words.get("points"), true));
        Map<String, IndicatorProgress> seen = new LinkedHashMap<>();
        indicators.heatmap(OrgUnitType.PROVINCE, null, asOf).values()
                .forEach(row -> row.values().forEach(p -> seen.putIfAbsent(p.indicatorCode(), p)));
        seen.values().stream().sorted(java.util.Comparator.comparing(IndicatorProgress::indicatorCode)).forEach(p ->
                measures.add(new Measure(p.indicatorCode(), p.name("en".equals(locale.getLanguage())), p.unitLabel(),
                        p.polarity() != TargetStatus.Polarity.LOWER_IS_BETTER)));
        return measures;
    }

    static Measure chosen(List<Measure> measures, String code) {
        String wanted = code == null || code.isBlank() ? COMPOSITE : code;
        return measures.stream().filter(m -> m.code().equals(wanted)).findFirst().orElseThrow(() ->
                new InvalidParameterException("measure", vn.steerboard.common.EdgeText.visible(wanted),
                        "COMPOSITE, DELIVERY or the code of an indicator on the map").because("room.map.badMeasure"));
    }

    List<Tile> tiles(Measure measure, LocalDate asOf, Locale locale) {
        Map<String, Double> values = values(measure, asOf);
        List<Tile> tiles = new ArrayList<>();
        for (OrgUnit province : registry.all(OrgUnitType.PROVINCE, null)) {
            Place place = places.get(province.code());
            if (place != null) {
                String name = province.name(locale);
                tiles.add(new Tile(province.code(), name, label(province, locale), place.column(), place.row(),
                        values.get(province.code())));
            }
        }
        return tiles;
    }

    private Map<String, Double> values(Measure measure, LocalDate asOf) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (COMPOSITE.equals(measure.code())) {
            figures.composite(asOf, League.PROVINCES, null).forEach(r -> values.put(r.code(), r.composite()));
        } else if (DELIVERY.equals(measure.code())) {
            for (LeagueRow r : delivery.league(LeagueKind.PROVINCES, null, asOf)) {
                values.put(r.index().unitCode(), r.index().score());
            }
        } else {
            indicators.heatmap(OrgUnitType.PROVINCE, null, asOf).forEach((unit, row) -> {
                IndicatorProgress p = row.get(measure.code());
                values.put(unit, p == null ? null : p.current());
            });
        }
        return values;
    }

    /** The short name on a tile: the registry's, without the kind of unit (a proper name in either language). */
    private static String label(OrgUnit province, Locale locale) {
        return province.shortName() != null && !province.shortName().isBlank() ? province.shortName() : province.name(locale);
    }

    private static Map<String, Place> load() {
        Map<String, Place> places = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ProvinceMap.class.getResourceAsStream("/committee/province-tiles.csv"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
                    continue;
                }
                String[] cells = line.split(",");
                places.put(cells[0].strip(), new Place(Integer.parseInt(cells[1].strip()), Integer.parseInt(cells[2].strip())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return places;
    }
}
