package vn.steerboard.assessment.internal;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import vn.steerboard.assessment.Framework;
import vn.steerboard.assessment.FrameworkProblem;
import vn.steerboard.assessment.InvalidFrameworkException;

/** Parses a framework definition with line-numbered errors; hostile constructs are refused before composing. */
public final class FrameworkYaml {

    private FrameworkYaml() {}

    public static Framework parse(String yaml, int maxBytes, int maxDepth) {
        if (yaml == null || yaml.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new InvalidFrameworkException(List.of(new FrameworkProblem(0, "", "assessment.framework.too_large")));
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(maxDepth + 2);
        options.setCodePointLimit(maxBytes);
        Node root;
        try {
            List<FrameworkProblem> hostile = HostileYamlGuard.check(yaml, options, maxDepth);
            if (!hostile.isEmpty()) {
                throw new InvalidFrameworkException(hostile);
            }
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new InvalidFrameworkException(List.of(new FrameworkProblem(line, "", "assessment.framework.syntax")));
        } catch (YAMLException e) {
            throw new InvalidFrameworkException(List.of(new FrameworkProblem(0, "", "assessment.framework.syntax")));
        }
        if (root == null) {
            throw new InvalidFrameworkException(List.of(new FrameworkProblem(1, "", "assessment.framework.empty")));
        }
        FrameworkReader reader = new FrameworkReader();
        Framework framework = reader.framework(root);
        if (!reader.problems().isEmpty()) {
            throw new InvalidFrameworkException(reader.problems());
        }
        return framework;
    }

    static Map<String, Double> orderedMap() {
        return new LinkedHashMap<>();
    }

    static <T> List<T> list() {
        return new ArrayList<>();
    }
}
