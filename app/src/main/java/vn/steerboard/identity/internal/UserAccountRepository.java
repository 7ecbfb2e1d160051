package vn.steerboard.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.steerboard.identity.Role;

@Repository
class UserAccountRepository {

    private final JdbcClient jdbc;

    private final vn.steerboard.common.VietnamTime time;

    UserAccountRepository(JdbcClient jdbc, vn.steerboard.common.VietnamTime time) {
        this.time = time;
        this.jdbc = jdbc;
    }

    Optional<UserAccount> find(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = ?").param(username)
                .query(UserAccountRepository::account).optional();
    }

    List<UserAccount> all() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY username").query(UserAccountRepository::account).list();
    }

    void insert(UserAccount account) {
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, email, password_hash, role, unit_code, enabled, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(account.username(), account.displayName(), account.email(), account.passwordHash(),
                        account.role().name(), account.unitCode(), account.enabled(), time.now())
                .update();
    }

    void setEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = ? WHERE username = ?").params(enabled, username).update();
    }

    static UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getString("unit_code"),
                rs.getBoolean("enabled"));
    }
}
