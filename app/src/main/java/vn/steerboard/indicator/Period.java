package vn.steerboard.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.steerboard.common.InvalidParameterException;

/**
 * A reporting period, written as DHIS2 and the secretariats write it: {@code 2025-03} (month), {@code 2025Q1}
 * (quarter), {@code 2025} (year), {@code 2025-01-01..2025-06-30} (a custom range, for reading only). Codes of one type sort in time order.
 */
public record Period(String code, PeriodType type, LocalDate start, LocalDate end) implements Comparable<Period> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");
    /** As officers write them on paper: Q3/2026, quý 3/2026, 03/2026, tháng 3/2026, năm 2026. */
    private static final Pattern WRITTEN_QUARTER = Pattern.compile("(?iu)(?:q|quý|quy)\\s*([1-4])\\s*[/-]\\s*(\\d{4})");
    private static final Pattern WRITTEN_MONTH = Pattern.compile("(?iu)(?:tháng|thang)?\\s*(\\d{1,2})\\s*/\\s*(\\d{4})");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("(?iu)(?:năm|nam)\\s*(\\d{4})");

    public static Period parse(String code) {
        String text = canonical(code == null ? "" : code.strip());
        try {
            Matcher month = MONTH.matcher(text);
            if (month.matches()) {
                return month(YearMonth.parse(text));
            }
            Matcher quarter = QUARTER.matcher(text);
            if (quarter.matches()) {
                return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
            }
            Matcher range = RANGE.matcher(text);
            if (range.matches()) {
                LocalDate from = LocalDate.parse(range.group(1));
                LocalDate to = LocalDate.parse(range.group(2));
                if (!to.isBefore(from)) {
                    return new Period(text, PeriodType.CUSTOM, from, to);
                }
            }
            if (YEAR.matcher(text).matches()) {
                int year = Integer.parseInt(text);
                return new Period(text, PeriodType.YEARLY, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
        } catch (DateTimeParseException e) {
            // falls through to the error naming the accepted forms
        }
        throw new InvalidParameterException("period", code,
                "a period such as 2025-03 (month), 2025Q1 (quarter), 2025 (year) or 2025-01-01..2025-06-30 (range)")
                .because("reason.period.format");
    }

    /** A period written the way people write it, in the code the API and the store use; anything else unchanged. */
    private static String canonical(String written) {
        String text = java.text.Normalizer.normalize(written, java.text.Normalizer.Form.NFC);
        Matcher quarter = WRITTEN_QUARTER.matcher(text);
        if (quarter.matches()) {
            return quarter.group(2) + "Q" + quarter.group(1);
        }
        Matcher month = WRITTEN_MONTH.matcher(text);
        if (month.matches() && Integer.parseInt(month.group(1)) >= 1 && Integer.parseInt(month.group(1)) <= 12) {
            return month.group(2) + "-" + String.format("%02d", Integer.parseInt(month.group(1)));
        }
        Matcher year = WRITTEN_YEAR.matcher(text);
        return year.matches() ? year.group(1) : text;
    }

    /** The period's number within its year (month 1–12, quarter 1–4; 0 for a year or a range), for labels. */
    public int number() {
        return switch (type) {
            case MONTHLY -> start.getMonthValue();
            case QUARTERLY -> (start.getMonthValue() - 1) / 3 + 1;
            default -> 0;
        };
    }

    /** The period of the given type that contains the day. */
    public static Period containing(PeriodType type, LocalDate day) {
        return switch (type) {
            case MONTHLY -> month(YearMonth.from(day));
            case QUARTERLY -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case YEARLY -> parse(String.valueOf(day.getYear()));
            case CUSTOM -> throw new IllegalArgumentException("a custom range does not divide time into periods");
        };
    }

    /** Every period of the type from the one containing {@code from} to the one containing {@code to}. */
    public static List<Period> between(PeriodType type, LocalDate from, LocalDate to) {
        List<Period> periods = new ArrayList<>();
        for (Period p = containing(type, from); !p.start().isAfter(to); p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    public Period previous() {
        return containing(type, start.minusDays(1));
    }

    public Period next() {
        return containing(type, end.plusDays(1));
    }

    /** Whether this period lies wholly within the other (a month within a quarter, a year or a range). */
    public boolean within(Period other) {
        return !start.isBefore(other.start) && !end.isAfter(other.end);
    }

    /** The middle of the period, where a forecast places its value. */
    public LocalDate midpoint() {
        return start.plusDays((end.toEpochDay() - start.toEpochDay()) / 2);
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }

    private static Period month(YearMonth month) {
        return new Period(month.toString(), PeriodType.MONTHLY, month.atDay(1), month.atEndOfMonth());
    }

    private static Period quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(year + "Q" + quarter, PeriodType.QUARTERLY, start, start.plusMonths(3).minusDays(1));
    }
}
