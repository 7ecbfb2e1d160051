package vn.steerboard.delivery.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import vn.steerboard.common.EdgeText;
import vn.steerboard.common.RowProblem;
import vn.steerboard.delivery.ProcedureDraft;
import vn.steerboard.delivery.ProcedureVersion;

/**
 * The checks every procedure passes before it is stored, whether it came by the API or in a spreadsheet row. Text
 * that a spreadsheet would run as a formula (a leading =, +, -, @) is refused, so an export can never carry one.
 */
public final class ProcedureRules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    static final int NAME_MAX = 1000;
    static final int AGENCIES_MAX = 2000;

    private ProcedureRules() {
    }

    /** The draft as a version to store, or null with the row's problems added to {@code problems}. */
    public static ProcedureVersion check(int row, ProcedureDraft d, String by, OffsetDateTime at, List<RowProblem> problems,
            DeliveryTexts texts) {
        int before = problems.size();
        if (d == null) {
            problems.add(new RowProblem(row, "procedure", null, texts.get("delivery.problem.missing")));
            return null;
        }
        String code = d.code() == null ? null : d.code().strip();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new RowProblem(row, "code", EdgeText.visible(d.code()), texts.get("delivery.problem.code")));
        }
        String name = text(row, "name", d.name(), NAME_MAX, problems, texts);
        String agencies = text(row, "handlingAgencies", d.handlingAgencies(), AGENCIES_MAX, problems, texts);
        required(row, "competence", d.competence(), "CENTRAL, PROVINCE, COMMUNE", problems, texts);
        required(row, "applicantKind", d.applicantKind(), "CITIZEN, BUSINESS, BOTH", problems, texts);
        required(row, "onlineLevel", d.onlineLevel(), "NONE, PARTIAL, FULL", problems, texts);
        required(row, "fullyOnlineEligible", d.fullyOnlineEligible(), "true, false", problems, texts);
        required(row, "populationData", d.populationData(), "true, false", problems, texts);
        if (d.feeVnd() == null || d.feeVnd() < 0) {
            problems.add(new RowProblem(row, "feeVnd", String.valueOf(d.feeVnd()), texts.get("delivery.problem.fee")));
        }
        if (d.onlineLevel() == vn.steerboard.delivery.OnlineLevel.FULL && Boolean.FALSE.equals(d.fullyOnlineEligible())) {
            problems.add(new RowProblem(row, "onlineLevel", "FULL", texts.get("delivery.problem.fullNotEligible")));
        }
        if (Boolean.TRUE.equals(d.publishedOnTime()) && d.publishedOn() == null) {
            problems.add(new RowProblem(row, "publishedOnTime", "true", texts.get("delivery.problem.onTimeNeedsDay")));
        }
        if (problems.size() > before) {
            return null;
        }
        return new ProcedureVersion(code, 0, name, d.competence(), agencies, d.applicantKind(), d.feeVnd(),
                d.fullyOnlineEligible(), d.onlineLevel(), d.populationData(), d.publishedOn(),
                Boolean.TRUE.equals(d.publishedOnTime()), Boolean.TRUE.equals(d.componentsComplete()),
                Boolean.TRUE.equals(d.synthetic()), by, at);
    }

    private static void required(int row, String field, Object value, String expected, List<RowProblem> problems,
            DeliveryTexts texts) {
        if (value == null) {
            problems.add(new RowProblem(row, field, null, texts.get("delivery.problem.missingExpected", expected)));
        }
    }

    private static String text(int row, String field, String value, int max, List<RowProblem> problems,
            DeliveryTexts texts) {
        if (value == null || value.isBlank()) {
            problems.add(new RowProblem(row, field, null, texts.get("delivery.problem.missing")));
            return null;
        }
        String problem = EdgeText.problem(value);
        if (problem != null) {
            problems.add(new RowProblem(row, field, EdgeText.visible(value), problem));
            return null;
        }
        String text = EdgeText.accept(field, value).strip();
        if (text.length() > max) {
            problems.add(new RowProblem(row, field, String.valueOf(text.length()), texts.get("delivery.problem.tooLong", max)));
            return null;
        }
        if (formulaLike(text)) {
            problems.add(new RowProblem(row, field, text, texts.get("delivery.problem.formula", String.valueOf(text.charAt(0)))));
            return null;
        }
        return text;
    }

    /** True for text a spreadsheet program would evaluate (CSV/formula injection). */
    public static boolean formulaLike(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }
}
