package vn.steerboard.submission.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.indicator.DataSetDefinition;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.indicator.Period;
import vn.steerboard.submission.SubmissionFilter;
import vn.steerboard.submission.SubmissionView;
import vn.steerboard.submission.Submissions;
import vn.steerboard.submission.internal.SystemValueSources;

/**
 * What the entry form shows a unit before it types: the data sets it reports first (a ward is not opened on GRDP),
 * a picker of the recent periods with their lock state, the open period chosen by default, and the values of the
 * period before next to each field. Data sets a system records ({@link SystemValueSources}) are not offered: a person's
 * submission for them is refused, so the form says where their values come from instead.
 */
@Component
class EntryFormModel {

    /** How many periods the picker offers, the current one included. */
    static final int PERIODS_OFFERED = 8;

    private final IndicatorCatalogue catalogue;
    private final Submissions submissions;
    private final VietnamTime time;
    private final SystemValueSources systemSources;

    EntryFormModel(IndicatorCatalogue catalogue, Submissions submissions, VietnamTime time, SystemValueSources systemSources) {
        this.catalogue = catalogue;
        this.submissions = submissions;
        this.time = time;
        this.systemSources = systemSources;
    }

    /** One period in the picker: its code, its number and year for the label, and whether its values are locked. */
    record PeriodChoice(String code, String type, int number, int year, boolean locked, boolean submitted) {
    }

    void fill(Model model, String dataSet, String unitCode, String period) {
        List<SubmissionView> history = unitCode == null ? List.of()
                : submissions.list(new SubmissionFilter(null, unitCode, null, null, null, SubmissionFilter.MAX_LIMIT));
        Set<String> reported = new LinkedHashSet<>();
        history.stream().sorted(Comparator.comparing(SubmissionView::period).reversed()).forEach(s -> reported.add(s.dataSet()));
        List<DataSetDefinition> sets = new ArrayList<>(catalogue.dataSets());
        sets.removeIf(s -> systemSources.sourceOf(s.code()).isPresent());
        sets.sort(Comparator.comparing((DataSetDefinition s) -> !reported.contains(s.code())));
        DataSetDefinition asked = dataSet != null ? catalogue.dataSet(dataSet) : sets.isEmpty() ? null : sets.get(0);
        // a system's data set asked for by link: no form, where its values come from instead
        boolean system = asked != null && systemSources.sourceOf(asked.code()).isPresent();
        model.addAttribute("systemSet", system ? asked : null);
        DataSetDefinition set = system ? null : asked;
        model.addAttribute("dataSets", sets);
        model.addAttribute("reportedSets", reported);
        model.addAttribute("set", set);
        if (set == null) {
            return;
        }
        Map<String, SubmissionView> byPeriod = new LinkedHashMap<>();
        history.stream().filter(s -> s.dataSet().equals(set.code())).forEach(s -> byPeriod.putIfAbsent(s.period(), s));
        List<PeriodChoice> choices = choices(set, byPeriod, time.today());
        String chosen = defaultPeriod(choices);
        if (period != null) {
            try {
                chosen = Period.parse(period).code();
            } catch (vn.steerboard.common.InvalidParameterException unreadable) {
                // the form comes back with the officer's text and the problem named above it; the picker keeps the default
                model.addAttribute("periodText", period);
            }
        }
        Period shown = Period.parse(chosen);
        if (choices.stream().noneMatch(c -> c.code().equals(shown.code()))) {
            // a period asked for by link (e.g. from a reminder) is offered even when it is older than the picker's
            SubmissionView s = byPeriod.get(shown.code());
            choices.add(0, new PeriodChoice(shown.code(), shown.type().name(), shown.number(), shown.start().getYear(),
                    s != null && s.locked(), s != null));
        }
        SubmissionView current = byPeriod.get(shown.code());
        SubmissionView previous = byPeriod.get(shown.previous().code());
        model.addAttribute("periods", choices);
        model.addAttribute("period", chosen);
        model.addAttribute("periodLocked", current != null && current.locked());
        model.addAttribute("currentValues", current == null ? Map.of() : current.values());
        model.addAttribute("previousPeriod", shown.previous());
        model.addAttribute("previousLabel", label(shown.previous()));
        model.addAttribute("previousValues", previous == null ? Map.of() : previous.values());
    }

    /** The picker's words for a period, resolved by the page: "Quý 3/2026". */
    private static org.springframework.context.MessageSourceResolvable label(Period p) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {"entry.period." + p.type()},
                new Object[] {p.number(), p.start().getYear()});
    }

    private static List<PeriodChoice> choices(DataSetDefinition set, Map<String, SubmissionView> byPeriod, LocalDate today) {
        List<PeriodChoice> choices = new ArrayList<>();
        Period p = Period.containing(set.periodType(), today);
        for (int i = 0; i < PERIODS_OFFERED; i++, p = p.previous()) {
            SubmissionView s = byPeriod.get(p.code());
            choices.add(new PeriodChoice(p.code(), p.type().name(), p.number(), p.start().getYear(), s != null && s.locked(),
                    s != null));
        }
        return choices;
    }

    /** The latest period that has ended and is not locked; the current one when every ended one is locked. */
    private static String defaultPeriod(List<PeriodChoice> choices) {
        return choices.stream().skip(1).filter(c -> !c.locked()).findFirst().orElse(choices.get(0)).code();
    }
}
