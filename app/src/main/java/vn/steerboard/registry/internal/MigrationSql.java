package vn.steerboard.registry.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The registry's Java migrations' two statements: whether a row exists, and a change with text parameters. */
final class MigrationSql {

    private MigrationSql() {
    }

    static boolean exists(Connection connection, String sql, String param) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, param);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    static int update(Connection connection, String sql, String... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setString(i + 1, params[i] == null || params[i].isEmpty() ? null : params[i]);
            }
            return statement.executeUpdate();
        }
    }
}
