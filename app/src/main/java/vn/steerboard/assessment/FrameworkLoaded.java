package vn.steerboard.assessment;

/** Published inside the transaction that stored a new framework version (built in at start, or an ADMIN upload). */
public record FrameworkLoaded(String code, int version, boolean builtIn, String by) {
}
