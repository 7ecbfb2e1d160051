package vn.steerboard.quality.engine.suite;

import static vn.steerboard.quality.engine.suite.YamlFields.fields;
import static vn.steerboard.quality.engine.suite.YamlFields.identifier;
import static vn.steerboard.quality.engine.suite.YamlFields.line;
import static vn.steerboard.quality.engine.suite.YamlFields.number;
import static vn.steerboard.quality.engine.suite.YamlFields.required;
import static vn.steerboard.quality.engine.suite.YamlFields.scalar;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.steerboard.quality.engine.Criterion;
import vn.steerboard.quality.engine.Scores;
import vn.steerboard.quality.engine.Suite;
import vn.steerboard.quality.engine.SuiteException;
import vn.steerboard.quality.engine.dictionary.PatternElement;

/** The suite's sections beside its checks: the sharing declaration, its own dictionary elements, and scoring. */
final class SuiteSettings {

    private SuiteSettings() {
    }

    /** {@code sharing}: declared, documented_columns, exchange_endpoint (each false when absent). */
    static Suite.Sharing sharing(Map<String, NodeTuple> fields) {
        if (!fields.containsKey("sharing")) {
            return new Suite.Sharing(false, false, false);
        }
        Node node = fields.get("sharing").getValueNode();
        if (!(node instanceof MappingNode sharingMap)) {
            throw new SuiteException(line(node), "sharing", "a mapping of declared, documented_columns, exchange_endpoint").because("sharing");
        }
        Map<String, NodeTuple> s = fields(sharingMap, Set.of("declared", "documented_columns", "exchange_endpoint"), "sharing");
        return new Suite.Sharing(YamlFields.bool(s, "declared"), YamlFields.bool(s, "documented_columns"),
                YamlFields.bool(s, "exchange_endpoint"));
    }

    /** A suite's own dictionary elements: name, regular expression, and the rule's source. */
    static List<PatternElement> elements(Node node) {
        if (!(node instanceof SequenceNode sequence)) {
            throw new SuiteException(line(node), "elements", "a list of {name, pattern, source}").because("elements");
        }
        List<PatternElement> elements = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            elements.add(element(item));
        }
        return elements;
    }

    private static PatternElement element(Node item) {
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
        return PatternElement.custom(name, description, source, pattern, criterion);
    }

    /** {@code criterion_weights} and {@code bands}, each with its default when absent. */
    static Suite.Scoring scoring(Map<String, NodeTuple> fields) {
        Map<Criterion, Double> weights = weights(fields);
        double a = Scores.BAND_A;
        double b = Scores.BAND_B;
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

    private static Map<Criterion, Double> weights(Map<String, NodeTuple> fields) {
        Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        if (!fields.containsKey("criterion_weights")) {
            return weights;
        }
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
        return weights;
    }
}
