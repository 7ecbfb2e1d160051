package vn.steerboard.quality.internal;

import static vn.steerboard.quality.internal.JdbcTarget.refused;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import vn.steerboard.quality.internal.JdbcTarget.Kind;

/** The properties typed in a JDBC URL: only the driver's allowed ones, each once, and never a credential. */
final class JdbcUrlProperties {

    private static final Set<String> CREDENTIALS = Set.of("user", "username", "password", "pwd", "uid", "passwd");

    private JdbcUrlProperties() {
    }

    /** {@code raw}: the pairs after '?' (or ';'), split at {@code separator}; {@code text} the URL, for a refusal. */
    static Map<String, String> parse(String raw, String separator, Kind kind, String text) {
        Map<String, String> props = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return props;
        }
        Set<String> seen = new java.util.HashSet<>();
        for (String pair : raw.split(Pattern.quote(separator))) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq);
            refuseUnlessAllowed(name, kind, text);
            // the drivers read names ignoring case ('socketTimeout' and 'SocketTimeout' are one), and SQL Server
            // takes 'database' for 'databaseName': which of two a driver keeps is up to it
            if (!seen.add(canonical(name, kind))) {
                throw refused(text, "property '" + name + "' given twice", "reason.jdbc.propertyTwice", name);
            }
            props.put(name, pair.substring(eq + 1));
        }
        return props;
    }

    /** A property's name as the driver reads it: lower case, SQL Server's 'database' as 'databasename'. */
    static String canonical(String name, Kind kind) {
        String lower = name.toLowerCase(Locale.ROOT);
        return kind == Kind.SQLSERVER && lower.equals("database") ? "databasename" : lower;
    }

    /** The value of a property named as the driver reads it ({@link #canonical}), or null. */
    static String valueOf(Map<String, String> props, String name, Kind kind) {
        String wanted = canonical(name, kind);
        return props.entrySet().stream().filter(e -> canonical(e.getKey(), kind).equals(wanted)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static void refuseUnlessAllowed(String name, Kind kind, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (CREDENTIALS.contains(lower)) {
            throw refused(text, "property '" + name + "' is not allowed:"
                    + " credentials go in the username and password fields, never in the URL", "reason.jdbc.credentials", name);
        }
        if (!kind.allowed.contains(lower)) {
            String allowed = kind.allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(kind.allowed));
            throw refused(text, "property '" + name + "' is not allowed for " + kind.name().toLowerCase(Locale.ROOT)
                    + "; allowed: " + allowed, "reason.jdbc.property", name, allowed.equals("none") ? "—" : allowed);
        }
    }
}
