package vn.steerboard.quality.internal;

import java.util.Properties;

/**
 * The connection properties of a scan: the allowed ones typed, then the server's own, which make every statement
 * read-only and bounded in time and switch off what a driver could do beyond reading.
 */
final class ReadOnlyConnection {

    private ReadOnlyConnection() {
    }

    /**
     * The server's properties over the typed ones. A typed property the server sets too, in whatever case
     * ({@code SocketTimeout=0} beside the server's {@code socketTimeout}), is dropped: the drivers read names ignoring
     * case, so both would reach the driver and which one it kept would be the driver's choice, not the server's.
     */
    static Properties properties(JdbcTarget target, String user, String password, int statementTimeoutSeconds) {
        Properties server = serverProperties(target, user, password, statementTimeoutSeconds);
        java.util.Set<String> own = new java.util.HashSet<>();
        server.stringPropertyNames().forEach(name -> own.add(JdbcUrlProperties.canonical(name, target.kind())));
        Properties props = new Properties();
        target.properties().forEach((name, value) -> {
            if (!own.contains(JdbcUrlProperties.canonical(name, target.kind()))) {
                props.setProperty(name, value);
            }
        });
        props.putAll(server);
        return props;
    }

    private static Properties serverProperties(JdbcTarget target, String user, String password, int statementTimeoutSeconds) {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        props.setProperty("password", password == null ? "" : password);
        int socketSeconds = statementTimeoutSeconds + 60;
        switch (target.kind()) {
            case POSTGRESQL -> postgresql(props, statementTimeoutSeconds, socketSeconds);
            case MYSQL, MARIADB -> mysql(props, statementTimeoutSeconds, socketSeconds);
            case SQLSERVER -> {
                props.setProperty("databaseName", target.database());
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

    private static void postgresql(Properties props, int statementTimeoutSeconds, int socketSeconds) {
        props.setProperty("options", "-c default_transaction_read_only=on -c statement_timeout="
                + statementTimeoutSeconds * 1000);
        props.setProperty("readOnly", "true");
        props.setProperty("readOnlyMode", "always");
        props.setProperty("connectTimeout", "10");
        props.setProperty("loginTimeout", "15");
        props.setProperty("socketTimeout", String.valueOf(socketSeconds));
        props.setProperty("ApplicationName", "steerboard-quality-scan");
    }

    private static void mysql(Properties props, int statementTimeoutSeconds, int socketSeconds) {
        props.setProperty("sessionVariables", "transaction_read_only=1,max_execution_time="
                + statementTimeoutSeconds * 1000);
        props.setProperty("allowLoadLocalInfile", "false");
        props.setProperty("allowUrlInLocalInfile", "false");
        props.setProperty("autoDeserialize", "false");
        props.setProperty("allowMultiQueries", "false");
        props.setProperty("connectTimeout", "10000");
        props.setProperty("socketTimeout", String.valueOf(socketSeconds * 1000));
    }
}
