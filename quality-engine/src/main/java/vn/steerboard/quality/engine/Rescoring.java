package vn.steerboard.quality.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.steerboard.quality.engine.dictionary.Dictionary;

/** A report made elsewhere (uploaded), scored again from its counts alone; see {@link QualityEngine#rescore}. */
final class Rescoring {

    private Rescoring() {
    }

    static ScanReport rescore(ScanReport uploaded, Suite suite, Dictionary dictionary) {
        Map<String, CheckResult> byId = byId(uploaded);
        List<CheckResult> results = new ArrayList<>();
        for (Check check : suite.checks()) {
            CheckResult r = byId.remove(check.id());
            if (r == null) {
                throw new IllegalArgumentException("checks." + check.id() + ": missing from the report; the suite on the server has it");
            }
            results.add(recounted(check, r));
        }
        for (String id : SharingChecks.IDS) {
            byId.remove(id);
        }
        if (!byId.isEmpty()) {
            throw new IllegalArgumentException("checks." + byId.keySet().iterator().next() + ": not a check of the suite on the server");
        }
        results.addAll(SharingChecks.of(suite));
        Scores scores = Scores.of(results, suite.checks(), suite.scoring());
        List<String> gates = Gates.failures(suite, results, scores);
        return Masking.exit(new ScanReport(suite.name(), suite.table(), uploaded.source(), uploaded.dialect(),
                Math.max(0, uploaded.rows()), uploaded.scannedAt(), Math.max(0, uploaded.durationMillis()),
                Math.max(0, uploaded.sqlStatements()), uploaded.javaPass(), results, scores, gates.isEmpty(), gates,
                uploaded.asOf() != null && uploaded.asOf().matches("\\d{4}-\\d{2}-\\d{2}") ? uploaded.asOf() : null,
                Math.max(0, uploaded.sqlMillis()), Math.max(0, uploaded.javaMillis())),
                suite, dictionary);
    }

    /** The uploaded results by id; one without an id, with impossible counts, or given twice is refused. */
    private static Map<String, CheckResult> byId(ScanReport uploaded) {
        Map<String, CheckResult> byId = new LinkedHashMap<>();
        for (CheckResult result : uploaded.checks() == null ? List.<CheckResult>of() : uploaded.checks()) {
            if (result == null || result.id() == null) {
                throw new IllegalArgumentException("checks: every check needs its id");
            }
            if (result.denominator() < 0 || result.failed() < 0 || result.failed() > result.denominator()) {
                throw new IllegalArgumentException("checks." + result.id() + ": failed must be between 0 and the number checked");
            }
            if (byId.put(result.id(), result) != null) {
                throw new IllegalArgumentException("checks." + result.id() + ": given twice");
            }
        }
        return byId;
    }

    /** The check's type, columns, criterion and importance from the server's suite; only the counts from the report. */
    private static CheckResult recounted(Check check, CheckResult r) {
        String by = check.type() == CheckType.SCHEMA ? "metadata" : "java".equals(r.evaluatedBy()) ? "java" : "sql";
        long denominator = check.type() == CheckType.ROW_COUNT ? 1 : r.denominator();
        long failed = check.type() == CheckType.ROW_COUNT ? Math.min(1, r.failed()) : r.failed();
        return new CheckResult(check.id(), check.type(), check.columns(), check.criterion(), check.importance(),
                denominator, failed, r.details() == null ? Map.of() : r.details(),
                r.examples() == null ? List.of() : r.examples().stream().limit(20).toList(), by);
    }
}
