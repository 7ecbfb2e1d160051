package vn.steerboard.common;

import com.ibm.icu.text.Normalizer2;

/**
 * Text as it enters: every string of a request (JSON body, parameter, header bound to a controller) and every
 * spreadsheet cell passes here once. Control characters are refused (PostgreSQL cannot store NUL, and the others
 * hide text), except tab, line feed and carriage return, which multi-line fields keep and one-line fields fold into
 * spaces; unpaired surrogates are refused, and so are the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which no Vietnamese or English text needs and which would make a stored name read
 * differently from what it is ("Trojan source"). What passes is normalised to NFC, so lengths are checked afterwards on
 * the stored form, and H2 and PostgreSQL get the same text and give the same answer.
 */
public final class EdgeText {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private EdgeText() {
    }

    /** The text refused, naming where it came from. */
    public static final class UnstorableTextException extends IllegalArgumentException implements UserMessage.Explained {

        private final String field;
        private final String reason;
        private UserMessage userMessage;

        public UnstorableTextException(String field, String reason) {
            super("Field '" + field + "' " + reason);
            this.field = field;
            this.reason = reason;
        }

        /** The same refusal in bundle words ({@code reason.*}), said inside the field frame. */
        public UnstorableTextException because(UserMessage reason) {
            this.userMessage = reason;
            return this;
        }

        @Override
        public UserMessage userMessage() {
            return userMessage;
        }

        public String field() {
            return field;
        }

        public String reason() {
            return reason;
        }
    }

    /** The NFC form of the text, or an exception naming {@code field} and the first character refused. */
    public static String accept(String field, String text) {
        return accept(() -> field, text);
    }

    /** The same, the field named only when the text is refused (a parser's path costs more than the check). */
    public static String accept(java.util.function.Supplier<String> field, String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new UnstorableTextException(field.get(), problem).because(userProblem(text));
        }
        return text == null || NFC.isNormalized(text) ? text : NFC.normalize(text);
    }

    /**
     * A field's length limit, counted on the NFC form the edge produced (so a decomposed letter counts once): the text,
     * or a 400 naming the field.
     */
    public static String atMost(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw InvalidParameterException.field(field, text.length() + " characters", "at most " + max + " characters")
                    .because("reason.tooLong", max);
        }
        return text;
    }

    /** The same as {@link #problem}, as a bundle key with its arguments, or null. */
    public static UserMessage userProblem(String text) {
        String problem = problem(text);
        if (problem == null) {
            return null;
        }
        String code = problem.substring(problem.indexOf("U+"), problem.indexOf(' ', problem.indexOf("U+")));
        String position = problem.substring(problem.indexOf("position ") + "position ".length(), problem.indexOf(';'));
        String key = problem.contains("surrogate") ? "reason.text.surrogate"
                : problem.contains("bidirectional") ? "reason.text.bidi" : "reason.text.control";
        return UserMessage.of(key, code, position);
    }

    /** Why the text cannot be stored as it is, or null. */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return "contains the control character U+" + String.format("%04X", (int) c) + " at position " + (i + 1)
                        + "; only tab and line breaks are allowed";
            }
            if (isBidiControl(c)) {
                return "contains the bidirectional control U+" + String.format("%04X", (int) c) + " at position " + (i + 1)
                        + "; it would reorder the text shown around it";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired surrogate U+" + String.format("%04X", (int) c) + " at position " + (i + 1)
                        + "; not valid Unicode text";
            }
        }
        return null;
    }

    /**
     * The text with control characters written as visible escapes (\\u0000), to echo a refused value safely. Bidi
     * overrides and isolates are escaped too: echoed raw, they would reorder the page or answer around them.
     */
    public static String visible(String text) {
        if (text == null || (problem(text) == null && text.chars().noneMatch(EdgeText::isBidiControl))) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                    || (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))));
            out.append(bad || isBidiControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    /** U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates). */
    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
