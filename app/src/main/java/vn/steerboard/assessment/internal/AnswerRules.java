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
            problems.add(new RowProblem(1, "answers", null, "at least one answer"));
        } else {
            int row = 0;
            for (Map.Entry<String, AnswerInput> entry : answers.entrySet()) {
                row++;
                Checked c = one(f, entry.getKey(), entry.getValue(), vsic, row, problems);
                if (c != null) {
                    checked.put(entry.getKey(), c);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedFileException("Answers refused, nothing stored", problems.size()
                    + " answer(s) refused; nothing was stored", problems);
        }
        return checked;
    }

    private static Checked one(Framework f, String code, AnswerInput input, String vsic, int row, List<RowProblem> problems) {
        Framework.Criterion c = f.criterion(code).orElse(null);
        String value = input == null || input.value() == null ? "" : input.value().strip();
        String field = "answers." + EdgeText.visible(code.length() > 64 ? code.substring(0, 64) : code);
        if (c == null) {
            problems.add(new RowProblem(row, field, visible(value), "no such criterion in " + f.code() + " version " + f.version()));
            return null;
        }
        if (!c.appliesTo(vsic, "ENTERPRISE") && f.audience() == Framework.Audience.ENTERPRISE) {
            problems.add(new RowProblem(row, field, visible(value), "this criterion does not apply to industry " + vsic));
            return null;
        }
        String reason = reason(c, value);
        String evidence = input == null || input.evidence() == null || input.evidence().isBlank() ? null : input.evidence().strip();
        if (reason == null && evidence != null) {
            reason = text(evidence, "evidence");
        }
        if (reason != null) {
            problems.add(new RowProblem(row, field, visible(value), reason));
            return null;
        }
        return new Checked(c.type() == vn.steerboard.assessment.AnswerType.YES_NO ? value.toLowerCase(Locale.ROOT)
                : java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC), evidence == null ? null
                : java.text.Normalizer.normalize(evidence, java.text.Normalizer.Form.NFC));
    }

    /** Why the value is not an answer to the criterion, or null. */
    public static String reason(Framework.Criterion c, String value) {
        if (value.isEmpty()) {
            return "an answer is required";
        }
        return switch (c.type()) {
            case CHOICE -> c.choices().stream().anyMatch(ch -> ch.code().equals(value)) ? null
                    : "not one of the choices " + c.choices().stream().map(Framework.Choice::code).toList();
            case YES_NO -> value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("no") ? null : "yes or no";
            case PERCENTAGE -> number(value) != null && number(value) >= 0 && number(value) <= 100 ? null
                    : "a percentage from 0 to 100";
            case NUMBER -> number(value) == null ? "a number"
                    : c.bands().stream().anyMatch(b -> number(value) >= b.from() && number(value) < b.to()) ? null
                    : "outside every scoring band of this criterion " + c.bands().stream()
                            .map(b -> "[" + b.from() + ", " + b.to() + ")").toList();
            case FILE -> text(value, "evidence");
        };
    }

    private static String text(String value, String what) {
        String problem = EdgeText.problem(value);
        if (problem != null) {
            return what + " " + problem;
        }
        if (value.length() > MAX_TEXT) {
            return what + " of at most " + MAX_TEXT + " characters";
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.startsWith("https://") && !lower.startsWith("http://")) {
            return what + ": a link must be http(s); other schemes are refused";
        }
        return null;
    }

    private static Double number(String value) {
        if (!value.matches("-?[0-9]{1,12}([.,][0-9]{1,6})?")) {
            return null;
        }
        return Double.parseDouble(value.replace(',', '.'));
    }

    private static String visible(String value) {
        String v = EdgeText.visible(value);
        return v != null && v.length() > 100 ? v.substring(0, 100) + "…" : v;
    }
}
