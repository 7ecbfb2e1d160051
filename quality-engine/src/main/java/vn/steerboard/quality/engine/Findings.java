package vn.steerboard.quality.engine;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finding texts travel in reports as codes, {@code {commune.retired|00001|00004, 00005}}, after the (masked)
 * value they describe, and are written out in the reader's language (Vietnamese by default, English).
 * A parameter may hold only letters, digits and {@code , . _ -} and spaces: never free text.
 */
public final class Findings {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** Between an example's value and its finding. */
    public static final String SEPARATOR = " — ";
    private static final Pattern TOKEN = Pattern.compile("\\{([a-z0-9_.]{1,60})((?:\\|[\\p{L}\\p{N} ,._*-]{0,80}){0,4})\\}$");
    private static final Pattern SAFE_PARAM = Pattern.compile("[\\p{L}\\p{N} ,._*-]{0,80}");

    private Findings() {
    }

    /** The finding as a code token; unsafe parameters become "?". */
    public static String token(String code, List<String> params) {
        StringBuilder token = new StringBuilder("{").append(code);
        for (String param : params) {
            token.append('|').append(param != null && SAFE_PARAM.matcher(param).matches() ? param : "?");
        }
        return token.append('}').toString();
    }

    /** Splits "value — {code|…}" into the value and the token; the token is null when there is none. */
    public static String[] split(String example) {
        int at = example.lastIndexOf(SEPARATOR + "{");
        if (at >= 0 && TOKEN.matcher(example.substring(at + SEPARATOR.length())).matches()) {
            return new String[] {example.substring(0, at), example.substring(at + SEPARATOR.length())};
        }
        return new String[] {example, null};
    }

    /** The token's code and parameters, or null when it is not a token. */
    public static List<String> parts(String token) {
        if (token == null) {
            return null;
        }
        Matcher m = TOKEN.matcher(token);
        if (!m.matches()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add(m.group(1));
        if (!m.group(2).isEmpty()) {
            parts.addAll(List.of(m.group(2).substring(1).split("\\|", -1)));
        }
        return parts;
    }

    /** An example with its finding written out in the language; an unknown code stays as it is. */
    public static String render(String example, Locale locale) {
        if (example == null) {
            return null;
        }
        String[] split = split(example);
        List<String> parts = parts(split[1]);
        if (parts == null) {
            return example;
        }
        return split[0] + SEPARATOR + text(parts.get(0), parts.subList(1, parts.size()), locale);
    }

    public static String text(String code, List<String> params, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("vn.steerboard.quality.engine.findings",
                    locale == null || !"en".equals(locale.getLanguage()) ? VIETNAMESE : Locale.ENGLISH,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(code), locale).format(params.toArray());
        } catch (MissingResourceException e) {
            return code + (params.isEmpty() ? "" : " " + String.join(", ", params));
        }
    }
}
