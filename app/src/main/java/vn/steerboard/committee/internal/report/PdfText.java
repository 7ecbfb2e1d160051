package vn.steerboard.committee.internal.report;

import java.io.IOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text on a PDF page: measured, wrapped to a width, numbers in the Vietnamese format. */
final class PdfText {

    private PdfText() {
    }

    static List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
        return wrap(text, font, size, max, max);
    }

    /** Wraps to {@code max}, the first line to {@code first} (an indented first line). */
    static List<String> wrap(String text, PDFont font, float size, float max, float first) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= (lines.isEmpty() ? first : max) || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Vietnamese number format: 1.234,5 — percentages are passed as numbers with one decimal. */
    static String format(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Double || value instanceof Float) {
            NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
            format.setMaximumFractionDigits(1);
            format.setMinimumFractionDigits(1);
            return format.format(((Number) value).doubleValue());
        }
        if (value instanceof Number number) {
            return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(number.longValue());
        }
        return value.toString();
    }

    /** A unit after a number: "%" and "‰" stick to it (67,0%), words are spaced from it (87,5 điểm). */
    static String unit(String unit) {
        if (unit == null || unit.isEmpty()) {
            return "";
        }
        return unit.equals("%") || unit.equals("‰") ? unit : " " + unit;
    }

    static String shorten(String text, PDFont font, float size, float max) throws IOException {
        if (width(text, font, size) <= max) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && width(shortened + "…", font, size) > max) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }
}
