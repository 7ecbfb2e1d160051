package vn.steerboard.programme;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The columns of the secretariats' task workbook, in order, and the texts of the workbooks Steerboard writes. The
 * workbooks are in Vietnamese whatever the reader's language (it is the format the secretariats exchange), so the
 * texts come from the Vietnamese programme bundle.
 */
public enum TaskColumns {
    CODE("code"), PLAN("plan"), TITLE("title"), DESCRIPTION("description"), RESPONSIBLE_PERSON("responsiblePerson"),
    START_DATE("startDate"), DEADLINE("deadline"), LEAD_UNIT("leadUnit"), COORDINATING_UNITS("coordinatingUnits"),
    APPROVER_UNIT("approverUnit"), DELIVERABLE("deliverable"), SOURCE_NUMBER("sourceNumber"), SOURCE_DATE("sourceDate");

    private static final ResourceBundle VIETNAMESE = ResourceBundle.getBundle("i18n/programme", Locale.forLanguageTag("vi"),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    /** The template's headers, in order; headers are matched ignoring case and diacritics. */
    public static final List<String> HEADERS = Arrays.stream(values()).map(TaskColumns::header).toList();

    /** The draft field the column fills (what validation names). */
    final String field;

    TaskColumns(String field) {
        this.field = field;
    }

    public String header() {
        return text("spreadsheet.import." + field);
    }

    /** A column that may be left out of a file. */
    boolean optional() {
        return this == DESCRIPTION || this == COORDINATING_UNITS;
    }

    /** The header of the column a draft field comes from; the field itself when no column does. */
    static String headerOf(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst().map(TaskColumns::header)
                .orElse(field);
    }

    /** A Vietnamese text of the workbooks, by its key in the programme bundle. */
    static String text(String key, Object... arguments) {
        String pattern = VIETNAMESE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag("vi")).format(arguments);
    }
}
