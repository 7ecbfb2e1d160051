package vn.steerboard.delivery.internal.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.steerboard.delivery.GroupScore;
import vn.steerboard.delivery.SubIndicatorScore;
import vn.steerboard.delivery.UnitIndex;

/**
 * A unit's page's sub-indicator rows and trend as the page shows them, every cell's text made here (as
 * {@link LeagueLines} for the league): the template only writes strings.
 */
final class UnitLines {

    /** A sub-indicator: numerator (linked to its dossiers when {@code drillHref} is set), denominator, ratio, points. */
    record Row(String code, String numerator, String drillHref, String denominator, String ratio, String points,
            String max) {
    }

    /** A month of the trend: the six groups' points and the score. */
    record Month(String label, List<String> groups, String score) {
    }

    private final NumberFormat one;
    private final NumberFormat two;
    private final NumberFormat whole;
    private final String notComputable;

    UnitLines(Locale locale, String notComputable) {
        this.one = LeagueLines.digits(locale, 1);
        this.two = LeagueLines.digits(locale, 2);
        this.whole = LeagueLines.digits(locale, 0);
        this.notComputable = notComputable;
    }

    List<Row> rows(UnitIndex unit, boolean canDrill, String period, String asOf) {
        List<Row> rows = new ArrayList<>();
        for (SubIndicatorScore s : unit.indicators()) {
            String code = s.indicator().code;
            String drill = canDrill && s.computable() ? LeagueLines.link("/delivery/units/" + unit.unitCode() + "/dossiers",
                    period, asOf) + "&indicator=" + code : null;
            String ratio = !s.computable() ? notComputable
                    : code.equals("2.2") ? one.format(s.ratio()) : one.format(s.ratio() * 100) + "%";
            rows.add(new Row(code, s.computable() ? String.valueOf(s.numerator()) : "—", drill,
                    s.computable() ? String.valueOf(s.denominator()) : "—", ratio,
                    s.points() == null ? "—" : two.format(s.points()), whole.format(s.indicator().max)));
        }
        return rows;
    }

    List<Month> trend(List<UnitIndex> months) {
        List<Month> trend = new ArrayList<>(months.size());
        for (UnitIndex m : months) {
            List<String> groups = new ArrayList<>(m.groups().size());
            for (GroupScore g : m.groups()) {
                groups.add(g.computable() ? one.format(g.points()) : "—");
            }
            trend.add(new Month(m.period().label(), groups, m.computable() ? one.format(m.score()) : "—"));
        }
        return trend;
    }
}
