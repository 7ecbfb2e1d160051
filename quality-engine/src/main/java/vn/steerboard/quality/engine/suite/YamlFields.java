package vn.steerboard.quality.engine.suite;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.steerboard.quality.engine.SuiteException;

/**
 * Reading values out of SnakeYAML's nodes, each refusal naming the line and the field: mappings with only
 * allowed fields, single values, lists, plain names, numbers in a range, dates and booleans.
 */
final class YamlFields {

    /** A plain column or table name, optionally schema-qualified: nothing else reaches SQL. */
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private YamlFields() {
    }

    /** The mapping's fields by name; an unknown field or one given twice is refused. */
    static Map<String, NodeTuple> fields(MappingNode mapping, Set<String> allowed, String where) {
        Map<String, NodeTuple> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            if (!allowed.contains(key)) {
                throw new SuiteException(line(tuple.getKeyNode()), key, "unknown field in a " + where + "; allowed: "
                        + new TreeSet<>(allowed)).because("unknownField", key, String.join(", ", new TreeSet<>(allowed)));
            }
            if (fields.put(key, tuple) != null) {
                throw new SuiteException(line(tuple.getKeyNode()), key, "given twice").because("twice", key);
            }
        }
        return fields;
    }

    static Node required(Map<String, NodeTuple> fields, String name, Node parent) {
        NodeTuple tuple = fields.get(name);
        if (tuple == null) {
            throw new SuiteException(line(parent), name, "required").because("required", name);
        }
        return tuple.getValueNode();
    }

    static String scalar(Node node, String field) {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw new SuiteException(line(node), field, "a single value is required").because("single");
        }
        String value = scalar.getValue().strip();
        int refused = value.codePoints().filter(YamlFields::invisible).findFirst().orElse(-1);
        if (refused >= 0) {
            // it would reach a terminal (escape sequences), a report line or a CSV row: named, not passed on
            String code = String.format("%04X", refused);
            throw new SuiteException(line(node), field, "a control or text-direction character (U+" + code
                    + ") is not allowed").because("control", code);
        }
        return value;
    }

    /** Control characters (C0, DEL, C1) and the bidirectional embeddings, overrides and isolates. */
    static boolean invisible(int c) {
        return Character.getType(c) == Character.CONTROL || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    static List<String> scalars(Node node, String field) {
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

    static String identifier(Node node, String field) {
        String value = scalar(node, field);
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new SuiteException(line(node), field, "'" + value + "' is not a plain column or table name").because("name", value);
        }
        return value;
    }

    static List<String> identifiers(Node node, String field) {
        List<String> names = scalars(node, field);
        refuseOtherThanNames(names, node, field);
        return names;
    }

    static void refuseOtherThanNames(List<String> names, Node node, String field) {
        for (String name : names) {
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new SuiteException(line(node), field, "'" + name + "' is not a plain column name").because("columnName", name);
            }
        }
    }

    static double number(Node node, String field, double min, double max) {
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

    static BigDecimal decimal(Node node, String field) {
        String value = scalar(node, field);
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new SuiteException(line(node), field, "'" + value + "' is neither a number nor a date (YYYY-MM-DD)").because("numberOrDate", value);
        }
    }

    static boolean isDate(String value) {
        return value.matches("\\d{4}-\\d{2}-\\d{2}");
    }

    static String date(Node node, String field) {
        String value = scalar(node, field);
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new SuiteException(line(node), field, "'" + value + "' is not a valid date").because("date", value);
        }
    }

    /** The field as true or false; false when absent. */
    static boolean bool(Map<String, NodeTuple> fields, String name) {
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

    /** The 1-based line a node starts on (0 when unknown). */
    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
