package vn.steerboard.assessment.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.steerboard.assessment.AnswerInput;
import vn.steerboard.assessment.Framework;
import vn.steerboard.common.EdgeText;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.RowProblem;

/**
 * Checks answers before anything is stored. Scoring gives 0 to a choice it does not know or a number outside every
 * band; here such an answer is refused, with the criterion and the value named (400), so a typo never scores 0 silently.
 */
public final class AnswerRules {

    public static final int MAX_TEXT = 500;

    public record Checked(String value, String evidence) {}

    private AnswerRules() {}

    public static Map<String, Checked> check(Framework f, Map<String, AnswerInput> answers, String vsic) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Checked> checked = new LinkedHashMap<>();
        if (answers == null || answers.isEmpty()) {
            problems.add(new RowProblem(1, "answers", null, "at least one answer").because(KEY + "none"));
        } else {
            // by code once per call: looking each answer's criterion up through the hierarchy was a bulk import's cost
            Map<String, Framework.Criterion> criteria = new java.util.HashMap<>();
            f.criteria().forEach(c -> criteria.putIfAbsent(c.code(), c));
            int row = 0;
            for (Map.Entry<String, AnswerInput> entry : answers.entrySet()) {
                row++;
                Checked c = one(f, criteria.get(entry.getKey()), entry.getKey(), entry.getValue(), vsic, row, problems);
                if (c != null) {
                    checked.put(entry.getKey(), c);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedFileException("rejected-answers", "Answers refused, nothing stored", problems.size()
                    + " answer(s) refused; nothing was stored", problems);
        }
        return checked;
    }

    private static Checked one(Framework f, Framework.Criterion c, String code, AnswerInput input, String vsic, int row,
            List<RowProblem> problems) {
        String value = input == null || input.value() == null ? "" : input.value().strip();
        java.util.function.Supplier<String> field = () -> "answers."
                + EdgeText.visible(code.length() > 64 ? code.substring(0, 64) : code);
        if (c == null) {
            problems.add(new RowProblem(row, field.get(), visible(value), "no such criterion in " + f.code() + " version " + f.version())
                    .because(KEY + "noCriterion", f.code(), f.version()));
            return null;
        }
        if (!c.appliesTo(vsic, "ENTERPRISE") && f.audience() == Framework.Audience.ENTERPRISE) {
            problems.add(new RowProblem(row, field.get(), visible(value), "this criterion does not apply to industry " + vsic)
                    .because(KEY + "notApplicable", vsic));
            return null;
        }
        Problem reason = problem(c, value);
        String evidence = input == null || input.evidence() == null || input.evidence().isBlank() ? null : input.evidence().strip();
        if (reason == null && evidence != null) {
            reason = text(evidence, "evidence");
        }
        if (reason != null) {
            problems.add(new RowProblem(row, field.get(), visible(value), reason.text()).because(reason.key(), reason.args()));
            return null;
        }
        return new Checked(c.type() == vn.steerboard.assessment.AnswerType.YES_NO ? value.toLowerCase(Locale.ROOT)
                : java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC), evidence == null ? null
                : java.text.Normalizer.normalize(evidence, java.text.Normalizer.Form.NFC));
    }

    /** Why a value is refused: the English words for API clients, and the bundle key the others read. */
    public record Problem(String text, String key, Object... args) {}

    private static final String KEY = "assessment.answer.problem.";
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]{1,12}([.,][0-9]{1,6})?");
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[a-z][a-z0-9+.-]*:.*", java.util.regex.Pattern.DOTALL);

    /** Why the value is not an answer to the criterion, or null (English). */
    public static String reason(Framework.Criterion c, String value) {
        Problem p = problem(c, value);
        return p == null ? null : p.text();
    }

    /** Why the value is not an answer to the criterion, or null. */
    public static Problem problem(Framework.Criterion c, String value) {
        if (value.isEmpty()) {
            return new Problem("an answer is required", KEY + "required");
        }
        return switch (c.type()) {
            case CHOICE -> {
                for (Framework.Choice choice : c.choices()) {
                    if (choice.code().equals(value)) {
                        yield null;
                    }
                }
                List<String> codes = c.choices().stream().map(Framework.Choice::code).toList();
                yield new Problem("not one of the choices " + codes, KEY + "choice", String.join(", ", codes));
            }
            case YES_NO -> value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("no") ? null
                    : new Problem("yes or no", KEY + "yesNo");
            case PERCENTAGE -> {
                Double n = number(value);
                yield n != null && n >= 0 && n <= 100 ? null : new Problem("a percentage from 0 to 100", KEY + "percentage");
            }
            case NUMBER -> {
                Double n = number(value);
                yield n == null ? new Problem("a number", KEY + "number")
                        : c.bands().stream().anyMatch(b -> n >= b.from() && n < b.to()) ? null : bands(c);
            }
            case FILE -> text(value, "evidence");
        };
    }

    private static Problem bands(Framework.Criterion c) {
        List<String> bands = c.bands().stream().map(b -> "[" + b.from() + ", " + b.to() + ")").toList();
        return new Problem("outside every scoring band of this criterion " + bands, KEY + "band", String.join(" ", bands));
    }

    private static Problem text(String value, String what) {
        String problem = EdgeText.problem(value);
        if (problem != null) {
            return new Problem(what + " " + problem, KEY + "unstorable");
        }
        if (value.length() > MAX_TEXT) {
            return new Problem(what + " of at most " + MAX_TEXT + " characters", KEY + "tooLong", MAX_TEXT);
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (SCHEME.matcher(lower).matches() && !lower.startsWith("https://") && !lower.startsWith("http://")) {
            return new Problem(what + ": a link must be http(s); other schemes are refused", KEY + "scheme");
        }
        return null;
    }

    private static Double number(String value) {
        if (!NUMBER.matcher(value).matches()) {
            return null;
        }
        return Double.parseDouble(value.replace(',', '.'));
    }

    private static String visible(String value) {
        String v = EdgeText.visible(value);
        return v != null && v.length() > 100 ? v.substring(0, 100) + "…" : v;
    }
}
