package vn.steerboard.assessment;

import vn.steerboard.assessment.internal.FrameworkYaml;

/** Reads a framework definition (YAML, no aliases, anchors or tags; bounded size and depth). */
public final class FrameworkLoader {

    public static final int MAX_BYTES = 512 * 1024;
    public static final int MAX_DEPTH = 12;

    private FrameworkLoader() {}

    public static Framework parse(String yaml) {
        return FrameworkYaml.parse(yaml, MAX_BYTES, MAX_DEPTH);
    }
}
