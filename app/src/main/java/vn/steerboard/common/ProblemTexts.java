package vn.steerboard.common;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Says a refusal in the user's language, from the message bundles: "Trường “Lý do” chưa được điền: cần nêu lý do
 * trả lại báo cáo." rather than the exception's English. English readers get the exception's own text, which is
 * what API clients have always been answered. A reason that has no bundle key yet falls back to its English words
 * inside the Vietnamese frame.
 */
@Component
public class ProblemTexts {

    private static final Locale ENGLISH = Locale.ENGLISH;

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The language an API answer is given in: Vietnamese when the client asks for it first (Accept-Language: vi),
     * English otherwise, so API clients that ask for no language keep the English details they have always had.
     */
    public static Locale answerLocale(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return ENGLISH;
        }
        for (java.util.Enumeration<Locale> locales = request.getLocales(); locales.hasMoreElements();) {
            String language = locales.nextElement().getLanguage();
            if (language.equals("vi") || language.equals("en")) {
                return Locale.forLanguageTag(language);
            }
        }
        return ENGLISH;
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** Any refusal the pages show: invalid values, conflicts, things not found, access refused. */
    public String describe(Throwable e, Locale locale) {
        if (e instanceof InvalidParameterException invalid) {
            return describe(invalid, locale);
        }
        if (e instanceof RejectedFileException rejected && !isEnglish(locale)) {
            return text("problem.rejected", locale, rejected.problems().size());
        }
        if (e instanceof EdgeText.UnstorableTextException unstorable && unstorable.userMessage() != null
                && !isEnglish(locale)) {
            return describeUnstorable(unstorable.field(), unstorable.userMessage(), locale);
        }
        if (e instanceof UserMessage.Explained explained && explained.userMessage() != null && !isEnglish(locale)) {
            return text(explained.userMessage(), locale);
        }
        return e.getMessage();
    }

    public String describe(InvalidParameterException e, Locale locale) {
        if (isEnglish(locale)) {
            return e.getMessage();
        }
        String reason = e.reason() == null ? e.expectation() : text(e.reason(), locale);
        boolean empty = e.value() == null || "null".equals(e.value()) || e.value().isBlank();
        String frame = (e.isField() ? "problem.field" : "problem.parameter") + (empty ? ".empty" : "");
        return text(frame, locale, label(e.parameter(), locale), e.value(), reason);
    }

    /** A message of the bundles in the user's language. */
    public String describe(UserMessage message, Locale locale) {
        return text(message, locale);
    }

    /** Text that cannot be stored: "Trường “Tên” chứa ký tự điều khiển U+0000 ở vị trí 3; …" */
    public String describeUnstorable(String field, UserMessage reason, Locale locale) {
        return text("problem.text", locale, label(field, locale), text(reason, locale));
    }

    /** One row's problem: "Dòng 3, Kỳ báo cáo “2027-01”: kỳ báo cáo chưa bắt đầu." */
    public String describe(RowProblem problem, Locale locale) {
        if (isEnglish(locale)) {
            return problem.toString();
        }
        String reason = problem.userReason() == null ? problem.reason() : text(problem.userReason(), locale);
        boolean empty = problem.value() == null || problem.value().isBlank();
        return text(empty ? "problem.row.empty" : "problem.row", locale, problem.row(), label(problem.column(), locale),
                problem.value(), reason);
    }

    /** A field's name as users know it ({@code field.*}), or the name itself, e.g. a data element code. */
    public String label(String field, Locale locale) {
        if (field == null) {
            return "";
        }
        if (field.startsWith("rule ")) {
            return messages.getMessage("field.rule", new Object[] {field.substring("rule ".length())}, locale);
        }
        return messages.getMessage("field." + field, null, field, locale);
    }

    /**
     * A problem's title in the answer's language: the bundle's words for its type ({@code problem.title.not-found}),
     * else for its status ({@code problem.title.status.404}); an English client keeps the English title it was given.
     *
     * @param type the last part of the problem's type URI ({@code not-found}), or null
     */
    public String title(String type, int status, String english, Locale locale) {
        if (isEnglish(locale)) {
            return english;
        }
        String byType = type == null ? null : messages.getMessage("problem.title." + type, null, null, locale);
        return byType != null ? byType : messages.getMessage("problem.title.status." + status, null, english, locale);
    }

    private String text(UserMessage message, Locale locale) {
        // dates as users write them, nested words (e.g. a period type) in the same language
        Object[] args = message.args().stream().map(a -> a instanceof java.time.LocalDate d
                ? String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())
                : a instanceof UserMessage nested ? text(nested, locale) : a).toArray();
        return text(message.key(), locale, args);
    }

    private String text(String key, Locale locale, Object... args) {
        try {
            return messages.getMessage(key, args, locale);
        } catch (NoSuchMessageException missing) {
            // a key without text is a defect the bundle test catches; the user still gets the key, never a stack
            return key;
        }
    }
}
