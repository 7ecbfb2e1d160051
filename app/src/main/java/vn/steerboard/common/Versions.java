package vn.steerboard.common;

/** The version a client was shown, from a body field or an If-Match ETag ({@code "3"} or {@code W/"3"}). */
public final class Versions {

    private Versions() {
    }

    /** The ETag of a version: {@code "3"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The body's {@code version}, else the If-Match header's, else null; a malformed If-Match is a 400. */
    public static Long expected(Long bodyVersion, String ifMatch) {
        if (bodyVersion != null) {
            return bodyVersion;
        }
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("If-Match", ifMatch, "the ETag the resource was shown with, e.g. \"3\"")
                    .because("reason.ifMatch");
        }
    }

    /**
     * A decision's version, refused (428) when the client named none. Services call it after their permission checks,
     * so a caller who may not decide learns nothing about versions.
     */
    public static long require(Long version, String what) {
        if (version == null) {
            throw new PreconditionRequiredException("version", what + " must name the version it was shown: the field"
                    + " 'version' or an If-Match header with the ETag of the GET").because("problem.version.required");
        }
        return version;
    }
}
