package vn.steerboard.quality.engine.suite;

import static vn.steerboard.quality.engine.suite.YamlFields.bool;
import static vn.steerboard.quality.engine.suite.YamlFields.fields;
import static vn.steerboard.quality.engine.suite.YamlFields.identifier;
import static vn.steerboard.quality.engine.suite.YamlFields.identifiers;
import static vn.steerboard.quality.engine.suite.YamlFields.line;
import static vn.steerboard.quality.engine.suite.YamlFields.number;
import static vn.steerboard.quality.engine.suite.YamlFields.required;
import static vn.steerboard.quality.engine.suite.YamlFields.scalar;
import static vn.steerboard.quality.engine.suite.YamlFields.scalars;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import vn.steerboard.quality.engine.Check;
import vn.steerboard.quality.engine.CheckType;
import vn.steerboard.quality.engine.ColumnType;
import vn.steerboard.quality.engine.Criterion;
import vn.steerboard.quality.engine.SuiteException;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.dictionary.Kinds;
import vn.steerboard.quality.engine.expression.ExpressionException;
import vn.steerboard.quality.engine.expression.RowExpression;

/**
 * Reads one check of a suite: its type, then each field the type uses, in a fixed order (so the first problem
 * named is always the same one). The type-specific sections: range bounds ({@link RangeBounds}), dictionary element, schema columns
 * ({@link ExpectedColumns}), cap, reference, expression, trim, gender column and kind gates.
 */
final class CheckReader {

    private static final Set<String> CHECK_FIELDS = Set.of("id", "type", "column", "columns", "criterion",
            "importance", "pattern", "values", "min", "max", "not_in_future", "element", "related_column", "days",
            "min_rows", "expected_columns", "cap", "gate", "reference_table", "reference_column", "expression", "trim",
            "gender_column", "kind_gates");

    /** When the pass rate is below {@code below}, the criterion score cannot exceed {@code max}. */
    private record Cap(Double below, Double max) {
        static final Cap NONE = new Cap(null, null);
    }

    private final MappingNode mapping;
    private final Map<String, NodeTuple> f;
    private final int line;
    private final Dictionary dictionary;

    private CheckReader(MappingNode mapping, Dictionary dictionary) {
        this.mapping = mapping;
        this.f = fields(mapping, CHECK_FIELDS, "check");
        this.line = line(mapping);
        this.dictionary = dictionary;
    }

    /** The check at {@code node}, the {@code index}-th of the suite (1-based), named in a refusal. */
    static Check read(Node node, int index, Dictionary dictionary) {
        if (!(node instanceof MappingNode mapping)) {
            throw new SuiteException(line(node), "checks[" + index + "]", "each check is a mapping with a 'type'").because("checkShape");
        }
        return new CheckReader(mapping, dictionary).check();
    }

    private Check check() {
        CheckType type = type();
        List<String> columns = columns(type);
        String id = f.containsKey("id") ? scalar(f.get("id").getValueNode(), "id")
                : type.yamlName() + (columns.isEmpty() ? "" : "_" + String.join("_", columns));
        Criterion criterion = criterion(type);
        double importance = f.containsKey("importance") ? number(f.get("importance").getValueNode(), "importance", 0.01, 100) : 1;
        String pattern = type == CheckType.PATTERN ? pattern() : null;
        List<String> values = type == CheckType.ALLOWED_VALUES ? scalars(required(f, "values", mapping), "values") : List.of();
        boolean notInFuture = f.containsKey("not_in_future") && bool(f, "not_in_future");
        RangeBounds bounds = type == CheckType.RANGE ? RangeBounds.read(f, line, notInFuture) : RangeBounds.NONE;
        String element = type == CheckType.DICTIONARY ? element() : null;
        if (element != null && !f.containsKey("criterion")) {
            criterion = dictionary.find(element).get().criterion();
        }
        String related = optionalIdentifier("related_column");
        Integer days = type == CheckType.FRESHNESS ? (int) number(required(f, "days", mapping), "days", 1, 36500) : null;
        Long minRows = type == CheckType.ROW_COUNT && f.containsKey("min_rows")
                ? (long) number(f.get("min_rows").getValueNode(), "min_rows", 0, Long.MAX_VALUE) : null;
        Map<String, ColumnType> expectedTypes = new LinkedHashMap<>();
        List<String> expected = type == CheckType.SCHEMA
                ? ExpectedColumns.read(required(f, "expected_columns", mapping), expectedTypes) : List.of();
        Cap cap = cap();
        Double gate = f.containsKey("gate") ? number(f.get("gate").getValueNode(), "gate", 0, 1) : null;
        boolean referenced = type == CheckType.REFERENCE || type == CheckType.RECONCILIATION;
        String referenceTable = referenced ? identifier(required(f, "reference_table", mapping), "reference_table") : null;
        String referenceColumn = type == CheckType.REFERENCE ? referenceColumn(columns) : null;
        String expression = type == CheckType.EXPRESSION ? expression() : null;
        boolean trim = trim(type);
        String gender = gender(element);
        Map<String, Double> kindGates = kindGates(type, element, trim);
        return new Check(id, type, List.copyOf(columns), criterion, importance, pattern, values, bounds.min(), bounds.max(),
                bounds.minDate(), bounds.maxDate(), notInFuture, element, related, days, minRows, expected,
                Map.copyOf(expectedTypes), cap.below(), cap.max(), gate, referenceTable, referenceColumn, expression, trim, gender,
                Collections.unmodifiableMap(kindGates), line);
    }

    private CheckType type() {
        String typeName = scalar(required(f, "type", mapping), "type");
        try {
            return CheckType.valueOf(typeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> known = Arrays.stream(CheckType.values()).map(CheckType::yamlName).toList();
            throw new SuiteException(line(f.get("type").getValueNode()), "type", "unknown check type '" + typeName
                    + "'; one of " + known).because("type", typeName, known.stream().collect(Collectors.joining(", ")));
        }
    }

    private List<String> columns(CheckType type) {
        List<String> columns = new ArrayList<>();
        if (f.containsKey("column")) {
            columns.add(identifier(f.get("column").getValueNode(), "column"));
        }
        if (f.containsKey("columns")) {
            columns.addAll(identifiers(f.get("columns").getValueNode(), "columns"));
        }
        boolean needsColumn = type != CheckType.ROW_COUNT && type != CheckType.SCHEMA && type != CheckType.EXPRESSION;
        if (needsColumn && columns.isEmpty()) {
            throw new SuiteException(line, "column", "a " + type.yamlName() + " check needs 'column'").because("column", type.yamlName());
        }
        return columns;
    }

    private Criterion criterion(CheckType type) {
        if (!f.containsKey("criterion")) {
            return type.defaultCriterion();
        }
        String value = scalar(f.get("criterion").getValueNode(), "criterion");
        try {
            return Criterion.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SuiteException(line(f.get("criterion").getValueNode()), "criterion",
                    "unknown criterion '" + value + "'; one of correct, sufficient, clean, live, unified, shared").because("criterion", value);
        }
    }

    private String pattern() {
        Node p = required(f, "pattern", mapping);
        String pattern = scalar(p, "pattern");
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new SuiteException(line(p), "pattern", "not a regular expression: " + e.getDescription()).because("regex");
        }
        return pattern;
    }

    private String element() {
        Node e = required(f, "element", mapping);
        String element = scalar(e, "element");
        if (dictionary.find(element).isEmpty()) {
            throw new SuiteException(line(e), "element", "unknown dictionary element '" + element + "'; known: "
                    + dictionary.names()).because("dictionary", element, String.join(", ", dictionary.names()));
        }
        return element;
    }

    private String optionalIdentifier(String field) {
        return f.containsKey(field) ? identifier(f.get(field).getValueNode(), field) : null;
    }

    private Cap cap() {
        if (!f.containsKey("cap")) {
            return Cap.NONE;
        }
        Node c = f.get("cap").getValueNode();
        if (!(c instanceof MappingNode capMap)) {
            throw new SuiteException(line(c), "cap", "a mapping {below: 0.999, max: 50}").because("cap");
        }
        Map<String, NodeTuple> cf = fields(capMap, Set.of("below", "max"), "cap");
        Double below = number(required(cf, "below", capMap), "cap.below", 0, 1);
        Double max = number(required(cf, "max", capMap), "cap.max", 0, 100);
        return new Cap(below, max);
    }

    private String referenceColumn(List<String> columns) {
        return f.containsKey("reference_column") ? identifier(f.get("reference_column").getValueNode(), "reference_column")
                : columns.get(0);
    }

    /** The rule in its canonical text; a rule outside the language is refused with its position. */
    private String expression() {
        Node e = required(f, "expression", mapping);
        try {
            return RowExpression.parse(scalar(e, "expression")).canonical();
        } catch (ExpressionException problem) {
            throw new SuiteException(line(e), "expression", problem.getMessage()).because("expression");
        }
    }

    private boolean trim(CheckType type) {
        boolean trim = f.containsKey("trim") && bool(f, "trim");
        if (f.containsKey("trim") && type != CheckType.PATTERN && type != CheckType.DICTIONARY) {
            throw new SuiteException(line(f.get("trim").getKeyNode()), "trim", "only pattern and dictionary checks trim").because("trim");
        }
        return trim;
    }

    private String gender(String element) {
        String gender = optionalIdentifier("gender_column");
        if (gender != null && !"cccd".equals(element)) {
            throw new SuiteException(line(f.get("gender_column").getKeyNode()), "gender_column", "only a cccd check has a gender column").because("gender");
        }
        return gender;
    }

    /** {@code kind_gates}: a share per finding kind of this check, 0 to 1. */
    private Map<String, Double> kindGates(CheckType type, String element, boolean trim) {
        Map<String, Double> kindGates = new LinkedHashMap<>();
        if (!f.containsKey("kind_gates")) {
            return kindGates;
        }
        Node gatesNode = f.get("kind_gates").getValueNode();
        if (!(gatesNode instanceof MappingNode map)) {
            throw new SuiteException(line(gatesNode), "kind_gates", "a mapping such as {century_mismatch: 0.999}").because("gates");
        }
        List<String> kinds = Kinds.of(type, element == null ? null : dictionary.find(element).orElseThrow(), trim);
        for (NodeTuple tuple : map.getValue()) {
            String kind = scalar(tuple.getKeyNode(), "kind_gates");
            if (!kinds.contains(kind)) {
                throw new SuiteException(line(tuple.getKeyNode()), "kind_gates", "'" + kind + "' is not a finding kind of this check; one of " + kinds).because("gateKind", kind, String.join(", ", kinds));
            }
            kindGates.put(kind, number(tuple.getValueNode(), "kind_gates." + kind, 0, 1));
        }
        return kindGates;
    }
}
