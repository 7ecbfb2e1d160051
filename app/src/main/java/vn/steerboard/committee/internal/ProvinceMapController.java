package vn.steerboard.committee.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.common.AsOf;
import vn.steerboard.identity.AccessPolicy;

/**
 * The province map: 34 tiles coloured by the composite index or, by a selector, by the Decision 766 index or any
 * indicator; each tile opens the province's scorecard on the same day. A table of the same figures stands beside it
 * for screen readers and keyboards.
 */
@Controller
class ProvinceMapController {

    private final ProvinceMap map;
    private final AccessPolicy access;
    private final MessageSource messages;
    private final JsonMapper json;

    ProvinceMapController(ProvinceMap map, AccessPolicy access, MessageSource messages, JsonMapper json) {
        this.map = map;
        this.access = access;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/map")
    String map(@RequestParam(required = false) String measure, AsOf asOf, Model model, Locale locale) {
        access.requireActor();
        LocalDate day = asOf.day();
        List<ProvinceMap.Measure> measures = map.measures(day, locale, Map.of(
                ProvinceMap.COMPOSITE, messages.getMessage("room.map.measure.composite", null, locale),
                ProvinceMap.DELIVERY, messages.getMessage("room.map.measure.delivery", null, locale),
                "points", messages.getMessage("report.league.points", null, locale)));
        ProvinceMap.Measure chosen = ProvinceMap.chosen(measures, measure);
        List<ProvinceMap.Tile> tiles = map.tiles(chosen, day, locale);
        model.addAttribute("asOf", day);
        model.addAttribute("measures", measures);
        model.addAttribute("measure", chosen);
        // the table reads as a league: highest first (lowest first when lower is better), provinces without data last
        java.util.Comparator<ProvinceMap.Tile> byValue = java.util.Comparator.comparing(ProvinceMap.Tile::value,
                java.util.Comparator.nullsLast(chosen.higherIsBetter() ? java.util.Comparator.<Double>reverseOrder()
                        : java.util.Comparator.<Double>naturalOrder()));
        model.addAttribute("tiles", tiles.stream().sorted(byValue).toList());
        model.addAttribute("mapData", json.writeValueAsString(data(chosen, tiles, day, locale)));
        return "committee/map";
    }

    /** What the map's script draws: tiles, the scale's direction and the words it shows. */
    private Map<String, Object> data(ProvinceMap.Measure measure, List<ProvinceMap.Tile> tiles, LocalDate day, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("measure", measure.name());
        data.put("unit", measure.unit() == null ? "" : measure.unit());
        data.put("higherIsBetter", measure.higherIsBetter());
        data.put("asOf", day.toString());
        data.put("noData", messages.getMessage("room.map.noData", null, locale));
        data.put("low", messages.getMessage("room.map.low", null, locale));
        data.put("high", messages.getMessage("room.map.high", null, locale));
        data.put("tiles", tiles);
        return data;
    }
}
