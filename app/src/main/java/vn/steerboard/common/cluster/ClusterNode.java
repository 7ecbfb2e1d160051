package vn.steerboard.common.cluster;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.Driver;
import org.springframework.stereotype.Component;

/**
 * This node among the others on one database: its random id (a notification carrying it is one's own), whether
 * the database is PostgreSQL (on H2 there is one node and nothing to say), and how to open the listener's own
 * connection with the pool's URL and credentials, outside the pool.
 */
@Component
public class ClusterNode {

    private final String id = UUID.randomUUID().toString();
    private final Optional<HikariDataSource> postgres;
    private volatile boolean listening;

    ClusterNode(DataSource dataSource) {
        this.postgres = postgresPool(dataSource);
    }

    public String id() {
        return id;
    }

    /** True when nodes may share this database: PostgreSQL behind Hikari. */
    public boolean shared() {
        return postgres.isPresent();
    }

    /**
     * True while this node hears the others: its listening connection is open and {@code LISTEN} was sent. Always
     * false on H2. A change another node commits while this is false is not heard one by one; the whole area is
     * refreshed when listening starts again.
     */
    public boolean listening() {
        return listening;
    }

    void listening(boolean now) {
        listening = now;
    }

    /** A connection of the listener's own, never one of the pool's: it is held for as long as the node runs. */
    Connection openListenerConnection() throws SQLException {
        HikariDataSource pool = postgres.orElseThrow();
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", "steerboard figures listener");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = new Driver().connect(pool.getJdbcUrl(), properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL");
        }
        connection.setAutoCommit(true);
        return connection;
    }

    private static Optional<HikariDataSource> postgresPool(DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
                if (pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    return Optional.of(pool);
                }
            }
        } catch (SQLException notHikari) {
            // fall through: one node
        }
        return Optional.empty();
    }
}
