package vn.steerboard.delivery;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.steerboard.common.InvalidParameterException;

/**
 * The months an index covers: a month ({@code 2026-11}), a quarter ({@code 2026Q4}), a year ({@code 2026}) or a
 * custom range of months ({@code 2026-03..2026-08}). Dossiers count in the month they were received.
 */
public record IndexPeriod(String label, YearMonth from, YearMonth to) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2})\\.\\.(\\d{4}-\\d{2})");

    public static IndexPeriod parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            Matcher m;
            if (MONTH.matcher(t).matches()) {
                YearMonth ym = YearMonth.parse(t);
                return new IndexPeriod(t, ym, ym);
            } else if ((m = QUARTER.matcher(t)).matches()) {
                YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3 - 2);
                return new IndexPeriod(t, first, first.plusMonths(2));
            } else if (YEAR.matcher(t).matches()) {
                return new IndexPeriod(t, YearMonth.of(Integer.parseInt(t), 1), YearMonth.of(Integer.parseInt(t), 12));
            } else if ((m = RANGE.matcher(t)).matches()) {
                YearMonth from = YearMonth.parse(m.group(1));
                YearMonth to = YearMonth.parse(m.group(2));
                if (!to.isBefore(from) && from.plusYears(10).isAfter(to)) {
                    return new IndexPeriod(t, from, to);
                }
            }
        } catch (java.time.DateTimeException e) {
            // falls through to the refusal
        }
        throw new InvalidParameterException("period", vn.steerboard.common.EdgeText.visible(t),
                "a month (2026-11), a quarter (2026Q4), a year (2026) or a range of months (2026-03..2026-08)");
    }

    /** What a period is: a month, a quarter, a year, or a range of months chosen by its first and last. */
    public enum Kind {
        MONTH, QUARTER, YEAR, RANGE
    }

    /** The kind, from the form of the label, as {@link #parse} read it. */
    public Kind kind() {
        if (MONTH.matcher(label).matches()) {
            return Kind.MONTH;
        }
        if (QUARTER.matcher(label).matches()) {
            return Kind.QUARTER;
        }
        return YEAR.matcher(label).matches() ? Kind.YEAR : Kind.RANGE;
    }

    public static IndexPeriod year(int year) {
        return parse(String.valueOf(year));
    }

    public int fromKey() {
        return from.getYear() * 100 + from.getMonthValue();
    }

    /** The last month counted: the period's, or the as-of day's month when that is earlier. */
    public int toKey(LocalDate asOf) {
        YearMonth last = to.isAfter(YearMonth.from(asOf)) ? YearMonth.from(asOf) : to;
        return last.getYear() * 100 + last.getMonthValue();
    }

    /** The day open dossiers are judged on: the as-of day, or the period's last day when that is earlier. */
    public LocalDate judgedOn(LocalDate asOf) {
        LocalDate end = to.atEndOfMonth();
        return end.isBefore(asOf) ? end : asOf;
    }
}
