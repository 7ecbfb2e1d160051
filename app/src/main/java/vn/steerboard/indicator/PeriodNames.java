package vn.steerboard.indicator;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A reporting period in the reader's words, the one formatter of every page and export that shows a period: a quarter
 * "Quý III/2025" (en "Q3 2025"), a month "Tháng 11/2025" (en "November 2025"), a year "Năm 2025" (en "2025"), a range
 * "01/01/2025–30/06/2025". The code the API and the store use ({@code 2025Q3}) stays in links and data. Words from
 * the bundles ({@code period.name.*}); the same period and language always give the same text, so a document that
 * prints it stays identical for its day.
 */
@Component
public class PeriodNames {

    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    PeriodNames(MessageSource messages) {
        this.messages = messages;
    }

    /** The period of a code ({@code 2025Q3}, {@code 2025-11}, {@code 2025}) in words; a code that is not a period is returned as it is. */
    public String of(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        Period period;
        try {
            period = Period.parse(code);
        } catch (RuntimeException notAPeriod) {
            return code;
        }
        return of(period, locale);
    }

    public String of(Period period, Locale locale) {
        int number = period.number();
        Object[] args = {String.valueOf(number), String.valueOf(period.start().getYear()),
                period.type() == PeriodType.QUARTERLY ? ROMAN[number] : "",
                period.type() == PeriodType.MONTHLY ? period.start().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) : "",
                period.start().format(DAY), period.end().format(DAY)};
        return messages.getMessage("period.name." + period.type(), args, locale);
    }
}
