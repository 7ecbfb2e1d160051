package vn.steerboard.assessment;

import vn.steerboard.common.FiguresChanged;

/**
 * Published inside the transaction that stored a new framework version (built in at start, or an ADMIN upload). The
 * national figures are those of a framework's latest version, so they change with it on every node: as a change of
 * the "assessments" figures (programme-wide) it travels to the other nodes, whose cached figures are cleared too.
 */
public record FrameworkLoaded(String code, int version, boolean builtIn, String by) implements FiguresChanged {

    @Override
    public String area() {
        return "assessments";
    }

    @Override
    public String unitCode() {
        return null;
    }
}
