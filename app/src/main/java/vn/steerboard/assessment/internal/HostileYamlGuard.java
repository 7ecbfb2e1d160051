package vn.steerboard.assessment.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import vn.steerboard.assessment.FrameworkProblem;

/** First pass over the YAML events: refuses aliases, anchors, explicit tags and excessive depth before composing. */
final class HostileYamlGuard {

    private HostileYamlGuard() {}

    static List<FrameworkProblem> check(String yaml, LoaderOptions options, int maxDepth) {
        List<FrameworkProblem> problems = new ArrayList<>();
        int depth = 0;
        for (Event event : new Yaml(options).parse(new StringReader(yaml))) {
            int line = event.getStartMark() == null ? 0 : event.getStartMark().getLine() + 1;
            if (event instanceof AliasEvent) {
                problems.add(new FrameworkProblem(line, "*", "assessment.framework.alias"));
                return problems;
            }
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                problems.add(new FrameworkProblem(line, "&" + node.getAnchor(), "assessment.framework.anchor"));
                return problems;
            }
            if (hasExplicitTag(event)) {
                problems.add(new FrameworkProblem(line, "!", "assessment.framework.tag"));
                return problems;
            }
            if (event instanceof CollectionStartEvent) {
                depth++;
                if (depth > maxDepth) {
                    problems.add(new FrameworkProblem(line, "", "assessment.framework.too_deep"));
                    return problems;
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return problems;
    }

    private static boolean hasExplicitTag(Event event) {
        if (event instanceof ScalarEvent scalar) {
            return scalar.getTag() != null && !scalar.getImplicit().canOmitTagInPlainScalar()
                    && !scalar.getImplicit().canOmitTagInNonPlainScalar();
        }
        if (event instanceof CollectionStartEvent collection) {
            return collection.getTag() != null && !collection.getImplicit();
        }
        return false;
    }
}
