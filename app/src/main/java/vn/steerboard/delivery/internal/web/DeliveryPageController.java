package vn.steerboard.delivery.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.steerboard.common.AsOf;
import vn.steerboard.delivery.IndexPeriod;
import vn.steerboard.delivery.LeagueKind;

/** The delivery scoreboard's pages: leagues (live), a unit's index and trend, the dossiers behind a figure. */
@Controller
class DeliveryPageController {

    private final DeliveryPageModel pages;

    DeliveryPageController(DeliveryPageModel pages) {
        this.pages = pages;
    }

    @GetMapping("/delivery")
    String league(@RequestParam(defaultValue = "PROVINCES") LeagueKind kind, @RequestParam(required = false) String province,
            @RequestParam(required = false) String period, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, AsOf asOf, Model model) {
        IndexPeriod chosen = period(period, from, to, asOf);
        pages.league(kind, blank(province), chosen, asOf, model);
        pages.periodForm(chosen, asOf, model);
        return "delivery/league";
    }

    @GetMapping("/delivery/live")
    String leagueLive(@RequestParam(defaultValue = "PROVINCES") LeagueKind kind,
            @RequestParam(required = false) String province, @RequestParam(required = false) String period, AsOf asOf,
            Model model) {
        pages.league(kind, blank(province), period(period, asOf), asOf, model);
        return "delivery/league :: live";
    }

    @GetMapping("/delivery/units/{code}")
    String unit(@PathVariable String code, @RequestParam(required = false) String period,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, AsOf asOf, Model model) {
        pages.unit(code, period(period, from, to, asOf), asOf, model);
        return "delivery/unit";
    }

    @GetMapping("/delivery/units/{code}/dossiers")
    String dossiers(@PathVariable String code, @RequestParam(required = false) String period,
            @RequestParam(required = false) String indicator, @RequestParam(required = false) Integer page, AsOf asOf,
            Model model) {
        pages.dossiers(code, period(period, asOf), IndexApiController.row(indicator), asOf, page, model);
        return "delivery/dossiers";
    }

    private static IndexPeriod period(String period, AsOf asOf) {
        return period == null || period.isBlank() ? IndexPeriod.year(asOf.day().getYear()) : IndexPeriod.parse(period);
    }

    /** The period chosen on a page: one of the choices, or "custom" with its first and last months. */
    private static IndexPeriod period(String period, String from, String to, AsOf asOf) {
        if (PeriodChoices.CUSTOM.equals(period)) {
            return IndexPeriod.parse((from == null ? "" : from.strip()) + ".." + (to == null ? "" : to.strip()));
        }
        return period(period, asOf);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
