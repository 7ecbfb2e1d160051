package vn.steerboard.common;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The Vietnamese day a page or an answer is "as of": figures, statuses and deadlines are read as they stood at the
 * end of that day. Controllers take it as a parameter ({@code AsOf asOf}); the web layer resolves it once from
 * {@code ?asOf=yyyy-mm-dd}, defaulting to today in Vietnam, so no controller defaults it by hand.
 *
 * @param day    the day
 * @param asked  whether the caller named the day (links then carry it on), or it is today by default
 */
public record AsOf(LocalDate day, boolean asked) {

    /** The earliest and latest days anyone can mean: the programme started in 2024; the targets end in 2045. */
    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    public AsOf {
        Objects.requireNonNull(day, "day");
    }

    public static AsOf of(LocalDate day) {
        return new AsOf(day, true);
    }

    public static AsOf today(VietnamTime time) {
        return new AsOf(time.today(), false);
    }

    /** The query-string value that keeps this day on the next link, or an empty string for "today". */
    public String param() {
        return asked ? day.toString() : "";
    }
}
