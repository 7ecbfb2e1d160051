package vn.steerboard.delivery.internal.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.steerboard.delivery.IndexPeriod;
import vn.steerboard.delivery.internal.Texts;

/**
 * The periods the delivery pages offer, each named in words ("Quý 3/2026", "Tháng 11/2026"), so nobody has to know
 * the codes (2026Q3, 2026-11): the as-of year and the year before, with their quarters and months that have begun;
 * any other range of months is chosen as "from" and "to" months ({@link #CUSTOM}).
 */
final class PeriodChoices {

    /** The choice that takes the period from the "from" and "to" months. */
    static final String CUSTOM = "custom";

    record Choice(String code, String name) {
    }

    record Year(String name, List<Choice> choices) {
    }

    private PeriodChoices() {
    }

    /** The period in words. */
    static String name(IndexPeriod period, Texts texts) {
        YearMonth from = period.from();
        YearMonth to = period.to();
        return switch (period.kind()) {
            case MONTH -> texts.get("delivery.period.month", from.getMonthValue(), year(from));
            case QUARTER -> texts.get("delivery.period.quarter", (from.getMonthValue() + 2) / 3, year(from));
            case YEAR -> texts.get("delivery.period.year", year(from));
            case RANGE -> texts.get("delivery.period.range", from.getMonthValue(), year(from), to.getMonthValue(), year(to));
        };
    }

    /**
     * The as-of year and the one before: each year, its quarters and its months that have begun, latest first; a
     * month, quarter or year being shown that is not among them comes first, so the form can show what is shown.
     */
    static List<Year> around(LocalDate asOf, IndexPeriod shown, Texts texts) {
        YearMonth now = YearMonth.from(asOf);
        List<Year> years = new ArrayList<>();
        for (int year = now.getYear(); year >= now.getYear() - 1; year--) {
            List<Choice> choices = new ArrayList<>();
            choices.add(choice(String.valueOf(year), texts));
            for (int quarter = 4; quarter >= 1; quarter--) {
                if (!YearMonth.of(year, quarter * 3 - 2).isAfter(now)) {
                    choices.add(choice(year + "Q" + quarter, texts));
                }
            }
            for (int month = 12; month >= 1; month--) {
                YearMonth ym = YearMonth.of(year, month);
                if (!ym.isAfter(now)) {
                    choices.add(choice(ym.toString(), texts));
                }
            }
            years.add(new Year(texts.get("delivery.period.year", String.valueOf(year)), choices));
        }
        boolean offered = years.stream().flatMap(y -> y.choices().stream()).anyMatch(c -> c.code().equals(shown.label()));
        if (!offered && !isCustom(shown)) {
            String name = name(shown, texts);
            years.add(0, new Year(name, List.of(new Choice(shown.label(), name))));
        }
        return years;
    }

    /** True for a range chosen by its first and last months. */
    static boolean isCustom(IndexPeriod period) {
        return period.kind() == IndexPeriod.Kind.RANGE;
    }

    private static Choice choice(String code, Texts texts) {
        return new Choice(code, name(IndexPeriod.parse(code), texts));
    }

    /** A year as digits, never grouped ("2026", not "2.026"). */
    private static String year(YearMonth month) {
        return String.valueOf(month.getYear());
    }
}
