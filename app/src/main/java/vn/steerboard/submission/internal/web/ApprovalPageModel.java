package vn.steerboard.submission.internal.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.indicator.DataSetDefinition;
import vn.steerboard.indicator.ElementDefinition;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.registry.Registry;
import vn.steerboard.indicator.Period;
import vn.steerboard.submission.SubmissionFilter;
import vn.steerboard.submission.SubmissionStatus;
import vn.steerboard.submission.SubmissionView;
import vn.steerboard.submission.Submissions;

/** What the approvals pages show, in the reader's language: names for codes, values written the local way. */
@Component
class ApprovalPageModel {

    private final IndicatorCatalogue catalogue;
    private final Registry registry;
    private final Submissions submissions;
    private final AccessPolicy access;
    private final MessageSource messages;
    private final vn.steerboard.indicator.PeriodNames periods;

    ApprovalPageModel(IndicatorCatalogue catalogue, Registry registry, Submissions submissions, AccessPolicy access,
            MessageSource messages, vn.steerboard.indicator.PeriodNames periods) {
        this.catalogue = catalogue;
        this.registry = registry;
        this.submissions = submissions;
        this.access = access;
        this.messages = messages;
        this.periods = periods;
    }

    /** One line of the queue. */
    record QueueRow(SubmissionView submission, String dataSetName, String periodName, String levelName, int valueCount) {
    }

    /**
     * One value as the approver reads it, beside the same element in the period before: {@code previous} and
     * {@code change} are blank when that period has no value, {@code changePercent} when the previous value is 0.
     */
    record ValueRow(String code, String name, String value, String valueType, String previous, String change,
            String changePercent, int direction) {
    }

    void queue(List<SubmissionView> pending, Locale locale, Model model) {
        List<QueueRow> rows = new ArrayList<>();
        for (SubmissionView s : pending) {
            rows.add(new QueueRow(s, dataSetName(s.dataSet(), locale), periods.of(s.period(), locale),
                    levelName(s.nextLevel(), locale), s.values().size()));
        }
        model.addAttribute("pending", rows);
    }

    void submission(SubmissionView s, Locale locale, Model model) {
        boolean english = "en".equals(locale.getLanguage());
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(6);
        Period previousPeriod = Period.parse(s.period()).previous();
        Map<String, Double> before = previousValues(s, previousPeriod);
        List<ValueRow> values = new ArrayList<>();
        for (Map.Entry<String, Double> v : s.values().entrySet()) {
            ElementDefinition element = catalogue.element(v.getKey()).orElse(null);
            values.add(row(v.getKey(), element == null ? v.getKey() : element.name(english), v.getValue(),
                    element == null ? "" : element.valueType().name(), before.get(v.getKey()), numbers, locale));
        }
        Actor actor = access.current().orElse(null);
        model.addAttribute("previousPeriod", new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[] {"entry.period." + previousPeriod.type()},
                new Object[] {previousPeriod.number(), previousPeriod.start().getYear()}));
        model.addAttribute("previousReported", !before.isEmpty());
        model.addAttribute("s", s);
        model.addAttribute("zone", vn.steerboard.common.VietnamTime.ZONE);
        model.addAttribute("dataSetName", dataSetName(s.dataSet(), locale));
        model.addAttribute("periodName", periods.of(s.period(), locale));
        model.addAttribute("levelName", levelName(s.nextLevel(), locale));
        model.addAttribute("onward", onward(s.unitCode(), s.nextLevel(), locale));
        model.addAttribute("approvedThroughName", levelName(s.approvedThrough(), locale));
        model.addAttribute("values", values);
        model.addAttribute("mayDecide", s.status() == SubmissionStatus.SUBMITTED && submissions.mayApproveAt(actor, s.nextLevel()));
    }

    /**
     * The unit's values of the data set in the period before, as decided: the approved submission if there is one,
     * else the latest submitted; nothing when the unit did not report that period.
     */
    private Map<String, Double> previousValues(SubmissionView s, Period previous) {
        List<SubmissionView> earlier = submissions.list(new SubmissionFilter(null, s.unitCode(), s.dataSet(), previous.code(),
                null, 20));
        return earlier.stream().filter(e -> e.status() == SubmissionStatus.APPROVED).findFirst()
                .or(() -> earlier.stream().filter(e -> e.status() == SubmissionStatus.SUBMITTED).findFirst())
                .map(SubmissionView::values).orElse(Map.of());
    }

    private static ValueRow row(String code, String name, double value, String valueType, Double previous,
            NumberFormat numbers, Locale locale) {
        if (previous == null) {
            return new ValueRow(code, name, numbers.format(value), valueType, "", "", "", 0);
        }
        double change = value - previous;
        String sign = change > 0 ? "+" : "";
        String percent = "";
        if (previous != 0) {
            NumberFormat percents = NumberFormat.getNumberInstance(locale);
            percents.setMaximumFractionDigits(1);
            percent = sign + percents.format(100 * change / Math.abs(previous)) + "%";
        }
        return new ValueRow(code, name, numbers.format(value), valueType, numbers.format(previous),
                sign + numbers.format(change), percent, Double.compare(change, 0));
    }

    /**
     * Where a report goes once approved at a level, as the words of its bundle keys say it ({@code
     * submission.detail.confirm.<kind>}, {@code submission.detail.approve.<kind>}, {@code submission.approved.<kind>}):
     * {@code official} at the nation's level, {@code toNation} when the nation is next, else {@code onward} to the
     * unit named.
     */
    record Onward(String kind, String unitName) {
    }

    Onward onward(String unit, String level, Locale locale) {
        if (Registry.NATION.equals(level)) {
            return new Onward("official", null);
        }
        List<String> chain = submissions.levels(unit);
        int at = chain.indexOf(level);
        String next = at < 0 || at + 1 >= chain.size() ? Registry.NATION : chain.get(at + 1);
        return Registry.NATION.equals(next) ? new Onward("toNation", null) : new Onward("onward", levelName(next, locale));
    }

    String levelName(String level, Locale locale) {
        if (level == null) {
            return "";
        }
        return Registry.NATION.equals(level) ? messages.getMessage("submission.nation", null, locale)
                : registry.find(level).map(u -> u.name(locale)).orElse(level);
    }

    private String dataSetName(String code, Locale locale) {
        try {
            DataSetDefinition set = catalogue.dataSet(code);
            return "en".equals(locale.getLanguage()) ? set.nameEn() : set.nameVi();
        } catch (RuntimeException unknown) {
            return code;
        }
    }
}
