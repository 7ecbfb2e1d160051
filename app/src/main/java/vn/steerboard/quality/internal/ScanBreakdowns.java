package vn.steerboard.quality.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.steerboard.quality.CheckOutcome;
import vn.steerboard.quality.CriterionCap;
import vn.steerboard.quality.CriterionScore;
import vn.steerboard.quality.FindingCount;
import vn.steerboard.quality.ScanBreakdown;
import vn.steerboard.quality.engine.CheckResult;
import vn.steerboard.quality.engine.Criterion;
import vn.steerboard.quality.engine.Findings;
import vn.steerboard.quality.engine.ScanReport;

/** Turns a stored scan report into the six criteria with their checks, findings and masked examples. */
public final class ScanBreakdowns {

    /** How the engine states a cap (Scores.of): "correct capped at 60.0 by cccd_valid (40.0% < 95.0%)". */
    private static final Pattern CAP = Pattern.compile(
            "([a-z]+) capped at ([\\d.]+) by (\\S+) \\(([\\d.]+)% < ([\\d.]+)%\\)");
    private static final int EXAMPLES_SHOWN = 3;

    private ScanBreakdowns() {
    }

    public static ScanBreakdown of(long scanId, long sourceId, OffsetDateTime finishedAt, ScanReport report, Locale locale) {
        Map<Criterion, List<CheckOutcome>> checks = new EnumMap<>(Criterion.class);
        Map<String, Long> failures = new LinkedHashMap<>();
        for (CheckResult result : report.checks()) {
            List<FindingCount> findings = findings(result);
            findings.forEach(f -> failures.merge(f.kind(), f.count(), Long::sum));
            checks.computeIfAbsent(result.criterion(), c -> new ArrayList<>()).add(new CheckOutcome(result.id(),
                    result.type().name(), result.columns(), result.denominator(), result.failed(), result.passRate(),
                    findings, examples(result, locale)));
        }
        Map<Criterion, CriterionCap> caps = caps(report.scores().capsApplied());
        List<CriterionScore> criteria = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            criteria.add(new CriterionScore(criterion, report.scores().criteria().get(criterion),
                    checks.getOrDefault(criterion, List.of()), caps.get(criterion)));
        }
        List<FindingCount> byKind = failures.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new FindingCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(FindingCount::count).reversed()).toList();
        return new ScanBreakdown(scanId, sourceId, finishedAt, report.rows(), report.scores().database(),
                report.scores().band(), criteria, byKind);
    }

    /** The check's failures by finding kind; a check that counts no kinds fails under its own type. */
    private static List<FindingCount> findings(CheckResult result) {
        List<FindingCount> counted = new ArrayList<>();
        if (result.details() != null && result.details().get("findings") instanceof Map<?, ?> byKind) {
            byKind.forEach((kind, count) -> {
                if (count instanceof Number n && n.longValue() > 0) {
                    counted.add(new FindingCount(String.valueOf(kind), n.longValue()));
                }
            });
        }
        long explained = counted.stream().mapToLong(FindingCount::count).sum();
        if (result.failed() > explained) {
            // the sharing declarations are schema-type checks, but what fails there is sharing, not structure
            String kind = result.criterion() == Criterion.SHARED ? "SHARING" : result.type().name();
            counted.add(new FindingCount(kind, result.failed() - explained));
        }
        counted.sort(Comparator.comparingLong(FindingCount::count).reversed());
        return List.copyOf(counted);
    }

    private static List<String> examples(CheckResult result, Locale locale) {
        if (result.examples() == null) {
            return List.of();
        }
        return result.examples().stream().limit(EXAMPLES_SHOWN).map(e -> Findings.render(e, locale)).toList();
    }

    private static Map<Criterion, CriterionCap> caps(List<String> stated) {
        Map<Criterion, CriterionCap> caps = new EnumMap<>(Criterion.class);
        for (String cap : stated == null ? List.<String>of() : stated) {
            Matcher m = CAP.matcher(cap);
            if (m.matches()) {
                caps.put(Criterion.valueOf(m.group(1).toUpperCase(Locale.ROOT)), new CriterionCap(
                        Double.parseDouble(m.group(2)), m.group(3), Double.parseDouble(m.group(4)),
                        Double.parseDouble(m.group(5))));
            }
        }
        return caps;
    }
}
