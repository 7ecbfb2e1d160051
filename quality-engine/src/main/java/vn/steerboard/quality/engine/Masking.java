package vn.steerboard.quality.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.steerboard.quality.engine.dictionary.Dictionary;

/**
 * The one exit of every scan report: {@link #exit} masks the values of personal columns everywhere in a report
 * (examples, finding parameters, details) and leaves other values (administrative codes, statuses) in clear.
 * A column is personal when the suite lists it in {@code personal_data} or checks it against a personal
 * dictionary element (CCCD, tax code, phone, e-mail, name). A masked value keeps at most its first two and last
 * two characters ({@code 00********45}), so no run of more than two of its characters is ever shown; values of
 * four characters or fewer are masked whole. Masking a masked value changes nothing, so the server can pass
 * uploaded reports through the same exit.
 */
public final class Masking {

    private Masking() {
    }

    public static String mask(Object value) {
        if (value == null) {
            return null;
        }
        int[] codePoints = value.toString().codePoints().toArray();
        int length = codePoints.length;
        int head = length >= 8 ? 2 : length >= 5 ? 1 : 0;
        int tail = head;
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i < head || i >= length - tail) {
                masked.appendCodePoint(codePoints[i]);
            } else {
                masked.append('*');
            }
        }
        return masked.toString();
    }

    /** The columns whose values are personal data, lower case. */
    public static Set<String> personalColumns(Suite suite, Dictionary dictionary) {
        Set<String> personal = new LinkedHashSet<>();
        suite.personalColumns().forEach(c -> personal.add(c.toLowerCase(Locale.ROOT)));
        Dictionary withOwn = dictionary.with(suite.elements());
        for (Check check : suite.checks()) {
            if (check.type() == CheckType.DICTIONARY && withOwn.find(check.element()).map(e -> e.personal()).orElse(false)) {
                check.columns().forEach(c -> personal.add(c.toLowerCase(Locale.ROOT)));
            }
        }
        return personal;
    }

    /** The report as it may leave: personal values masked, everything else as it was. */
    public static ScanReport exit(ScanReport report, Suite suite, Dictionary dictionary) {
        Set<String> personal = personalColumns(suite, dictionary);
        Map<String, Check> checks = new LinkedHashMap<>();
        suite.checks().forEach(check -> checks.put(check.id(), check));
        List<CheckResult> results = new ArrayList<>();
        for (CheckResult result : report.checks()) {
            Check check = checks.get(result.id());
            boolean masked = touchesPersonal(result.columns(), personal)
                    || (check != null && (touchesPersonal(check.columns(), personal)
                    || check.relatedColumn() != null && personal.contains(check.relatedColumn().toLowerCase(Locale.ROOT))));
            results.add(masked ? maskResult(result) : result);
        }
        return new ScanReport(report.suite(), report.table(), report.source(), report.dialect(), report.rows(),
                report.scannedAt(), report.durationMillis(), report.sqlStatements(), report.javaPass(), List.copyOf(results),
                report.scores(), report.gatePassed(), report.gateFailures(), report.asOf(), report.sqlMillis(),
                report.javaMillis());
    }

    private static boolean touchesPersonal(List<String> columns, Set<String> personal) {
        return columns != null && columns.stream().anyMatch(c -> personal.contains(c.toLowerCase(Locale.ROOT)));
    }

    private static CheckResult maskResult(CheckResult result) {
        List<String> examples = new ArrayList<>();
        for (String example : result.examples() == null ? List.<String>of() : result.examples()) {
            examples.add(maskExample(example));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (result.details() != null) {
            result.details().forEach((key, value) -> details.put(key, value instanceof String text ? mask(text) : value));
        }
        return new CheckResult(result.id(), result.type(), result.columns(), result.criterion(), result.importance(),
                result.denominator(), result.failed(), details, List.copyOf(examples), result.evaluatedBy());
    }

    /** "value — {code|p…}" with the value and every parameter masked; anything else masked whole. */
    static String maskExample(String example) {
        if (example == null) {
            return null;
        }
        String[] split = Findings.split(example);
        List<String> parts = Findings.parts(split[1]);
        if (parts == null) {
            return mask(example);
        }
        List<String> params = new ArrayList<>();
        parts.subList(1, parts.size()).forEach(p -> params.add(mask(p)));
        return mask(split[0]) + Findings.SEPARATOR + Findings.token(parts.get(0), params);
    }
}
