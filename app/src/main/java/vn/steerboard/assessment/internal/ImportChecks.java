package vn.steerboard.assessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.steerboard.assessment.AnswerInput;
import vn.steerboard.assessment.CompletedAssessment;
import vn.steerboard.assessment.EnterpriseSignUp;
import vn.steerboard.assessment.Framework;
import vn.steerboard.assessment.Scoring;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.RowProblem;
import vn.steerboard.registry.Registry;

/**
 * Every row of an import checked as a sign-up ({@link SignUpRules}) and a completion are (the answers by
 * {@link AnswerRules}, every applicable criterion answered), then scored; the problems of all rows together, each
 * naming its row (1 = the batch's first assessment), field and value. Nothing is stored when one is found.
 */
public final class ImportChecks {

    /** At most this many problems are listed: a batch wrong throughout says so without a megabyte of them. */
    static final int MAX_PROBLEMS = 500;

    public record Checked(EnterpriseSignUp signUp, String industry, Map<String, String> answers, Scoring.Result score) {}

    private ImportChecks() {}

    public static List<Checked> check(Framework f, List<CompletedAssessment> rows, Registry registry) {
        List<RowProblem> problems = new ArrayList<>();
        List<Checked> checked = new ArrayList<>(rows.size());
        Map<String, Integer> firstRow = new HashMap<>();
        SignUpRules.Units units = SignUpRules.Units.remembered(registry);
        Map<String, Variant> variants = new HashMap<>();
        for (int i = 0; i < rows.size() && problems.size() < MAX_PROBLEMS; i++) {
            int row = i + 1;
            CompletedAssessment r = rows.get(i);
            if (r == null) {
                problems.add(new RowProblem(row, "assessment", null, "an assessment").because("assessment.import.problem.empty"));
                continue;
            }
            Checked one = one(f, r, row, units, variants, problems);
            if (one == null) {
                continue;
            }
            Integer seen = firstRow.putIfAbsent(one.signUp().taxCode(), row);
            if (seen != null) {
                problems.add(new RowProblem(row, "taxCode", one.signUp().taxCode(), "the tax code is in row " + seen
                        + " of the batch already").because("assessment.import.problem.twice", seen));
                continue;
            }
            checked.add(one);
        }
        if (!problems.isEmpty()) {
            List<RowProblem> listed = problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
            throw new RejectedFileException("rejected-import", "Import refused, nothing stored", listed.size()
                    + (listed.size() == MAX_PROBLEMS ? " or more" : "") + " problem(s) in the batch of " + rows.size()
                    + " assessments; nothing was stored", listed);
        }
        return checked;
    }

    /** What a VSIC code means under the framework, worked out once per batch: its variant, the criteria that apply. */
    private record Variant(String industry, List<String> applicable) {

        static Variant of(Framework f, String vsic) {
            String industry = vn.steerboard.assessment.SelfAssessments.variantOf(f, vsic).orElse(null);
            return new Variant(industry, f.criteria().filter(c -> c.appliesTo(vsic, Results.UNIT_TYPE))
                    .map(Framework.Criterion::code).toList());
        }
    }

    private static Checked one(Framework f, CompletedAssessment r, int row, SignUpRules.Units registry,
            Map<String, Variant> variants, List<RowProblem> problems) {
        EnterpriseSignUp signUp;
        try {
            signUp = SignUpRules.check(new EnterpriseSignUp(r.taxCode(), r.name(), r.vsic(), r.sizeClass(), r.provinceCode(),
                    r.communeCode(), r.email()), registry);
        } catch (RejectedFileException e) {
            e.problems().forEach(p -> problems.add(at(row, p)));
            return null;
        }
        Variant variant = variants.computeIfAbsent(signUp.vsic(), v -> Variant.of(f, v));
        String industry = variant.industry();
        if (industry == null) {
            problems.add(new RowProblem(row, "vsic", signUp.vsic(), "no industry variant of " + f.code() + " covers this VSIC code")
                    .because("assessment.import.problem.industry", f.code()));
            return null;
        }
        Map<String, AnswerInput> inputs = new LinkedHashMap<>();
        if (r.answers() != null) {
            r.answers().forEach((criterion, value) -> inputs.put(criterion, new AnswerInput(value, null)));
        }
        Map<String, AnswerRules.Checked> answers;
        try {
            answers = AnswerRules.check(f, inputs, signUp.vsic());
        } catch (RejectedFileException e) {
            e.problems().forEach(p -> problems.add(at(row, p)));
            return null;
        }
        List<RowProblem> missing = variant.applicable().stream().filter(code -> !answers.containsKey(code))
                .map(code -> new RowProblem(row, "answers." + code, null, "not answered")
                        .because("assessment.self.problem.unanswered")).toList();
        if (!missing.isEmpty()) {
            problems.addAll(missing);
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        answers.forEach((criterion, a) -> values.put(criterion, a.value()));
        return new Checked(signUp, industry, values, Scoring.score(f, values, signUp.vsic(), Results.UNIT_TYPE));
    }

    /** A problem of a row's own check, placed at the row of the batch. */
    private static RowProblem at(int row, RowProblem p) {
        return new RowProblem(row, p.column(), p.value(), p.reason(), p.userReason());
    }
}
