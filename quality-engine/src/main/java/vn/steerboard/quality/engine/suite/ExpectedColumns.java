package vn.steerboard.quality.engine.suite;

import static vn.steerboard.quality.engine.suite.YamlFields.line;
import static vn.steerboard.quality.engine.suite.YamlFields.scalar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.steerboard.quality.engine.ColumnType;
import vn.steerboard.quality.engine.SuiteException;

/** A schema check's expected columns: plain names, or {name: kind} to require a kind too. */
final class ExpectedColumns {

    private ExpectedColumns() {
    }

    /** The names, in order; the kinds required go into {@code types} under the lower-case name. */
    static List<String> read(Node node, Map<String, ColumnType> types) {
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            return YamlFields.identifiers(node, "expected_columns");
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
                types.put(name.toLowerCase(Locale.ROOT), type);
            } else {
                names.add(scalar(item, "expected_columns"));
            }
        }
        YamlFields.refuseOtherThanNames(names, node, "expected_columns");
        return names;
    }
}
