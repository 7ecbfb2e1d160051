package vn.steerboard.delivery.internal.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.UriComponentsBuilder;
import vn.steerboard.delivery.GroupScore;
import vn.steerboard.delivery.LeagueRow;
import vn.steerboard.delivery.UnitIndex;

/**
 * A league's rows as the page shows them, every cell's text made here: the template then only writes strings. Its
 * conditionals, additions and one {@code #numbers.formatDecimal} per cell (a new DecimalFormat each) were most of the
 * page's time (session 7, JFR: 80% of the request threads' samples in Thymeleaf's expression evaluation).
 */
final class LeagueLines {

    /** One row: rank, unit, score, points, the six groups' points, dossiers; links with the page's period and day. */
    record Line(String rank, String unitCode, String unitName, String unitHref, String score, String points,
            List<String> groups, long dossiers, String dossiersHref) {
    }

    private final NumberFormat one;
    private final NumberFormat whole;
    private final String notComputable;

    /** Numbers as the reader's language writes them (Vietnamese 12,5; English 12.5), as {@code #numbers} did. */
    LeagueLines(Locale locale, String notComputable) {
        this.one = digits(locale, 1);
        this.whole = digits(locale, 0);
        this.notComputable = notComputable;
    }

    static NumberFormat digits(Locale locale, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumIntegerDigits(1);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f;
    }

    List<Line> lines(List<LeagueRow> rows, String period, String asOf) {
        List<Line> lines = new ArrayList<>(rows.size());
        for (LeagueRow r : rows) {
            UnitIndex i = r.index();
            List<String> groups = new ArrayList<>(i.groups().size());
            for (GroupScore g : i.groups()) {
                groups.add(g.computable() ? one.format(g.points()) + " / " + whole.format(g.possible()) : "—");
            }
            String unit = "/delivery/units/" + i.unitCode();
            lines.add(new Line(r.rank() == null ? "—" : String.valueOf(r.rank()), i.unitCode(), i.unitName(),
                    link(unit, period, asOf), i.computable() ? one.format(i.score()) : notComputable,
                    i.computable() ? one.format(i.points()) + " / " + whole.format(i.possible()) : "—", groups,
                    i.dossiers(), link(unit + "/dossiers", period, asOf)));
        }
        return lines;
    }

    /** The path with the period and the as-of day, as {@code @{path(period=..,asOf=..)}} wrote it (none when null). */
    static String link(String path, String period, String asOf) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        if (period != null) {
            b.queryParam("period", period);
        }
        if (asOf != null) {
            b.queryParam("asOf", asOf);
        }
        return b.encode().build().toUriString();
    }
}
