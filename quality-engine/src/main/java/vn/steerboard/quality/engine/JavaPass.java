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
import vn.steerboard.quality.engine.dictionary.BoundedMatch;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.dictionary.Element;
import vn.steerboard.quality.engine.dictionary.Kinds;

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
    private final java.time.LocalDate asOf;
    private final Map<Check, long[]> counts = new HashMap<>();
    private final Map<Check, Map<String, Long>> findings = new HashMap<>();
    private final Map<Check, List<String>> examples = new HashMap<>();
    private final Map<Check, java.util.Set<String>> exampleKinds = new HashMap<>();
    private final Map<Check, Pattern> patterns = new HashMap<>();

    JavaPass(List<Check> checks, Dictionary dictionary, List<String> primaryKey, int maxExamples, Writer remediation,
            java.time.LocalDate asOf) {
        this.checks = checks;
        this.dictionary = dictionary;
        this.primaryKey = primaryKey;
        this.maxExamples = maxExamples;
        this.remediation = remediation;
        this.asOf = asOf;
        for (Check check : checks) {
            counts.put(check, new long[2]);
            Map<String, Long> byKind = new LinkedHashMap<>();
            Kinds.of(check.type(), element(check), check.trim()).forEach(kind -> byKind.put(kind, 0L));
            findings.put(check, byKind);
            examples.put(check, new ArrayList<>());
            exampleKinds.put(check, new java.util.HashSet<>());
            if (check.pattern() != null) {
                patterns.put(check, Pattern.compile(check.pattern()));
            }
        }
    }

    private Element element(Check check) {
        return check.type() == CheckType.DICTIONARY ? dictionary.find(check.element()).orElseThrow() : null;
    }

    void consume(ResultSet rs, Consumer<String> progress, RowProgress rowProgress, long expectedRows)
            throws SQLException, IOException {
        long row = 0;
        while (rs.next()) {
            for (Check check : checks) {
                Object raw = rs.getObject(check.column());
                String value = raw == null ? null : raw.toString();
                if (Kinds.blank(value)) {
                    continue; // a missing value is counted once, by completeness
                }
                long[] count = counts.get(check);
                count[0]++;
                Optional<Element.Finding> problem = bounded(check, row + 1, value,
                        check.relatedColumn() == null ? null : rs.getObject(check.relatedColumn()),
                        check.genderColumn() == null ? null : rs.getObject(check.genderColumn()));
                if (problem.isPresent()) {
                    count[1]++;
                    String kind = problem.get().kind();
                    findings.get(check).merge(kind, 1L, Long::sum);
                    List<String> list = examples.get(check);
                    // one example per kind, as the SQL statement gives
                    if (list.size() < maxExamples && exampleKinds.get(check).add(kind)) {
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
                rowProgress.rows(row, expectedRows);
            }
        }
    }

    /** A suite's pattern that backtracks without end stops the scan, named; the value is not quoted (personal data). */
    private Optional<Element.Finding> bounded(Check check, long row, String value, Object related, Object gender) {
        try {
            return evaluate(check, value, related, gender);
        } catch (BoundedMatch.TooCostly e) {
            throw new ScanException("Check '" + check.id() + "': its regular expression needed more than "
                    + String.format("%,d", BoundedMatch.STEPS) + " steps on the value of row " + row + " of column '"
                    + check.column() + "'; nested repetition such as ((a+)+)+ or (.*a){12} backtracks without end: rewrite the pattern", e);
        }
    }

    /** The same rules, in the same order, as the SQL of {@code ScanPlan}. */
    private Optional<Element.Finding> evaluate(Check check, String value, Object related, Object gender) {
        if (check.type() == CheckType.NFC) {
            return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? Optional.empty()
                    : Element.Finding.of(Kinds.NOT_NFC, "nfc");
        }
        if (!check.trim() && Kinds.surroundingWhitespace(value)) {
            return Element.Finding.of(Kinds.SURROUNDING_WHITESPACE, "whitespace");
        }
        String tested = check.trim() ? Kinds.trim(value) : value;
        return switch (check.type()) {
            case DICTIONARY -> {
                Element element = element(check);
                Object context = related;
                if (element.dated() && Element.asDate(related) == null) {
                    context = asOf; // an undated record is judged on the scan's as-of date
                }
                yield element.problem(tested, context, gender);
            }
            case PATTERN -> BoundedMatch.matches(patterns.get(check), tested) ? Optional.empty()
                    : Element.Finding.of(Kinds.BAD_FORMAT, "pattern.regex");
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

    /** A spreadsheet formula's first characters; a value (a key from the data, a check id) starting so is defused. */
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    static String csv(String value) {
        // a spreadsheet opening the list must not run "=HYPERLINK(…)" from a row's key: a leading quote makes it text
        String safe = FORMULA.matcher(value).matches() && !NUMBER.matcher(value).matches() ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
