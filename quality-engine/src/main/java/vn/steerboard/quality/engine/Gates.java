package vn.steerboard.quality.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The gates a scan must pass: each check's gate, each finding kind's gate, and the suite's minimum score. */
final class Gates {

    private Gates() {
    }

    /** What failed, in that order; empty when the scan passes. {@code results} line up with the suite's checks. */
    static List<String> failures(Suite suite, List<CheckResult> results, Scores scores) {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < suite.checks().size(); i++) {
            Check check = suite.checks().get(i);
            if (check.gate() != null && results.get(i).passRate() < check.gate()) {
                failures.add(check.id() + " pass rate " + Math.round(results.get(i).passRate() * 1000) / 10.0
                        + "% < gate " + check.gate() * 100 + "%");
            }
        }
        for (int i = 0; i < suite.checks().size(); i++) {
            kindGateFailures(suite.checks().get(i), results.get(i), failures);
        }
        if (suite.minScore() != null && scores.database() < suite.minScore()) {
            failures.add("database score " + scores.database() + " < min_score " + suite.minScore());
        }
        return failures;
    }

    private static void kindGateFailures(Check check, CheckResult result, List<String> failures) {
        if (check.kindGates().isEmpty() || result.details() == null
                || !(result.details().get("findings") instanceof Map<?, ?> byKind)) {
            return;
        }
        check.kindGates().forEach((kind, gate) -> {
            long count = byKind.get(kind) instanceof Number n ? n.longValue() : 0;
            double rate = result.denominator() == 0 ? 1.0 : (double) (result.denominator() - count) / result.denominator();
            if (rate < gate) {
                failures.add(check.id() + " " + kind + " pass rate " + Math.round(rate * 1000) / 10.0
                        + "% < gate " + gate * 100 + "%");
            }
        });
    }
}
