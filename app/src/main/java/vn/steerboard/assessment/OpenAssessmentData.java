package vn.steerboard.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.steerboard.assessment.internal.CountStore;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/**
 * Open data: counts of enterprises per province, industry and level of one enterprise framework version, never a
 * row per enterprise. A count from 1 to {@value #SMALL_BELOW_MINUS_ONE} is shown as "&lt;5" (primary suppression). The
 * counts per province and level are public on the national page, so within each province and level a single hidden
 * cell could be worked out by subtraction: the smallest other non-zero cell of that province and level is then hidden
 * too, shown as "*" (secondary suppression). Zero is shown as 0.
 */
@Service
public class OpenAssessmentData {

    public static final int SMALL_BELOW = 5;
    static final int SMALL_BELOW_MINUS_ONE = SMALL_BELOW - 1;
    public static final String SMALL = "<5";
    public static final String HIDDEN = "*";
    public static final String BELOW_FIRST_LEVEL = "BELOW_FIRST_LEVEL";
    private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

    /** One cell: {@code count} is null when suppressed, and {@code shown} says what is published. */
    public record Cell(String provinceCode, String provinceName, String industryCode, String industryName, String level,
                       String levelName, Long count, String shown) {}

    public record Publication(String frameworkCode, int frameworkVersion, boolean illustrative, String ruleVi,
                              String ruleEn, List<Cell> cells) {}

    private final FrameworkLibrary frameworks;
    private final NationalCounts counts;
    private final Registry registry;
    private final org.springframework.context.MessageSource messages;

    OpenAssessmentData(FrameworkLibrary frameworks, NationalCounts counts, Registry registry,
            org.springframework.context.MessageSource messages) {
        this.frameworks = frameworks;
        this.counts = counts;
        this.registry = registry;
        this.messages = messages;
    }

    public Publication publication(String frameworkCode) {
        Framework f = frameworks.latest(frameworkCode);
        if (f.audience() != Framework.Audience.ENTERPRISE) {
            throw new vn.steerboard.common.NotFoundException("No enterprise framework " + frameworkCode);
        }
        Map<List<String>, Long> n = new HashMap<>();
        for (CountStore.CountRow r : counts.counts(f.code(), f.version())) {
            n.merge(List.of(r.province(), r.industry(), r.level()), r.n(), Long::sum);
        }
        List<Framework.Industry> industries = f.industries().isEmpty()
                ? List.of(new Framework.Industry(SelfAssessments.ALL_INDUSTRIES, text("assessment.open.allIndustries", VI),
                        text("assessment.open.allIndustries", java.util.Locale.ENGLISH), List.of()))
                : f.industries();
        List<String> levels = new ArrayList<>(f.levels().stream().map(Framework.Level::code).toList());
        levels.add(CountStore.NO_LEVEL);
        List<Cell> cells = new ArrayList<>();
        String below = text("assessment.open.belowFirstLevel", VI);
        for (OrgUnit p : registry.all(OrgUnitType.PROVINCE, null)) {
            for (String level : levels) {
                List<Cell> group = new ArrayList<>();
                for (Framework.Industry i : industries) {
                    long count = n.getOrDefault(List.of(p.code(), i.code(), level), 0L);
                    group.add(new Cell(p.code(), p.nameVi(), i.code(), i.nameVi(), publicLevel(level), levelName(f, level, below),
                            count, String.valueOf(count)));
                }
                cells.addAll(suppressed(group));
            }
        }
        return new Publication(f.code(), f.version(), f.illustrative(), text("assessment.open.rule", VI),
                text("assessment.open.rule", java.util.Locale.ENGLISH), cells);
    }

    /** Primary suppression of small cells, then secondary suppression of a lone hidden cell in the group. */
    static List<Cell> suppressed(List<Cell> group) {
        List<Cell> out = new ArrayList<>();
        int small = 0;
        for (Cell c : group) {
            boolean hide = c.count() > 0 && c.count() < SMALL_BELOW;
            small += hide ? 1 : 0;
            out.add(hide ? hidden(c, SMALL) : c);
        }
        if (small == 1) {
            out.stream().filter(c -> c.count() != null && c.count() > 0).min(Comparator.comparingLong(Cell::count))
                    .ifPresent(c -> out.set(out.indexOf(c), hidden(c, HIDDEN)));
        }
        return out;
    }

    private static Cell hidden(Cell c, String shown) {
        return new Cell(c.provinceCode(), c.provinceName(), c.industryCode(), c.industryName(), c.level(), c.levelName(),
                null, shown);
    }

    private static String publicLevel(String level) {
        return CountStore.NO_LEVEL.equals(level) ? BELOW_FIRST_LEVEL : level;
    }

    private static String levelName(Framework f, String level, String below) {
        return f.levels().stream().filter(l -> l.code().equals(level)).map(Framework.Level::nameVi).findFirst().orElse(below);
    }

    private String text(String key, java.util.Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
