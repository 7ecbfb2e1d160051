package vn.steerboard.quality.engine.suite;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.Node;
import vn.steerboard.quality.engine.SuiteException;

/**
 * Composes a suite's YAML into a node tree, defensively: no anchors or aliases (alias bombs), no recursive or
 * duplicate keys, bounded nesting and size; a syntax error names its line.
 */
final class SafeYaml {

    private SafeYaml() {
    }

    private static LoaderOptions loaderOptions(int maxCharacters) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(maxCharacters * 4);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    static Node compose(String yaml, int maxCharacters) {
        try {
            // A suite has no use for anchors and aliases; refusing them outright defuses alias bombs.
            for (Event event : new Yaml(loaderOptions(maxCharacters)).parse(new StringReader(yaml))) {
                if (event instanceof AliasEvent || event instanceof NodeEvent node && node.getAnchor() != null) {
                    throw new SuiteException(event.getStartMark() == null ? 1 : event.getStartMark().getLine() + 1,
                            "(syntax)", "anchors and aliases (&name, *name) are not allowed in a suite").because("anchors");
                }
            }
            return new Yaml(loaderOptions(maxCharacters)).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            throw new SuiteException(e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1, "(syntax)",
                    e.getProblem()).because("syntax");
        } catch (YAMLException e) {
            throw new SuiteException(1, "(syntax)", "not a YAML document this reader accepts").because("notYaml");
        }
    }
}
