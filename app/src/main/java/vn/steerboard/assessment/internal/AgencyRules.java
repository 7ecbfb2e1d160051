package vn.steerboard.assessment.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.steerboard.assessment.AnswerInput;
import vn.steerboard.assessment.AnswerType;
import vn.steerboard.assessment.Framework;
import vn.steerboard.common.EdgeText;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.RowProblem;

/**
 * An agency's answers, checked before anything is stored. A FILE criterion is answered by attaching a file, never by
 * typed text; a note is plain text of at most 500 characters that a spreadsheet could not run as a formula. MOST's
 * appraisal of a FILE criterion is {@link #ACCEPTED} or {@link #REJECTED} (the evidence does not count).
 */
public final class AgencyRules {

    public static final String ATTACHED = "file";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";

    private AgencyRules() {}

    public static Map<String, AnswerRules.Checked> check(Framework f, Map<String, AnswerInput> answers, String unitType) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, AnswerRules.Checked> checked = new LinkedHashMap<>();
        if (answers == null || answers.isEmpty()) {
            problems.add(new RowProblem(1, "answers", null, "at least one answer").because("assessment.agency.problem.noAnswer"));
        } else {
            int row = 0;
            for (Map.Entry<String, AnswerInput> e : answers.entrySet()) {
                AnswerRules.Checked c = one(f, e.getKey(), e.getValue(), unitType, ++row, problems);
                if (c != null) {
                    checked.put(e.getKey(), c);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedFileException("rejected-answers", "Answers refused, nothing stored", problems.size()
                    + " answer(s) refused; nothing was stored", problems);
        }
        return checked;
    }

    private static AnswerRules.Checked one(Framework f, String code, AnswerInput input, String unitType, int row,
            List<RowProblem> problems) {
        Framework.Criterion c = criterion(f, code, unitType);
        String value = input == null || input.value() == null ? "" : input.value().strip();
        String note = input == null || input.evidence() == null || input.evidence().isBlank() ? null : input.evidence().strip();
        String field = "answers." + shown(code);
        if (c == null) {
            problems.add(new RowProblem(row, field, shown(value), "no such criterion for this agency")
                    .because("assessment.agency.problem.criterion"));
            return null;
        }
        if (c.type() == AnswerType.FILE) {
            problems.add(new RowProblem(row, field, shown(value), "answered by attaching an evidence file")
                    .because("assessment.agency.problem.attach"));
            return null;
        }
        String reason = AnswerRules.reason(c, value);
        if (reason != null) {
            problems.add(new RowProblem(row, field, shown(value), reason).because("assessment.agency.problem.value"));
            return null;
        }
        String noteProblem = note(note);
        if (noteProblem != null) {
            problems.add(new RowProblem(row, field + ".note", shown(note), noteProblem)
                    .because("assessment.agency.problem.note"));
            return null;
        }
        return new AnswerRules.Checked(c.type() == AnswerType.YES_NO ? value.toLowerCase(java.util.Locale.ROOT)
                : EdgeText.accept(field, value), note == null ? null : EdgeText.accept(field, note));
    }

    /** The criterion, if the framework has it and it applies to the unit type. */
    public static Framework.Criterion criterion(Framework f, String code, String unitType) {
        return code == null ? null : f.criterion(code).filter(c -> c.appliesTo(null, unitType)).orElse(null);
    }

    /** Why the note cannot be stored, or null. */
    public static String note(String note) {
        if (note == null) {
            return null;
        }
        if (EdgeText.problem(note) != null || note.length() > AnswerRules.MAX_TEXT) {
            return "plain text of at most " + AnswerRules.MAX_TEXT + " characters";
        }
        return formulaLike(note) ? "text a spreadsheet would run as a formula (a leading =, +, - or @)" : null;
    }

    /** Text a spreadsheet program would evaluate (CSV/formula injection). */
    public static boolean formulaLike(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** The answers as scored: a FILE criterion counts when its evidence is attached and MOST has not rejected it. */
    public static Map<String, String> scored(Map<String, AgencyStore.Answer> answers, boolean appraised) {
        Map<String, String> scored = new LinkedHashMap<>();
        answers.forEach((k, a) -> {
            String v = appraised ? a.effective() : a.value();
            if (!REJECTED.equals(v)) {
                scored.put(k, v);
            }
        });
        return scored;
    }

    static String shown(String value) {
        String v = EdgeText.visible(value);
        return v != null && v.length() > 100 ? v.substring(0, 100) + "…" : v;
    }
}
