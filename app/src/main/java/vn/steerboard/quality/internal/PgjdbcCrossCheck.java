package vn.steerboard.quality.internal;

import static vn.steerboard.quality.internal.JdbcTarget.refused;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Properties;
import vn.steerboard.quality.internal.JdbcTarget.Kind;

/** The PostgreSQL driver's own parser must read the same host, port, database and nothing beyond the allowed properties. */
final class PgjdbcCrossCheck {

    private PgjdbcCrossCheck() {
    }

    static void require(String text, JdbcTarget target) {
        Properties parsed;
        try {
            Method parse = Class.forName(Kind.POSTGRESQL.driverClass).getMethod("parseURL", String.class, Properties.class);
            parsed = (Properties) parse.invoke(null, text, new Properties());
        } catch (ReflectiveOperationException | LinkageError e) {
            return; // no driver on this server: the scan will say so; the strict grammar already decided
        }
        if (parsed == null) {
            throw refused(text, "the PostgreSQL driver does not accept this URL", "reason.jdbc.driverRefuses");
        }
        boolean same = JdbcTarget.stripBrackets(target.host())
                .equalsIgnoreCase(JdbcTarget.stripBrackets(parsed.getProperty("PGHOST", "")))
                && String.valueOf(target.port()).equals(parsed.getProperty("PGPORT"))
                && target.database().equals(parsed.getProperty("PGDBNAME"));
        if (!same) {
            throw refused(text, "the PostgreSQL driver reads this URL differently from its plain form",
                    "reason.jdbc.driverDiffers");
        }
        for (String key : parsed.stringPropertyNames()) {
            if (!key.startsWith("PG") && !Kind.POSTGRESQL.allowed.contains(key.toLowerCase(Locale.ROOT))) {
                throw refused(text, "property '" + key + "' is not allowed", "reason.jdbc.property", key, "—");
            }
        }
    }
}
