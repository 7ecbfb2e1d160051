package vn.steerboard.assessment.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.steerboard.assessment.FrameworkProblem;

/** Typed access to composed YAML nodes, recording problems with line and field. */
final class Nodes {

    private final List<FrameworkProblem> problems = new java.util.ArrayList<>();

    List<FrameworkProblem> problems() {
        return problems;
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    void problem(Node node, String field, String message) {
        problems.add(new FrameworkProblem(line(node), field, message));
    }

    Optional<Node> child(Node map, String key) {
        if (map instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return Optional.of(tuple.getValueNode());
                }
            }
        }
        return Optional.empty();
    }

    String text(Node map, String key, String path) {
        Optional<Node> node = child(map, key);
        if (node.isEmpty()) {
            problem(map, path + "." + key, "assessment.framework.required");
            return "";
        }
        if (!(node.get() instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problem(node.get(), path + "." + key, "assessment.framework.text_expected");
            return "";
        }
        return Normalizer.normalize(scalar.getValue().strip(), Normalizer.Form.NFC);
    }

    double number(Node map, String key, String path, double min, double max, Double fallback) {
        Optional<Node> node = child(map, key);
        if (node.isEmpty()) {
            if (fallback == null) {
                problem(map, path + "." + key, "assessment.framework.required");
                return 0;
            }
            return fallback;
        }
        try {
            double value = Double.parseDouble(((ScalarNode) node.get()).getValue().strip());
            if (Double.isNaN(value) || value < min || value > max) {
                problem(node.get(), path + "." + key, "assessment.framework.out_of_range");
            }
            return value;
        } catch (RuntimeException e) {
            problem(node.get(), path + "." + key, "assessment.framework.number_expected");
            return 0;
        }
    }

    List<Node> items(Node map, String key, String path, boolean required) {
        Optional<Node> node = child(map, key);
        if (node.isEmpty()) {
            if (required) {
                problem(map, path + "." + key, "assessment.framework.required");
            }
            return List.of();
        }
        if (!(node.get() instanceof SequenceNode sequence) || (required && sequence.getValue().isEmpty())) {
            problem(node.get(), path + "." + key, "assessment.framework.list_expected");
            return List.of();
        }
        return sequence.getValue();
    }

    List<String> texts(Node map, String key, String path) {
        return items(map, key, path, false).stream().map(n -> n instanceof ScalarNode s ? s.getValue().strip() : "")
                .filter(s -> !s.isEmpty()).toList();
    }
}
