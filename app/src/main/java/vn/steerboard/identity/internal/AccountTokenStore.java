package vn.steerboard.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.steerboard.identity.Role;

/** The SQL of personal API tokens ({@code account_token}); never holds or returns a secret, only its hash. */
@Repository
class AccountTokenStore {

    private final JdbcClient jdbc;

    AccountTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A token as listed: no secret, no hash. */
    record TokenRow(long id, String username, String name, String prefix, Role role, String unitCode, String createdBy,
            OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt, String revokedBy,
            OffsetDateTime lastUsedAt) {
    }

    /** What a request's bearer secret leads to: the token and its account as it is now. */
    record Presented(TokenRow token, String storedHash, Role accountRole, String accountUnit, boolean accountEnabled) {
    }

    record Insert(String username, String name, String hash, String prefix, Role role, String unitCode,
            String createdBy, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
    }

    long insert(Insert row) {
        jdbc.sql("""
                INSERT INTO account_token (username, name, token_hash, token_prefix, role, unit_code, created_by,
                                           created_at, expires_at)
                VALUES (:username, :name, :hash, :prefix, :role, :unit, :createdBy, :createdAt, :expiresAt)""")
                .param("username", row.username()).param("name", row.name()).param("hash", row.hash())
                .param("prefix", row.prefix()).param("role", row.role().name()).param("unit", row.unitCode())
                .param("createdBy", row.createdBy()).param("createdAt", row.createdAt())
                .param("expiresAt", row.expiresAt()).update();
        return jdbc.sql("SELECT id FROM account_token WHERE token_hash = :hash").param("hash", row.hash())
                .query(Long.class).single();
    }

    boolean nameTaken(String username, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM account_token WHERE username = :username AND name = :name")
                .param("username", username).param("name", name).query(Long.class).single() > 0;
    }

    List<TokenRow> ofAccount(String username) {
        return jdbc.sql("SELECT * FROM account_token WHERE username = :username ORDER BY id DESC")
                .param("username", username).query(AccountTokenStore::row).list();
    }

    Optional<TokenRow> find(long id) {
        return jdbc.sql("SELECT * FROM account_token WHERE id = :id").param("id", id)
                .query(AccountTokenStore::row).optional();
    }

    void revoke(long id, OffsetDateTime at, String by) {
        jdbc.sql("UPDATE account_token SET revoked_at = :at, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
                .param("at", at).param("by", by).param("id", id).update();
    }

    void used(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE account_token SET last_used_at = :at WHERE id = :id").param("at", at).param("id", id).update();
    }

    /** The token with this hash and its account, in one statement (the per-request cost of a bearer token). */
    Optional<Presented> presented(String hash) {
        return jdbc.sql("""
                SELECT t.*, u.role AS account_role, u.unit_code AS account_unit, u.enabled AS account_enabled
                FROM account_token t JOIN app_user u ON u.username = t.username
                WHERE t.token_hash = :hash""")
                .param("hash", hash)
                .query((rs, n) -> new Presented(row(rs, n), rs.getString("token_hash"),
                        Role.valueOf(rs.getString("account_role")), rs.getString("account_unit"),
                        rs.getBoolean("account_enabled")))
                .optional();
    }

    static TokenRow row(ResultSet rs, int n) throws SQLException {
        return new TokenRow(rs.getLong("id"), rs.getString("username"), rs.getString("name"),
                rs.getString("token_prefix"), Role.valueOf(rs.getString("role")), rs.getString("unit_code"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class),
                rs.getString("revoked_by"), rs.getObject("last_used_at", OffsetDateTime.class));
    }
}
