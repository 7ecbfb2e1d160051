package vn.steerboard.quality.engine.dictionary;

/**
 * The kinds of finding a check counts apart, each with its own count in the report ({@code details.findings}) and
 * a gate of its own ({@code kind_gates}). A failing value is counted under the first kind that applies.
 */
public final class Kinds {

    /** Leading or trailing space, tab, carriage return or line feed (unless the check says {@code trim: true}). */
    public static final String SURROUNDING_WHITESPACE = "surrounding_whitespace";
    public static final String BAD_FORMAT = "bad_format";
    public static final String UNKNOWN_PROVINCE_PREFIX = "unknown_province_prefix";
    public static final String CENTURY_MISMATCH = "century_mismatch";
    public static final String YEAR_MISMATCH = "year_mismatch";
    public static final String GENDER_MISMATCH = "gender_mismatch";
    public static final String BAD_CHECK_DIGIT = "bad_check_digit";
    /** A code retired on the record's date, reported with its successor(s). */
    public static final String RETIRED = "retired";
    public static final String UNKNOWN_CODE = "unknown_code";
    public static final String COMMUNE_NOT_IN_PROVINCE = "commune_not_in_province";
    public static final String NOT_NFC = "not_nfc";
    public static final String DIGITS_IN_NAME = "digits_in_name";

    /** The characters that count as surrounding whitespace, and that {@code trim: true} removes. */
    public static final String WHITESPACE = " \t\r\n";

    private Kinds() {
    }

    /**
     * The kinds a check counts, in the order they are tested; empty for checks without kinds. Pattern and
     * dictionary checks start with surrounding whitespace unless they trim; an NFC check has one kind.
     */
    public static java.util.List<String> of(vn.steerboard.quality.engine.CheckType type, Element element, boolean trim) {
        java.util.List<String> kinds = new java.util.ArrayList<>();
        switch (type) {
            case NFC -> kinds.add(NOT_NFC);
            case PATTERN, DICTIONARY -> {
                if (!trim) {
                    kinds.add(SURROUNDING_WHITESPACE);
                }
                kinds.addAll(type == vn.steerboard.quality.engine.CheckType.PATTERN ? java.util.List.of(BAD_FORMAT) : element.kinds());
            }
            default -> { }
        }
        return java.util.List.copyOf(kinds);
    }

    public static boolean surroundingWhitespace(String value) {
        return !value.isEmpty() && (WHITESPACE.indexOf(value.charAt(0)) >= 0
                || WHITESPACE.indexOf(value.charAt(value.length() - 1)) >= 0);
    }

    public static String trim(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && WHITESPACE.indexOf(value.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && WHITESPACE.indexOf(value.charAt(end - 1)) >= 0) {
            end--;
        }
        return value.substring(start, end);
    }

    /** A value that is missing for completeness: null, empty or only spaces (as SQL's TRIM sees it). */
    public static boolean blank(String value) {
        return value == null || value.chars().allMatch(c -> c == ' ');
    }
}
