package vn.steerboard.quality.engine;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.dictionary.Element;

/**
 * The one extra pass for checks SQL cannot express in the source's dialect: rows stream through (the
 * driver's fetch size bounds memory), each check keeps only its counters and a few masked examples.
 */
final class JavaPass {

    private final List<Check> checks;
    private final Dictionary dictionary;
    private final List<String> primaryKey;
    private final int maxExamples;
    private final Writer remediation;
    private final Map<Check, long[]> counts = new HashMap<>();
    private final Map<Check, Map<String, Long>> findings = new HashMap<>();
    private final Map<Check, List<String>> examples = new HashMap<>();
    private final Map<Check, Pattern> patterns = new HashMap<>();

    JavaPass(List<Check> checks, Dictionary dictionary, List<String> primaryKey, int maxExamples, Writer remediation) {
        this.checks = checks;
        this.dictionary = dictionary;
        this.primaryKey = primaryKey;
        this.maxExamples = maxExamples;
        this.remediation = remediation;
        for (Check check : checks) {
            counts.put(check, new long[2]);
            findings.put(check, new LinkedHashMap<>());
            examples.put(check, new ArrayList<>());
            if (check.pattern() != null) {
                patterns.put(check, Pattern.compile(check.pattern()));
            }
        }
    }

    void consume(ResultSet rs, Consumer<String> progress, long expectedRows) throws SQLException, IOException {
        long row = 0;
        while (rs.next()) {
            for (Check check : checks) {
                Object raw = rs.getObject(check.column());
                String value = raw == null ? null : raw.toString().strip();
                if (value == null || value.isEmpty()) {
                    continue; // a missing value is counted once, by completeness
                }
                long[] count = counts.get(check);
                count[0]++;
                Optional<Element.Finding> problem = evaluate(check, value,
                        check.relatedColumn() == null ? null : rs.getObject(check.relatedColumn()));
                if (problem.isPresent()) {
                    count[1]++;
                    findings.get(check).merge(problem.get().kind(), 1L, Long::sum);
                    List<String> list = examples.get(check);
                    if (list.size() < maxExamples) {
                        // raw here; the report leaves only through Masking.exit
                        list.add(value + Findings.SEPARATOR + Findings.token(problem.get().code(), problem.get().params()));
                    }
                    if (remediation != null && !primaryKey.isEmpty()) {
                        List<String> key = new ArrayList<>();
                        for (String column : primaryKey) {
                            key.add(String.valueOf(rs.getObject(column)));
                        }
                        writeLine(remediation, String.join("/", key), check.id(), problem.get().reason());
                    }
                }
            }
            if (++row % 1_000_000 == 0) {
                progress.accept(String.format("%,d of %,d rows", row, expectedRows));
            }
        }
    }

    private Optional<Element.Finding> evaluate(Check check, String value, Object related) {
        return switch (check.type()) {
            case DICTIONARY -> dictionary.find(check.element()).orElseThrow().problem(value, related);
            case NFC -> Normalizer.isNormalized(value, Normalizer.Form.NFC) ? Optional.empty()
                    : Element.Finding.invalid("nfc");
            case PATTERN -> patterns.get(check).matcher(value).matches() ? Optional.empty()
                    : Element.Finding.invalid("pattern.regex");
            default -> throw new IllegalStateException(check.type() + " is always evaluated in SQL");
        };
    }

    CheckResult result(Check check) {
        long[] count = counts.get(check);
        Map<String, Object> details = new LinkedHashMap<>();
        if (!findings.get(check).isEmpty()) {
            details.put("findings", findings.get(check));
        }
        return new CheckResult(check.id(), check.type(), check.columns(), check.criterion(), check.importance(),
                count[0], count[1], details, List.copyOf(examples.get(check)), "java");
    }

    static void writeLine(Writer out, String key, String check, String reason) throws IOException {
        out.write(csv(key) + "," + csv(check) + "," + csv(reason) + "\n");
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
