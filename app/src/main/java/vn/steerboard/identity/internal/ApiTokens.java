package vn.steerboard.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.Role;
import vn.steerboard.registry.Registry;

/**
 * API tokens for other systems. The secret is shown once at creation; only its SHA-256 is
 * stored, so a leaked database does not leak usable tokens.
 */
@Service
class ApiTokens {

    static final String PREFIX = "sbt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Registry registry;
    private final AuditTrail audit;

    private final vn.steerboard.common.VietnamTime time;

    ApiTokens(JdbcClient jdbc, Registry registry, AuditTrail audit, vn.steerboard.common.VietnamTime time) {
        this.time = time;
        this.jdbc = jdbc;
        this.registry = registry;
        this.audit = audit;
    }

    record TokenView(long id, String name, String prefix, Role role, String unitCode, String createdBy,
            OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt) {
    }

    record IssuedToken(TokenView token, String secret) {
    }

    record NewToken(String name, Role role, String unitCode, OffsetDateTime expiresAt) {
    }

    @Transactional
    IssuedToken issue(NewToken request, String createdBy) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw InvalidParameterException.field("name", request.name(), "must have 1 to 120 characters")
                    .because("reason.length", 1, 120);
        }
        if (request.role() == null) {
            throw InvalidParameterException.field("role", null, "must be one of ADMIN, OFFICER, LEADER, VIEWER")
                    .because("reason.role");
        }
        String unit = request.unitCode() == null || request.unitCode().isBlank() ? null : request.unitCode().strip();
        if (request.role().needsUnit() && unit == null) {
            throw InvalidParameterException.field("unitCode", null, request.role() + " tokens must be bound to a unit")
                    .because("reason.token.unitRequired", request.role());
        }
        if (unit != null && !registry.exists(unit)) {
            throw InvalidParameterException.field("unitCode", unit, "no organisation unit has this code")
                    .because("reason.unit.unknown");
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(time.now())) {
            throw InvalidParameterException.field("expiresAt", request.expiresAt(), "must be in the future")
                    .because("reason.future");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM api_token WHERE name = ?").param(name).query(Long.class).single() > 0) {
            throw InvalidParameterException.field("name", name, "a token with this name already exists")
                    .because("reason.token.nameTaken");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.sql("""
                INSERT INTO api_token (name, token_hash, token_prefix, role, unit_code, created_by, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(name, sha256(secret), secret.substring(0, 10), request.role().name(), unit, createdBy,
                        time.now(), request.expiresAt())
                .update();
        TokenView view = byName(name).orElseThrow();
        audit.record(AuditEvent.change("CREATE", "api-token", String.valueOf(view.id()), unit, null, view));
        return new IssuedToken(view, secret);
    }

    @Transactional
    TokenView revoke(long id) {
        TokenView before = byId(id).orElseThrow(() -> new NotFoundException("API token " + id + " does not exist")
                .because("problem.token.notFound", String.valueOf(id)));
        if (before.revokedAt() == null) {
            jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ?").params(time.now(), id).update();
        }
        TokenView after = byId(id).orElseThrow();
        audit.record(AuditEvent.change("REVOKE", "api-token", String.valueOf(id), before.unitCode(), before, after));
        return after;
    }

    List<TokenView> all() {
        return jdbc.sql("SELECT * FROM api_token ORDER BY id").query(ApiTokens::view).list();
    }

    /** The actor behind a presented secret, if it is known, not revoked and not expired. */
    Optional<Actor> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM api_token WHERE token_hash = ?").param(sha256(secret))
                .query(ApiTokens::view).optional()
                .filter(t -> t.revokedAt() == null)
                .filter(t -> t.expiresAt() == null || t.expiresAt().isAfter(time.now()))
                .map(t -> new Actor("token:" + t.name(), t.role(), t.unitCode(), true));
    }

    private Optional<TokenView> byId(long id) {
        return jdbc.sql("SELECT * FROM api_token WHERE id = ?").param(id).query(ApiTokens::view).optional();
    }

    private Optional<TokenView> byName(String name) {
        return jdbc.sql("SELECT * FROM api_token WHERE name = ?").param(name).query(ApiTokens::view).optional();
    }

    static TokenView view(ResultSet rs, int row) throws SQLException {
        return new TokenView(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                Role.valueOf(rs.getString("role")), rs.getString("unit_code"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
