package vn.steerboard.quality.engine.suite;

import static vn.steerboard.quality.engine.suite.YamlFields.fields;
import static vn.steerboard.quality.engine.suite.YamlFields.identifier;
import static vn.steerboard.quality.engine.suite.YamlFields.identifiers;
import static vn.steerboard.quality.engine.suite.YamlFields.line;
import static vn.steerboard.quality.engine.suite.YamlFields.number;
import static vn.steerboard.quality.engine.suite.YamlFields.required;
import static vn.steerboard.quality.engine.suite.YamlFields.scalar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.steerboard.quality.engine.Check;
import vn.steerboard.quality.engine.Suite;
import vn.steerboard.quality.engine.SuiteException;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.dictionary.PatternElement;

/**
 * Reads a suite from YAML, walking SnakeYAML's node tree (not plain maps) so that every error names the
 * line and the field. Unknown fields are errors too: a typo must not silently disable a check.
 *
 * <p>{@link SafeYaml} composes the document, {@link SuiteSettings} reads sharing, elements and scoring,
 * {@link CheckReader} each check, {@link YamlFields} the values.
 */
public final class SuiteReader {

    private static final Set<String> SUITE_FIELDS = Set.of("suite", "table", "primary_key", "personal_data",
            "sharing", "min_score", "checks", "criterion_weights", "bands", "elements");

    private static final int MAX_SUITE_CHARACTERS = 60_000;

    private final Dictionary standard;

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
        Node root = SafeYaml.compose(yaml, MAX_SUITE_CHARACTERS);
        if (!(root instanceof MappingNode mapping)) {
            throw new SuiteException(1, "(suite)", "a suite is a mapping with 'table' and 'checks'").because("shape");
        }
        Map<String, NodeTuple> fields = fields(mapping, SUITE_FIELDS, "suite");
        String table = identifier(required(fields, "table", mapping), "table");
        String name = fields.containsKey("suite") ? scalar(fields.get("suite").getValueNode(), "suite") : table;
        List<String> primaryKey = names(fields, "primary_key");
        List<String> personal = names(fields, "personal_data");
        Suite.Sharing sharing = SuiteSettings.sharing(fields);
        Double minScore = fields.containsKey("min_score") ? number(fields.get("min_score").getValueNode(), "min_score", 0, 100) : null;
        List<PatternElement> elements = fields.containsKey("elements")
                ? SuiteSettings.elements(fields.get("elements").getValueNode()) : List.of();
        List<Check> checks = checks(required(fields, "checks", mapping), standard.with(elements));
        return new Suite(name, table, primaryKey, personal, sharing, minScore, List.copyOf(checks),
                SuiteSettings.scoring(fields), elements);
    }

    private static List<String> names(Map<String, NodeTuple> fields, String field) {
        return fields.containsKey(field) ? identifiers(fields.get(field).getValueNode(), field) : List.of();
    }

    /** The checks, in order; a check id given twice is refused. */
    private static List<Check> checks(Node checksNode, Dictionary dictionary) {
        if (!(checksNode instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw new SuiteException(line(checksNode), "checks", "a non-empty list of checks").because("checks");
        }
        List<Check> checks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : sequence.getValue()) {
            Check check = CheckReader.read(node, checks.size() + 1, dictionary);
            if (!ids.add(check.id())) {
                throw new SuiteException(check.line(), "id", "duplicate check id '" + check.id() + "'").because("duplicateId", check.id());
            }
            checks.add(check);
        }
        return checks;
    }
}
