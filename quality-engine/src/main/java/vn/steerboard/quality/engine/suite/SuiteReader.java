package vn.steerboard.quality.engine.suite;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.steerboard.quality.engine.Check;
import vn.steerboard.quality.engine.ColumnType;
import vn.steerboard.quality.engine.CheckType;
import vn.steerboard.quality.engine.Criterion;
import vn.steerboard.quality.engine.Suite;
import vn.steerboard.quality.engine.SuiteException;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.dictionary.PatternElement;

/**
 * Reads a suite from YAML, walking SnakeYAML's node tree (not plain maps) so that every error names the
 * line and the field. Unknown fields are errors too: a typo must not silently disable a check.
 */
public final class SuiteReader {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final Set<String> SUITE_FIELDS = Set.of("suite", "table", "primary_key", "personal_data",
            "sharing", "min_score", "checks", "criterion_weights", "bands", "elements");
    private static final Set<String> CHECK_FIELDS = Set.of("id", "type", "column", "columns", "criterion",
            "importance", "pattern", "values", "min", "max", "not_in_future", "element", "related_column", "days",
            "min_rows", "expected_columns", "cap", "gate", "reference_table", "reference_column", "expression", "trim",
            "gender_column", "kind_gates");

    private static final int MAX_SUITE_CHARACTERS = 60_000;

    private final Dictionary standard;

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_SUITE_CHARACTERS * 4);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    public SuiteReader(Dictionary dictionary) {
        this.standard = dictionary;
    }

    public Suite read(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw new SuiteException(1, "(suite)", "a suite is a mapping with 'table' and 'checks'").because("shape");
        }
        if (yaml.length() > MAX_SUITE_CHARACTERS) {
            throw new SuiteException(1, "(suite)", "longer than " + MAX_SUITE_CHARACTERS + " characters").because("tooLong", MAX_SUITE_CHARACTERS);
        }
        Node root;
        try {
            // A suite has no use for anchors and aliases; refusing them outright defuses alias bombs.
            for (org.yaml.snakeyaml.events.Event event : new Yaml(loaderOptions()).parse(new StringReader(yaml))) {
                if (event instanceof org.yaml.snakeyaml.events.AliasEvent
                        || event instanceof org.yaml.snakeyaml.events.NodeEvent node && node.getAnchor() != null) {
                    throw new SuiteException(event.getStartMark() == null ? 1 : event.getStartMark().getLine() + 1,
                            "(syntax)", "anchors and aliases (&name, *name) are not allowed in a suite").because("anchors");
                }
            }
            root = new Yaml(loaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            throw new SuiteException(e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1, "(syntax)",
                    e.getProblem()).because("syntax");
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new SuiteException(1, "(syntax)", "not a YAML document this reader accepts").because("notYaml");
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new SuiteException(1, "(suite)", "a suite is a mapping with 'table' and 'checks'").because("shape");
        }
        Map<String, NodeTuple> fields = fields(mapping, SUITE_FIELDS, "suite");
        String table = identifier(required(fields, "table", mapping), "table");
        String name = fields.containsKey("suite") ? scalar(fields.get("suite").getValueNode(), "suite") : table;
        List<String> primaryKey = fields.containsKey("primary_key")
                ? identifiers(fields.get("primary_key").getValueNode(), "primary_key") : List.of();
        List<String> personal = fields.containsKey("personal_data")
                ? identifiers(fields.get("personal_data").getValueNode(), "personal_data") : List.of();
        Suite.Sharing sharing = new Suite.Sharing(false, false, false);
        if (fields.containsKey("sharing")) {
            Node node = fields.get("sharing").getValueNode();
            if (!(node instanceof MappingNode sharingMap)) {
                throw new SuiteException(line(node), "sharing", "a mapping of declared, documented_columns, exchange_endpoint").because("sharing");
            }
            Map<String, NodeTuple> s = fields(sharingMap, Set.of("declared", "documented_columns", "exchange_endpoint"), "sharing");
            sharing = new Suite.Sharing(bool(s, "declared"), bool(s, "documented_columns"), bool(s, "exchange_endpoint"));
        }
        Double minScore = fields.containsKey("min_score") ? number(fields.get("min_score").getValueNode(), "min_score", 0, 100) : null;
        List<PatternElement> elements = fields.containsKey("elements") ? elements(fields.get("elements").getValueNode())
                : List.of();
        Dictionary dictionary = standard.with(elements);
        Node checksNode = required(fields, "checks", mapping);
        if (!(checksNode instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw new SuiteException(line(checksNode), "checks", "a non-empty list of checks").because("checks");
        }
        List<Check> checks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : sequence.getValue()) {
            Check check = check(node, checks.size() + 1, dictionary);
            if (!ids.add(check.id())) {
                throw new SuiteException(check.line(), "id", "duplicate check id '" + check.id() + "'").because("duplicateId", check.id());
            }
            checks.add(check);
        }
        return new Suite(name, table, primaryKey, personal, sharing, minScore, List.copyOf(checks), scoring(fields),
                elements);
    }

    /** A suite's own dictionary elements: name, regular expression, and the rule's source. */
    private static List<PatternElement> elements(Node node) {
        if (!(node instanceof SequenceNode sequence)) {
            throw new SuiteException(line(node), "elements", "a list of {name, pattern, source}").because("elements");
        }
        List<PatternElement> elements = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode map)) {
                throw new SuiteException(line(item), "elements", "each element is {name, pattern, source}").because("element");
            }
            Map<String, NodeTuple> f = fields(map, Set.of("name", "pattern", "source", "description", "criterion"), "element");
            String name = identifier(required(f, "name", map), "elements.name");
            Node patternNode = required(f, "pattern", map);
            String pattern = scalar(patternNode, "elements.pattern");
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new SuiteException(line(patternNode), "elements.pattern", "not a regular expression: " + e.getDescription()).because("regex");
            }
            String source = scalar(required(f, "source", map), "elements.source");
            String description = f.containsKey("description") ? scalar(f.get("description").getValueNode(), "elements.description") : name;
            Criterion criterion = Criterion.CORRECT;
            if (f.containsKey("criterion")) {
                String value = scalar(f.get("criterion").getValueNode(), "elements.criterion");
                try {
                    criterion = Criterion.valueOf(value.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new SuiteException(line(f.get("criterion").getValueNode()), "elements.criterion", "unknown criterion '" + value + "'").because("criterion", value);
                }
            }
            elements.add(PatternElement.custom(name, description, source, pattern, criterion));
        }
        return elements;
    }



    private static Suite.Scoring scoring(Map<String, NodeTuple> fields) {
        Map<Criterion, Double> weights = new java.util.EnumMap<>(Criterion.class);
        if (fields.containsKey("criterion_weights")) {
            Node node = fields.get("criterion_weights").getValueNode();
            if (!(node instanceof MappingNode map)) {
                throw new SuiteException(line(node), "criterion_weights", "a mapping such as {correct: 2, live: 1}").because("weights");
            }
            for (NodeTuple tuple : map.getValue()) {
                String key = scalar(tuple.getKeyNode(), "criterion_weights");
                try {
                    weights.put(Criterion.valueOf(key.toUpperCase(Locale.ROOT)),
                            number(tuple.getValueNode(), "criterion_weights." + key, 0, 100));
                } catch (IllegalArgumentException e) {
                    throw new SuiteException(line(tuple.getKeyNode()), "criterion_weights", "unknown criterion '" + key + "'").because("criterion", key);
                }
            }
        }
        double a = vn.steerboard.quality.engine.Scores.BAND_A;
        double b = vn.steerboard.quality.engine.Scores.BAND_B;
        if (fields.containsKey("bands")) {
            Node node = fields.get("bands").getValueNode();
            if (!(node instanceof MappingNode map)) {
                throw new SuiteException(line(node), "bands", "a mapping {a: 85, b: 65}").because("bands");
            }
            Map<String, NodeTuple> bands = fields(map, Set.of("a", "b"), "bands");
            a = bands.containsKey("a") ? number(bands.get("a").getValueNode(), "bands.a", 0, 100) : a;
            b = bands.containsKey("b") ? number(bands.get("b").getValueNode(), "bands.b", 0, 100) : b;
            if (b > a) {
                throw new SuiteException(line(node), "bands", "b (" + b + ") must not exceed a (" + a + ")").because("bandOrder", b, a);
            }
        }
        return new Suite.Scoring(weights, a, b);
    }

    private Check check(Node node, int index, Dictionary dictionary) {
        if (!(node instanceof MappingNode mapping)) {
            throw new SuiteException(line(node), "checks[" + index + "]", "each check is a mapping with a 'type'").because("checkShape");
        }
        Map<String, NodeTuple> f = fields(mapping, CHECK_FIELDS, "check");
        int line = line(mapping);
        String typeName = scalar(required(f, "type", mapping), "type");
        CheckType type;
        try {
            type = CheckType.valueOf(typeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SuiteException(line(f.get("type").getValueNode()), "type", "unknown check type '" + typeName
                    + "'; one of " + java.util.Arrays.stream(CheckType.values()).map(CheckType::yamlName).toList()).because("type", typeName, java.util.Arrays.stream(CheckType.values()).map(CheckType::yamlName).collect(java.util.stream.Collectors.joining(", ")));
        }
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
        String id = f.containsKey("id") ? scalar(f.get("id").getValueNode(), "id")
                : type.yamlName() + (columns.isEmpty() ? "" : "_" + String.join("_", columns));
        Criterion criterion = type.defaultCriterion();
        if (f.containsKey("criterion")) {
            String value = scalar(f.get("criterion").getValueNode(), "criterion");
            try {
                criterion = Criterion.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new SuiteException(line(f.get("criterion").getValueNode()), "criterion",
                        "unknown criterion '" + value + "'; one of correct, sufficient, clean, live, unified, shared").because("criterion", value);
            }
        }
        double importance = f.containsKey("importance") ? number(f.get("importance").getValueNode(), "importance", 0.01, 100) : 1;
        String pattern = null;
        if (type == CheckType.PATTERN) {
            Node p = required(f, "pattern", mapping);
            pattern = scalar(p, "pattern");
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new SuiteException(line(p), "pattern", "not a regular expression: " + e.getDescription()).because("regex");
            }
        }
        List<String> values = type == CheckType.ALLOWED_VALUES ? scalars(required(f, "values", mapping), "values") : List.of();
        BigDecimal min = null;
        BigDecimal max = null;
        String minDate = null;
        String maxDate = null;
        boolean notInFuture = f.containsKey("not_in_future") && bool(f, "not_in_future");
        if (type == CheckType.RANGE) {
            if (f.containsKey("min")) {
                String raw = scalar(f.get("min").getValueNode(), "min");
                if (isDate(raw)) {
                    minDate = date(f.get("min").getValueNode(), "min");
                } else {
                    min = decimal(f.get("min").getValueNode(), "min");
                }
            }
            if (f.containsKey("max")) {
                String raw = scalar(f.get("max").getValueNode(), "max");
                if (isDate(raw)) {
                    maxDate = date(f.get("max").getValueNode(), "max");
                } else {
                    max = decimal(f.get("max").getValueNode(), "max");
                }
            }
            if (min == null && max == null && minDate == null && maxDate == null && !notInFuture) {
                throw new SuiteException(line, "min", "a range check needs min, max or not_in_future").because("range");
            }
        }
        String element = null;
        if (type == CheckType.DICTIONARY) {
            Node e = required(f, "element", mapping);
            element = scalar(e, "element");
            if (dictionary.find(element).isEmpty()) {
                throw new SuiteException(line(e), "element", "unknown dictionary element '" + element + "'; known: "
                        + dictionary.names()).because("dictionary", element, String.join(", ", dictionary.names()));
            }
            if (!f.containsKey("criterion")) {
                criterion = dictionary.find(element).get().criterion();
            }
        }
        String related = f.containsKey("related_column") ? identifier(f.get("related_column").getValueNode(), "related_column") : null;
        Integer days = type == CheckType.FRESHNESS ? (int) number(required(f, "days", mapping), "days", 1, 36500) : null;
        Long minRows = type == CheckType.ROW_COUNT && f.containsKey("min_rows")
                ? (long) number(f.get("min_rows").getValueNode(), "min_rows", 0, Long.MAX_VALUE) : null;
        Map<String, ColumnType> expectedTypes = new java.util.LinkedHashMap<>();
        List<String> expected = type == CheckType.SCHEMA ? expectedColumns(required(f, "expected_columns", mapping), expectedTypes)
                : List.of();
        Double capBelow = null;
        Double capMax = null;
        if (f.containsKey("cap")) {
            Node c = f.get("cap").getValueNode();
            if (!(c instanceof MappingNode capMap)) {
                throw new SuiteException(line(c), "cap", "a mapping {below: 0.999, max: 50}").because("cap");
            }
            Map<String, NodeTuple> cf = fields(capMap, Set.of("below", "max"), "cap");
            capBelow = number(required(cf, "below", capMap), "cap.below", 0, 1);
            capMax = number(required(cf, "max", capMap), "cap.max", 0, 100);
        }
        Double gate = f.containsKey("gate") ? number(f.get("gate").getValueNode(), "gate", 0, 1) : null;
        String referenceTable = null;
        String referenceColumn = null;
        if (type == CheckType.REFERENCE || type == CheckType.RECONCILIATION) {
            referenceTable = identifier(required(f, "reference_table", mapping), "reference_table");
            referenceColumn = type == CheckType.REFERENCE
                    ? (f.containsKey("reference_column") ? identifier(f.get("reference_column").getValueNode(), "reference_column")
                    : columns.get(0)) : null;
        }
        String expression = null;
        if (type == CheckType.EXPRESSION) {
            Node e = required(f, "expression", mapping);
            try {
                expression = vn.steerboard.quality.engine.expression.RowExpression.parse(scalar(e, "expression")).canonical();
            } catch (vn.steerboard.quality.engine.expression.ExpressionException problem) {
                throw new SuiteException(line(e), "expression", problem.getMessage()).because("expression");
            }
        }
        boolean trim = f.containsKey("trim") && bool(f, "trim");
        if (f.containsKey("trim") && type != CheckType.PATTERN && type != CheckType.DICTIONARY) {
            throw new SuiteException(line(f.get("trim").getKeyNode()), "trim", "only pattern and dictionary checks trim").because("trim");
        }
        String gender = f.containsKey("gender_column") ? identifier(f.get("gender_column").getValueNode(), "gender_column") : null;
        if (gender != null && !"cccd".equals(element)) {
            throw new SuiteException(line(f.get("gender_column").getKeyNode()), "gender_column", "only a cccd check has a gender column").because("gender");
        }
        Map<String, Double> kindGates = new java.util.LinkedHashMap<>();
        if (f.containsKey("kind_gates")) {
            Node gatesNode = f.get("kind_gates").getValueNode();
            if (!(gatesNode instanceof MappingNode map)) {
                throw new SuiteException(line(gatesNode), "kind_gates", "a mapping such as {century_mismatch: 0.999}").because("gates");
            }
            List<String> kinds = vn.steerboard.quality.engine.dictionary.Kinds.of(type,
                    element == null ? null : dictionary.find(element).orElseThrow(), trim);
            for (NodeTuple tuple : map.getValue()) {
                String kind = scalar(tuple.getKeyNode(), "kind_gates");
                if (!kinds.contains(kind)) {
                    throw new SuiteException(line(tuple.getKeyNode()), "kind_gates", "'" + kind + "' is not a finding kind of this check; one of " + kinds).because("gateKind", kind, String.join(", ", kinds));
                }
                kindGates.put(kind, number(tuple.getValueNode(), "kind_gates." + kind, 0, 1));
            }
        }
        return new Check(id, type, List.copyOf(columns), criterion, importance, pattern, values, min, max, minDate,
                maxDate, notInFuture, element, related, days, minRows, expected, Map.copyOf(expectedTypes), capBelow, capMax, gate, referenceTable,
                referenceColumn, expression, trim, gender, java.util.Collections.unmodifiableMap(kindGates), line);
    }

    private static Map<String, NodeTuple> fields(MappingNode mapping, Set<String> allowed, String where) {
        Map<String, NodeTuple> fields = new java.util.LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            if (!allowed.contains(key)) {
                throw new SuiteException(line(tuple.getKeyNode()), key, "unknown field in a " + where + "; allowed: "
                        + new java.util.TreeSet<>(allowed)).because("unknownField", key, String.join(", ", new java.util.TreeSet<>(allowed)));
            }
            if (fields.put(key, tuple) != null) {
                throw new SuiteException(line(tuple.getKeyNode()), key, "given twice").because("twice", key);
            }
        }
        return fields;
    }

    private static Node required(Map<String, NodeTuple> fields, String name, Node parent) {
        NodeTuple tuple = fields.get(name);
        if (tuple == null) {
            throw new SuiteException(line(parent), name, "required").because("required", name);
        }
        return tuple.getValueNode();
    }

    private static String scalar(Node node, String field) {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw new SuiteException(line(node), field, "a single value is required").because("single");
        }
        return scalar.getValue().strip();
    }

    private static List<String> scalars(Node node, String field) {
        if (node instanceof ScalarNode) {
            return List.of(scalar(node, field));
        }
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw new SuiteException(line(node), field, "a non-empty list").because("list");
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            values.add(scalar(item, field));
        }
        return values;
    }

    private static String identifier(Node node, String field) {
        String value = scalar(node, field);
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new SuiteException(line(node), field, "'" + value + "' is not a plain column or table name").because("name", value);
        }
        return value;
    }

    /** Expected columns: plain names, or {name: kind} to require a kind too (text, integer, decimal, date, ...). */
    private static List<String> expectedColumns(Node node, Map<String, ColumnType> types) {
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            return identifiers(node, "expected_columns");
        }
        List<String> names = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode entry && entry.getValue().size() == 1) {
                String name = scalar(entry.getValue().get(0).getKeyNode(), "expected_columns");
                String kind = scalar(entry.getValue().get(0).getValueNode(), "expected_columns");
                ColumnType type = ColumnType.declared(kind);
                if (type == null) {
                    throw new SuiteException(line(item), "expected_columns", "'" + kind + "' is not a column kind; use one of"
                            + " text, integer, decimal, date, timestamp, boolean").because("columnKind", kind);
                }
                names.add(name);
                types.put(name.toLowerCase(java.util.Locale.ROOT), type);
            } else {
                names.add(scalar(item, "expected_columns"));
            }
        }
        for (String name : names) {
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new SuiteException(line(node), "expected_columns", "'" + name + "' is not a plain column name").because("columnName", name);
            }
        }
        return names;
    }

    private static List<String> identifiers(Node node, String field) {
        List<String> names = scalars(node, field);
        for (String name : names) {
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new SuiteException(line(node), field, "'" + name + "' is not a plain column name").because("columnName", name);
            }
        }
        return names;
    }

    private static double number(Node node, String field, double min, double max) {
        String value = scalar(node, field);
        try {
            double number = Double.parseDouble(value);
            if (number < min || number > max) {
                throw new SuiteException(line(node), field, value + " is outside " + min + ".." + max).because("outside", value, min, max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new SuiteException(line(node), field, "'" + value + "' is not a number").because("number", value);
        }
    }

    private static BigDecimal decimal(Node node, String field) {
        String value = scalar(node, field);
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new SuiteException(line(node), field, "'" + value + "' is neither a number nor a date (YYYY-MM-DD)").because("numberOrDate", value);
        }
    }

    private static boolean isDate(String value) {
        return value.matches("\\d{4}-\\d{2}-\\d{2}");
    }

    private static String date(Node node, String field) {
        String value = scalar(node, field);
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new SuiteException(line(node), field, "'" + value + "' is not a valid date").because("date", value);
        }
    }

    private static boolean bool(Map<String, NodeTuple> fields, String name) {
        NodeTuple tuple = fields.get(name);
        if (tuple == null) {
            return false;
        }
        String value = scalar(tuple.getValueNode(), name);
        if (!value.equals("true") && !value.equals("false")) {
            throw new SuiteException(line(tuple.getValueNode()), name, "true or false, not '" + value + "'").because("boolean", value);
        }
        return Boolean.parseBoolean(value);
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
