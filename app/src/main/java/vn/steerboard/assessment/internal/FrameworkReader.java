package vn.steerboard.assessment.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import vn.steerboard.assessment.AnswerType;
import vn.steerboard.assessment.Framework;
import vn.steerboard.assessment.FrameworkProblem;

/** Builds a {@link Framework} from composed nodes, collecting every problem rather than stopping at the first. */
final class FrameworkReader {

    private final Nodes nodes = new Nodes();
    private final Set<String> codes = new HashSet<>();

    List<FrameworkProblem> problems() {
        return nodes.problems();
    }

    Framework framework(Node root) {
        List<Framework.Pillar> pillars = new ArrayList<>();
        List<Node> pillarNodes = nodes.items(root, "pillars", "framework", true);
        for (int i = 0; i < pillarNodes.size(); i++) {
            pillars.add(pillar(pillarNodes.get(i), "pillars[" + i + "]"));
        }
        List<Framework.Level> levels = new ArrayList<>();
        List<Node> levelNodes = nodes.items(root, "levels", "framework", true);
        for (int i = 0; i < levelNodes.size(); i++) {
            levels.add(level(levelNodes.get(i), "levels[" + i + "]", pillars));
        }
        return new Framework(nodes.text(root, "code", "framework"),
                (int) nodes.number(root, "version", "framework", 1, 100_000, null),
                nodes.text(root, "title_vi", "framework"), nodes.text(root, "title_en", "framework"),
                nodes.child(root, "illustrative").map(n -> n instanceof ScalarNode s && "true".equals(s.getValue())).orElse(false),
                nodes.child(root, "source").map(n -> n instanceof ScalarNode s ? s.getValue() : "").orElse(""),
                pillars, levels, audience(root), industries(root));
    }

    private Framework.Audience audience(Node root) {
        Node node = nodes.child(root, "audience").orElse(null);
        if (node == null) {
            return Framework.Audience.ENTERPRISE;
        }
        String text = node instanceof ScalarNode s ? s.getValue().strip().toUpperCase(Locale.ROOT) : "";
        try {
            return Framework.Audience.valueOf(text);
        } catch (IllegalArgumentException e) {
            nodes.problem(node, "framework.audience", "assessment.framework.audience");
            return Framework.Audience.ENTERPRISE;
        }
    }

    private List<Framework.Industry> industries(Node root) {
        List<Framework.Industry> industries = new ArrayList<>();
        List<Node> items = nodes.items(root, "industries", "framework", false);
        for (int i = 0; i < items.size(); i++) {
            String path = "industries[" + i + "]";
            Node item = items.get(i);
            List<String> vsic = nodes.texts(item, "vsic", path);
            if (vsic.isEmpty() || vsic.stream().anyMatch(v -> !v.matches("[0-9]{2,5}"))) {
                nodes.problem(item, path + ".vsic", "assessment.framework.vsic");
            }
            industries.add(new Framework.Industry(code(item, path), nodes.text(item, "name_vi", path),
                    nodes.text(item, "name_en", path), vsic));
        }
        return industries;
    }

    private String code(Node map, String path) {
        String code = nodes.text(map, "code", path);
        if (!code.isEmpty() && !codes.add(code)) {
            nodes.problem(map, path + ".code", "assessment.framework.duplicate_code");
        }
        return code;
    }

    private Framework.Pillar pillar(Node node, String path) {
        List<Framework.SubIndex> subs = new ArrayList<>();
        List<Node> subNodes = nodes.items(node, "sub_indices", path, true);
        for (int i = 0; i < subNodes.size(); i++) {
            subs.add(subIndex(subNodes.get(i), path + ".sub_indices[" + i + "]"));
        }
        return new Framework.Pillar(code(node, path), nodes.text(node, "title_vi", path), nodes.text(node, "title_en", path),
                nodes.number(node, "weight", path, 0, 1000, 1.0), subs);
    }

    private Framework.SubIndex subIndex(Node node, String path) {
        List<Framework.Criterion> criteria = new ArrayList<>();
        List<Node> criterionNodes = nodes.items(node, "criteria", path, true);
        for (int i = 0; i < criterionNodes.size(); i++) {
            criteria.add(criterion(criterionNodes.get(i), path + ".criteria[" + i + "]"));
        }
        return new Framework.SubIndex(code(node, path), nodes.text(node, "title_vi", path),
                nodes.text(node, "title_en", path), nodes.number(node, "weight", path, 0, 1000, 1.0), criteria);
    }

    private Framework.Criterion criterion(Node node, String path) {
        String code = code(node, path);
        AnswerType type = answerType(node, path);
        List<Framework.Choice> choices = new ArrayList<>();
        for (Node choice : nodes.items(node, "choices", path, type == AnswerType.CHOICE)) {
            choices.add(new Framework.Choice(nodes.text(choice, "code", path + ".choices"),
                    nodes.text(choice, "label_vi", path + ".choices"), nodes.text(choice, "label_en", path + ".choices"),
                    nodes.number(choice, "points", path + ".choices", 0, 1, null)));
        }
        List<Framework.Band> bands = new ArrayList<>();
        for (Node band : nodes.items(node, "bands", path, type == AnswerType.NUMBER)) {
            double from = nodes.number(band, "from", path + ".bands", -1e12, 1e12, null);
            double to = nodes.number(band, "to", path + ".bands", -1e12, 1e12, null);
            if (to <= from) {
                nodes.problem(band, path + ".bands.to", "assessment.framework.band_order");
            }
            bands.add(new Framework.Band(from, to, nodes.number(band, "points", path + ".bands", 0, 1, null)));
        }
        return new Framework.Criterion(code, nodes.text(node, "question_vi", path), nodes.text(node, "question_en", path),
                type, nodes.number(node, "weight", path, 0, 1000, null), choices, bands,
                nodes.texts(node, "industries", path), nodes.texts(node, "unit_types", path));
    }

    private AnswerType answerType(Node node, String path) {
        String text = nodes.text(node, "type", path);
        try {
            return AnswerType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            if (!text.isEmpty()) {
                nodes.problem(nodes.child(node, "type").orElse(node), path + ".type", "assessment.framework.answer_type");
            }
            return AnswerType.YES_NO;
        }
    }

    private Framework.Level level(Node node, String path, List<Framework.Pillar> pillars) {
        Map<String, Double> minimums = new LinkedHashMap<>();
        Node min = nodes.child(node, "min_pillars").orElse(null);
        if (min instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String pillar = ((ScalarNode) tuple.getKeyNode()).getValue();
                if (pillars.stream().noneMatch(p -> p.code().equals(pillar))) {
                    nodes.problem(tuple.getKeyNode(), path + ".min_pillars." + pillar, "assessment.framework.unknown_pillar");
                }
                minimums.put(pillar, nodes.number(mapping, pillar, path + ".min_pillars", 0, 100, null));
            }
        }
        return new Framework.Level(nodes.text(node, "code", path), nodes.text(node, "name_vi", path),
                nodes.text(node, "name_en", path), nodes.number(node, "min_total", path, 0, 100, null), minimums);
    }
}
