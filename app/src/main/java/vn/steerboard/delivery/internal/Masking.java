package vn.steerboard.delivery.internal;

/** Personal values as they may leave the module: a name as its initials, an identity number as its last 3 digits. */
public final class Masking {

    private Masking() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        StringBuilder masked = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (masked.length() > 0) {
                masked.append(' ');
            }
            masked.appendCodePoint(word.codePointAt(0)).append("***");
        }
        return masked.toString();
    }

    public static String id(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return "*".repeat(Math.max(0, id.length() - 3)) + id.substring(Math.max(0, id.length() - 3));
    }
}
