package vn.steerboard.quality.internal;

import java.util.Map;
import java.util.Properties;
import java.util.Set;
import vn.steerboard.common.InvalidParameterException;

/**
 * A database a server-side scan may connect to, parsed from the URL an agency typed by a strict grammar per
 * driver (and, for PostgreSQL, cross-checked with the driver's own parser). Only PostgreSQL, MySQL/MariaDB,
 * SQL Server and Oracle are accepted; every other scheme (H2, DuckDB, SQLite, Derby, …) is refused, as is any
 * property outside the driver's allow-list. The driver never sees the typed text: {@link #url()} is rebuilt
 * from the parsed parts and the properties travel separately.
 *
 * <p>{@link JdbcUrlGrammar} parses, with {@link JdbcUrlProperties} and {@link PgjdbcCrossCheck};
 * {@link ReadOnlyConnection} sets what the driver gets.
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

    /** Parses a URL; a 400 naming the problem for anything outside the grammar ({@link JdbcUrlGrammar}). */
    static JdbcTarget parse(String url) {
        return JdbcUrlGrammar.parse(url);
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

    /** The connection properties, read-only and bounded in time ({@link ReadOnlyConnection}). */
    Properties connectionProperties(String user, String password, int statementTimeoutSeconds) {
        return ReadOnlyConnection.properties(this, user, password, statementTimeoutSeconds);
    }

    /** A URL as it may be shown: the value of any credential-like parameter replaced. */
    static String redact(String url) {
        return url == null ? null : url.replaceAll("(?i)(password|pwd|passwd|user|username|uid)=[^&;]*", "$1=***");
    }

    /** The refusal of a URL: a 400 on the field 'location', the URL shown redacted. */
    static InvalidParameterException refused(String url, String why, String key, Object... args) {
        return InvalidParameterException.field("location", redact(url), why).because(key, args);
    }
}
