package vn.steerboard.committee.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The meeting document's words and numbers, always Vietnamese whatever the language of the page it was asked from:
 * texts from the bundle (figures passed as text, formatted here), one decimal with a comma, dates dd/MM/yyyy, and
 * the date line of an administrative document ("ngày 05 tháng 02 năm 2026").
 */
@Component
class ReportText {

    static final Locale LANGUAGE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    ReportText(MessageSource messages) {
        this.messages = messages;
    }

    String t(String key, Object... args) {
        Object[] texts = Arrays.stream(args).map(String::valueOf).toArray();
        return messages.getMessage(key, texts.length == 0 ? null : texts, LANGUAGE);
    }

    /** A value with one decimal and the Vietnamese comma (67,0), or "—". */
    static String one(Double value) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    static String whole(long value) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(value);
    }

    static String day(LocalDate day) {
        return day == null ? "—" : day.format(DAY);
    }

    /**
     * The place and date line: days below 10 and the months January and February take a leading zero
     * (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục 5).
     */
    String placeAndDate(String place, LocalDate day) {
        String d = day.getDayOfMonth() < 10 ? "0" + day.getDayOfMonth() : String.valueOf(day.getDayOfMonth());
        String m = day.getMonthValue() <= 2 ? "0" + day.getMonthValue() : String.valueOf(day.getMonthValue());
        return t("report.form.date", place, d, m, String.valueOf(day.getYear()));
    }

    /** Names joined in Vietnamese: "A, B và C". */
    String list(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " " + t("report.and") + " " + names.get(names.size() - 1);
    }

    /** A change in words: "tăng 3", "giảm 1,5", "không đổi". */
    String change(double delta, boolean decimal) {
        if (Math.abs(delta) < (decimal ? 0.05 : 0.5)) {
            return t("report.change.same");
        }
        String amount = decimal ? one(Math.abs(delta)) : whole(Math.round(Math.abs(delta)));
        return t(delta > 0 ? "report.change.up" : "report.change.down", amount);
    }
}
