package vn.steerboard.common.cluster;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL of the notifications: sending through the pool, listening on the listener's own connection. */
@org.springframework.stereotype.Component
class ChangeNoticeStore {

    static final String CHANNEL = "steerboard_figures";

    private static final Pattern PLAIN_SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,40}");

    private final JdbcClient jdbc;

    ChangeNoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sent inside the caller's transaction, if any: PostgreSQL delivers it at commit, and never after a rollback. */
    void notify(String channel, String payload) {
        jdbc.sql("SELECT pg_notify(:channel, :payload)").param("channel", channel).param("payload", payload)
                .query((rs, n) -> 1).list();
    }

    String channel() {
        return channelOf(jdbc.sql("SELECT current_schema()").query(String.class).single());
    }

    /**
     * One channel per schema: nodes share figures when they share tables, so two applications in two schemas of one
     * database (as the tests run them) do not hear each other. A channel is an identifier, so it is built only from
     * a plain schema name, and from its hash otherwise.
     */
    static String channelOf(String schema) {
        if (schema == null || "public".equals(schema)) {
            return CHANNEL;
        }
        return CHANNEL + "_" + (PLAIN_SCHEMA.matcher(schema).matches() ? schema : Integer.toHexString(schema.hashCode()));
    }

    static String channel(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_schema()")) {
            rs.next();
            return channelOf(rs.getString(1));
        }
    }

    /** {@code LISTEN} takes an identifier, not a parameter: the channel is one {@link #channelOf} built. */
    static void listen(Connection connection, String channel) throws SQLException {
        if (!channel.matches("[a-z0-9_]{1,63}")) {
            throw new IllegalArgumentException("channel " + channel);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + channel);
        }
    }
}
