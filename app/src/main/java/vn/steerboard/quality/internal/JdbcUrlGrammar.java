package vn.steerboard.quality.internal;

import static vn.steerboard.quality.internal.JdbcTarget.refused;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.steerboard.quality.internal.JdbcTarget.Kind;

/**
 * The strict grammar of the JDBC URLs a server-side scan accepts, one per driver: one host, a port, a database
 * and only allowed properties. Anything else, and every other scheme, is a 400 naming the problem.
 */
final class JdbcUrlGrammar {

    private static final String HOST = "(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)";
    /** A database, service or schema name. */
    static final String NAME = "([A-Za-z0-9_][A-Za-z0-9_.$-]{0,127})";
    private static final String PROPS = "((?:[A-Za-z][A-Za-z0-9_.]{0,63}=[A-Za-z0-9_.:,/+-]{0,200}(?:&|$))*)";
    private static final Pattern POSTGRESQL = Pattern.compile("jdbc:postgresql://" + HOST + "(?::(\\d{1,5}))?/" + NAME
            + "(?:\\?" + PROPS + ")?");
    private static final Pattern MYSQL = Pattern.compile("jdbc:(mysql|mariadb)://" + HOST + "(?::(\\d{1,5}))?/" + NAME
            + "(?:\\?" + PROPS + ")?");
    private static final Pattern SQLSERVER = Pattern.compile("jdbc:sqlserver://" + HOST + "(?::(\\d{1,5}))?"
            + "((?:;[A-Za-z][A-Za-z0-9_]{0,63}=[A-Za-z0-9_.:,/+-]{0,200})*);?");
    private static final Pattern ORACLE = Pattern.compile("jdbc:oracle:thin:@(?://)?" + HOST + "(?::(\\d{1,5}))?([:/])"
            + NAME);

    private JdbcUrlGrammar() {
    }

    static JdbcTarget parse(String url) {
        if (url == null || url.isBlank()) {
            throw refused(url, "a JDBC URL is required", "reason.jdbc.required");
        }
        String text = url.strip();
        if (text.length() > 1000) {
            throw refused(text, "longer than 1000 characters", "reason.tooLong", 1000);
        }
        String scheme = text.toLowerCase(Locale.ROOT);
        if (scheme.startsWith("jdbc:postgresql:")) {
            return postgresql(text);
        }
        if (scheme.startsWith("jdbc:mysql:") || scheme.startsWith("jdbc:mariadb:")) {
            return mysql(text);
        }
        if (scheme.startsWith("jdbc:sqlserver:")) {
            return sqlServer(text);
        }
        if (scheme.startsWith("jdbc:oracle:")) {
            return oracle(text);
        }
        throw refused(text, "server-side scans connect only to PostgreSQL, MySQL/MariaDB, SQL Server or Oracle"
                + " (jdbc:postgresql://, jdbc:mysql://, jdbc:mariadb://, jdbc:sqlserver://, jdbc:oracle:thin:@//);"
                + " scan anything else with the command line inside the agency and upload the report", "reason.jdbc.kind");
    }

    private static JdbcTarget postgresql(String text) {
        Matcher m = shaped(POSTGRESQL, text, "jdbc:postgresql://host:port/database?sslmode=require");
        JdbcTarget target = new JdbcTarget(Kind.POSTGRESQL, host(m.group(1)), port(m.group(2), Kind.POSTGRESQL, text),
                m.group(3), JdbcUrlProperties.parse(m.group(4), "&", Kind.POSTGRESQL, text));
        PgjdbcCrossCheck.require(text, target);
        return target;
    }

    private static JdbcTarget mysql(String text) {
        Matcher m = shaped(MYSQL, text, "jdbc:mysql://host:3306/database (or jdbc:mariadb://…)");
        Kind kind = m.group(1).equals("mysql") ? Kind.MYSQL : Kind.MARIADB;
        return new JdbcTarget(kind, host(m.group(2)), port(m.group(3), kind, text), m.group(4),
                JdbcUrlProperties.parse(m.group(5), "&", kind, text));
    }

    private static JdbcTarget sqlServer(String text) {
        Matcher m = shaped(SQLSERVER, text, "jdbc:sqlserver://host:1433;databaseName=db;encrypt=true (no instance name)");
        Map<String, String> props = JdbcUrlProperties.parse(m.group(3).isEmpty() ? "" : m.group(3).substring(1), ";",
                Kind.SQLSERVER, text);
        String database = JdbcUrlProperties.valueOf(props, "databaseName", Kind.SQLSERVER);
        if (database == null || !database.matches(NAME)) {
            throw refused(text, "name the database with databaseName=…", "reason.jdbc.databaseName");
        }
        return new JdbcTarget(Kind.SQLSERVER, host(m.group(1)), port(m.group(2), Kind.SQLSERVER, text), database, props);
    }

    private static JdbcTarget oracle(String text) {
        Matcher m = shaped(ORACLE, text, "jdbc:oracle:thin:@//host:1521/service (no TNS descriptor, alias or LDAP)");
        return new JdbcTarget(Kind.ORACLE, host(m.group(1)), port(m.group(2), Kind.ORACLE, text),
                (m.group(3).equals(":") ? ":" : "/") + m.group(4), Map.of());
    }

    /** The matcher over the whole text; refused, with the example, when the text is not of that shape. */
    private static Matcher shaped(Pattern pattern, String text, String example) {
        Matcher m = pattern.matcher(text);
        if (!m.matches()) {
            throw refused(text, "not a plain URL of the form " + example + "; one host, a port, a database and only"
                    + " allowed properties", "reason.jdbc.shape", example);
        }
        return m;
    }

    private static String host(String host) {
        return host.toLowerCase(Locale.ROOT);
    }

    private static int port(String port, Kind kind, String text) {
        int value = port == null ? kind.defaultPort : Integer.parseInt(port);
        if (value < 1 || value > 65535) {
            throw refused(text, "port " + value + " is outside 1..65535", "reason.host.port");
        }
        return value;
    }
}
