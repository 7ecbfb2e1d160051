package vn.steerboard.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.VietnameseText;
import vn.steerboard.registry.Registry;

/**
 * Deputy approvers named by an ADMIN (four eyes): the account may approve submissions and accept tasks for the
 * unit and its subtree as a LEADER of the unit would, so that a unit whose only leader submitted can still be
 * approved. A deputy is an OFFICER or LEADER bound to the unit or one of its ancestors (so that it can read what
 * it approves). Public only for {@link vn.steerboard.identity.AccessPolicy}.
 */
@Service
public class ApprovalDeputies {

    private final JdbcClient jdbc;
    private final Registry registry;
    private final UserAccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;

    ApprovalDeputies(JdbcClient jdbc, Registry registry, UserAccountRepository accounts, AuditTrail audit,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public record Deputy(long id, String unitCode, String username, String reason, String namedBy,
            OffsetDateTime namedAt, String revokedBy, OffsetDateTime revokedAt) {
    }

    public record NewDeputy(String unitCode, String username, String reason) {
    }

    /** Whether {@code username} is a deputy approver (not revoked) for {@code unitCode} or one of its ancestors. */
    public boolean isDeputyOver(String username, String unitCode) {
        if (username == null || unitCode == null) {
            return false;
        }
        List<String> units = jdbc.sql("SELECT unit_code FROM approval_deputy WHERE username = ? AND revoked_at IS NULL")
                .param(username).query(String.class).list();
        return units.stream().anyMatch(unit -> registry.isWithin(unitCode, unit));
    }

    @Transactional
    Deputy name(NewDeputy request, String namedBy) {
        String unit = request.unitCode() == null ? "" : request.unitCode().strip();
        if (unit.isEmpty() || !registry.exists(unit)) {
            throw InvalidParameterException.field("unitCode", request.unitCode(), "no organisation unit has this code"
                    + " (the national level needs no deputy: any other ADMIN approves it)").because("reason.deputy.unit");
        }
        String username = request.username() == null ? "" : request.username().strip();
        UserAccount account = accounts.find(username).orElseThrow(() ->
                InvalidParameterException.field("username", request.username(), "no account has this name")
                        .because("reason.account.unknown"));
        if (!account.enabled()) {
            throw InvalidParameterException.field("username", username, "the account is disabled")
                    .because("reason.account.disabled");
        }
        if (!account.role().needsUnit() || !registry.isWithin(unit, account.unitCode())) {
            throw InvalidParameterException.field("username", username, "a deputy must be an OFFICER or LEADER bound to "
                    + unit + " or one of its ancestors (this account is " + account.role()
                    + (account.unitCode() == null ? "" : " of " + account.unitCode()) + ")")
                    .because("reason.deputy.role", unit, account.role(), account.unitCode() == null ? "—" : account.unitCode());
        }
        String reason = request.reason() == null ? "" : VietnameseText.clean(request.reason()).strip();
        if (reason.isEmpty() || reason.length() > 500) {
            throw InvalidParameterException.field("reason", request.reason(), "why the deputy is named, 1 to 500 characters")
                    .because("reason.deputy.reason");
        }
        if (active().stream().anyMatch(d -> d.unitCode().equals(unit) && d.username().equals(username))) {
            throw InvalidParameterException.field("username", username, "is already a deputy approver for " + unit)
                    .because("reason.deputy.already", unit);
        }
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO approval_deputy (unit_code, username, reason, named_by, named_at) VALUES (?, ?, ?, ?, ?)")
                .params(unit, username, reason, namedBy, OffsetDateTime.now(clock)).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        Deputy deputy = byId(id).orElseThrow();
        audit.record(AuditEvent.change("NAME_DEPUTY", "approval-deputy", String.valueOf(id), unit, null, deputy));
        return deputy;
    }

    @Transactional
    Deputy revoke(long id, String revokedBy) {
        Deputy before = byId(id).orElseThrow(() -> new NotFoundException("Deputy approver " + id + " does not exist")
                .because("problem.deputy.notFound", String.valueOf(id)));
        if (before.revokedAt() == null) {
            jdbc.sql("UPDATE approval_deputy SET revoked_by = ?, revoked_at = ? WHERE id = ?")
                    .params(revokedBy, OffsetDateTime.now(clock), id).update();
        }
        Deputy after = byId(id).orElseThrow();
        audit.record(AuditEvent.change("REVOKE_DEPUTY", "approval-deputy", String.valueOf(id), before.unitCode(), before, after));
        return after;
    }

    List<Deputy> all() {
        return jdbc.sql("SELECT * FROM approval_deputy ORDER BY revoked_at NULLS FIRST, unit_code, id")
                .query(ApprovalDeputies::deputy).list();
    }

    List<Deputy> active() {
        return jdbc.sql("SELECT * FROM approval_deputy WHERE revoked_at IS NULL ORDER BY unit_code, id")
                .query(ApprovalDeputies::deputy).list();
    }

    private Optional<Deputy> byId(long id) {
        return jdbc.sql("SELECT * FROM approval_deputy WHERE id = ?").param(id).query(ApprovalDeputies::deputy).optional();
    }

    private static Deputy deputy(ResultSet rs, int row) throws SQLException {
        return new Deputy(rs.getLong("id"), rs.getString("unit_code"), rs.getString("username"), rs.getString("reason"),
                rs.getString("named_by"), rs.getObject("named_at", OffsetDateTime.class), rs.getString("revoked_by"),
                rs.getObject("revoked_at", OffsetDateTime.class));
    }
}
