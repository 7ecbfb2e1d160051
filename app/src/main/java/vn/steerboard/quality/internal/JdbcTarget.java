package vn.steerboard.quality.internal;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.steerboard.common.InvalidParameterException;

/**
 * A database a server-side scan may connect to, parsed from the URL an agency typed by a strict grammar per
 * driver (and, for PostgreSQL, cross-checked with the driver's own parser). Only PostgreSQL, MySQL/MariaDB,
 * SQL Server and Oracle are accepted; every other scheme (H2, DuckDB, SQLite, Derby, …) is refused, as is any
 * property outside the driver's allow-list. The driver never sees the typed text: {@link #url()} is rebuilt
 * from the parsed parts and the properties travel separately.
 */
record JdbcTarget(Kind kind, String host, int port, String database, Map<String, String> properties) {

    enum Kind {
        POSTGRESQL("org.postgresql.Driver", 5432, Set.of("sslmode", "ssl", "currentschema", "connecttimeout",
                "sockettimeout", "logintimeout", "tcpkeepalive", "applicationname")),
        MYSQL("com.mysql.cj.jdbc.Driver", 3306, Set.of("usessl", "sslmode", "requiressl", "verifyservercertificate",
                "connecttimeout", "sockettimeout", "characterencoding", "servertimezone", "connectiontimezone",
                "useunicode")),
        MARIADB("org.mariadb.jdbc.Driver", 3306, Set.of("sslmode", "usessl", "connecttimeout", "sockettimeout")),
        SQLSERVER("com.microsoft.sqlserver.jdbc.SQLServerDriver", 1433, Set.of("databasename", "database", "encrypt",
                "trustservercertificate", "hostnameincertificate", "logintimeout", "applicationname", "sockettimeout")),
        ORACLE("oracle.jdbc.OracleDriver", 1521, Set.of());

        final String driverClass;
        final int defaultPort;
        /** Property names allowed in the URL, lower case. */
        final Set<String> allowed;

        Kind(String driverClass, int defaultPort, Set<String> allowed) {
            this.driverClass = driverClass;
            this.defaultPort = defaultPort;
            this.allowed = allowed;
        }
    }

    private static final String HOST = "(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)";
    private static final String NAME = "([A-Za-z0-9_][A-Za-z0-9_.$-]{0,127})";
    private static final String PROPS = "((?:[A-Za-z][A-Za-z0-9_.]{0,63}=[A-Za-z0-9_.:,/+-]{0,200}(?:&|$))*)";
    private static final Pattern POSTGRESQL = Pattern.compile("jdbc:postgresql://" + HOST + "(?::(\\d{1,5}))?/" + NAME
            + "(?:\\?" + PROPS + ")?");
    private static final Pattern MYSQL = Pattern.compile("jdbc:(mysql|mariadb)://" + HOST + "(?::(\\d{1,5}))?/" + NAME
            + "(?:\\?" + PROPS + ")?");
    private static final Pattern SQLSERVER = Pattern.compile("jdbc:sqlserver://" + HOST + "(?::(\\d{1,5}))?"
            + "((?:;[A-Za-z][A-Za-z0-9_]{0,63}=[A-Za-z0-9_.:,/+-]{0,200})*);?");
    private static final Pattern ORACLE = Pattern.compile("jdbc:oracle:thin:@(?://)?" + HOST + "(?::(\\d{1,5}))?([:/])"
            + NAME);
    private static final Set<String> CREDENTIALS = Set.of("user", "username", "password", "pwd", "uid", "passwd");

    /** Parses a URL; a 400 naming the problem for anything outside the grammar. */
    static JdbcTarget parse(String url) {
        if (url == null || url.isBlank()) {
            throw refused(url, "a JDBC URL is required", "reason.jdbc.required");
        }
        String text = url.strip();
        if (text.length() > 1000) {
            throw refused(text, "longer than 1000 characters", "reason.tooLong", 1000);
        }
        String scheme = text.toLowerCase(Locale.ROOT);
        Matcher m;
        if (scheme.startsWith("jdbc:postgresql:")) {
            m = POSTGRESQL.matcher(text);
            requireShape(m, text, "jdbc:postgresql://host:port/database?sslmode=require");
            JdbcTarget target = new JdbcTarget(Kind.POSTGRESQL, host(m.group(1)), port(m.group(2), Kind.POSTGRESQL, text),
                    m.group(3), properties(m.group(4), "&", Kind.POSTGRESQL, text));
            crossCheckWithPgjdbc(text, target);
            return target;
        }
        if (scheme.startsWith("jdbc:mysql:") || scheme.startsWith("jdbc:mariadb:")) {
            m = MYSQL.matcher(text);
            requireShape(m, text, "jdbc:mysql://host:3306/database (or jdbc:mariadb://…)");
            Kind kind = m.group(1).equals("mysql") ? Kind.MYSQL : Kind.MARIADB;
            return new JdbcTarget(kind, host(m.group(2)), port(m.group(3), kind, text), m.group(4),
                    properties(m.group(5), "&", kind, text));
        }
        if (scheme.startsWith("jdbc:sqlserver:")) {
            m = SQLSERVER.matcher(text);
            requireShape(m, text, "jdbc:sqlserver://host:1433;databaseName=db;encrypt=true (no instance name)");
            Map<String, String> props = properties(m.group(3).isEmpty() ? "" : m.group(3).substring(1), ";",
                    Kind.SQLSERVER, text);
            String database = props.getOrDefault("databaseName", props.get("database"));
            if (database == null || !database.matches(NAME)) {
                throw refused(text, "name the database with databaseName=…", "reason.jdbc.databaseName");
            }
            return new JdbcTarget(Kind.SQLSERVER, host(m.group(1)), port(m.group(2), Kind.SQLSERVER, text), database, props);
        }
        if (scheme.startsWith("jdbc:oracle:")) {
            m = ORACLE.matcher(text);
            requireShape(m, text, "jdbc:oracle:thin:@//host:1521/service (no TNS descriptor, alias or LDAP)");
            return new JdbcTarget(Kind.ORACLE, host(m.group(1)), port(m.group(2), Kind.ORACLE, text),
                    (m.group(3).equals(":") ? ":" : "/") + m.group(4), Map.of());
        }
        throw refused(text, "server-side scans connect only to PostgreSQL, MySQL/MariaDB, SQL Server or Oracle"
                + " (jdbc:postgresql://, jdbc:mysql://, jdbc:mariadb://, jdbc:sqlserver://, jdbc:oracle:thin:@//);"
                + " scan anything else with the command line inside the agency and upload the report", "reason.jdbc.kind");
    }

    private static void requireShape(Matcher m, String text, String example) {
        if (!m.matches()) {
            throw refused(text, "not a plain URL of the form " + example + "; one host, a port, a database and only"
                    + " allowed properties", "reason.jdbc.shape", example);
        }
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

    private static Map<String, String> properties(String raw, String separator, Kind kind, String text) {
        Map<String, String> props = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return props;
        }
        for (String pair : raw.split(Pattern.quote(separator))) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq);
            String lower = name.toLowerCase(Locale.ROOT);
            if (CREDENTIALS.contains(lower)) {
                throw refused(text, "property '" + name + "' is not allowed:"
                        + " credentials go in the username and password fields, never in the URL", "reason.jdbc.credentials", name);
            }
            if (!kind.allowed.contains(lower)) {
                String allowed = kind.allowed.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(kind.allowed));
                throw refused(text, "property '" + name + "' is not allowed for " + kind.name().toLowerCase(Locale.ROOT)
                        + "; allowed: " + allowed, "reason.jdbc.property", name, allowed.equals("none") ? "—" : allowed);
            }
            if (props.put(name, pair.substring(eq + 1)) != null) {
                throw refused(text, "property '" + name + "' given twice", "reason.jdbc.propertyTwice", name);
            }
        }
        return props;
    }

    /** The driver's own parser must read the same host, port, database and nothing beyond the allowed properties. */
    private static void crossCheckWithPgjdbc(String text, JdbcTarget target) {
        Properties parsed;
        try {
            Method parse = Class.forName(Kind.POSTGRESQL.driverClass).getMethod("parseURL", String.class, Properties.class);
            parsed = (Properties) parse.invoke(null, text, new Properties());
        } catch (ReflectiveOperationException | LinkageError e) {
            return; // no driver on this server: the scan will say so; the strict grammar above already decided
        }
        if (parsed == null) {
            throw refused(text, "the PostgreSQL driver does not accept this URL", "reason.jdbc.driverRefuses");
        }
        boolean same = stripBrackets(target.host()).equalsIgnoreCase(stripBrackets(parsed.getProperty("PGHOST", "")))
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

    static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** The URL the driver gets: rebuilt from the parsed parts, without any property. */
    String url() {
        return switch (kind) {
            case POSTGRESQL -> "jdbc:postgresql://" + host + ":" + port + "/" + database;
            case MYSQL -> "jdbc:mysql://" + host + ":" + port + "/" + database;
            case MARIADB -> "jdbc:mariadb://" + host + ":" + port + "/" + database;
            case SQLSERVER -> "jdbc:sqlserver://" + host + ":" + port;
            case ORACLE -> "jdbc:oracle:thin:@" + (database.startsWith("/") ? "//" + host + ":" + port + database
                    : host + ":" + port + database);
        };
    }

    /** The plain name of the database, without Oracle's leading '/' or ':'. */
    String databaseName() {
        return kind == Kind.ORACLE ? database.substring(1) : database;
    }

    /**
     * The connection properties: the allowed ones typed, then the server's own, which make every statement
     * read-only and bounded in time and switch off what a driver could do beyond reading.
     */
    Properties connectionProperties(String user, String password, int statementTimeoutSeconds) {
        Properties props = new Properties();
        properties.forEach(props::setProperty);
        if (user != null) {
            props.setProperty("user", user);
        }
        props.setProperty("password", password == null ? "" : password);
        int socketSeconds = statementTimeoutSeconds + 60;
        switch (kind) {
            case POSTGRESQL -> {
                props.setProperty("options", "-c default_transaction_read_only=on -c statement_timeout="
                        + statementTimeoutSeconds * 1000);
                props.setProperty("readOnly", "true");
                props.setProperty("readOnlyMode", "always");
                props.setProperty("connectTimeout", "10");
                props.setProperty("loginTimeout", "15");
                props.setProperty("socketTimeout", String.valueOf(socketSeconds));
                props.setProperty("ApplicationName", "steerboard-quality-scan");
            }
            case MYSQL, MARIADB -> {
                props.setProperty("sessionVariables", "transaction_read_only=1,max_execution_time="
                        + statementTimeoutSeconds * 1000);
                props.setProperty("allowLoadLocalInfile", "false");
                props.setProperty("allowUrlInLocalInfile", "false");
                props.setProperty("autoDeserialize", "false");
                props.setProperty("allowMultiQueries", "false");
                props.setProperty("connectTimeout", "10000");
                props.setProperty("socketTimeout", String.valueOf(socketSeconds * 1000));
            }
            case SQLSERVER -> {
                props.setProperty("databaseName", database);
                props.setProperty("applicationIntent", "ReadOnly");
                props.setProperty("loginTimeout", "15");
                props.setProperty("queryTimeout", String.valueOf(statementTimeoutSeconds));
                props.setProperty("socketTimeout", String.valueOf(socketSeconds * 1000));
            }
            case ORACLE -> {
                props.setProperty("oracle.net.CONNECT_TIMEOUT", "10000");
                props.setProperty("oracle.jdbc.ReadTimeout", String.valueOf(socketSeconds * 1000));
            }
        }
        return props;
    }

    /** A URL as it may be shown: the value of any credential-like parameter replaced. */
    static String redact(String url) {
        return url == null ? null : url.replaceAll("(?i)(password|pwd|passwd|user|username|uid)=[^&;]*", "$1=***");
    }

    private static InvalidParameterException refused(String url, String why, String key, Object... args) {
        return InvalidParameterException.field("location", redact(url), why).because(key, args);
    }
}
