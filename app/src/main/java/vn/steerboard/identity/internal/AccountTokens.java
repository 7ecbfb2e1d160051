package vn.steerboard.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.UserMessage;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.common.VietnameseText;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.Role;
import vn.steerboard.registry.Registry;

/**
 * Personal API tokens: an account's own bearer tokens for bulk clients. An officer issues them for itself, an ADMIN for
 * any account (a service account); the secret ({@value #PREFIX} and 32 random bytes) is shown once and only its SHA-256
 * kept; issue and revocation are audited, never with the secret. A token is not a way to make tokens: a request
 * authenticated by one may list and revoke but not issue.
 */
@Service
class AccountTokens {

    static final String PREFIX = "sbp_";
    static final int LONGEST_DAYS = 366;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountTokenStore store;
    private final UserAccountRepository accounts;
    private final AccessPolicy access;
    private final Registry registry;
    private final AuditTrail audit;
    private final VietnamTime time;

    AccountTokens(AccountTokenStore store, UserAccountRepository accounts, AccessPolicy access, Registry registry,
            AuditTrail audit, VietnamTime time) {
        this.store = store;
        this.accounts = accounts;
        this.access = access;
        this.registry = registry;
        this.audit = audit;
        this.time = time;
    }

    /** What an officer asks for; role and unit default to the account's own, expiresOn (yyyy-mm-dd) is required. */
    record NewAccountToken(String name, String expiresOn, String role, String unitCode) {
    }

    /** The one answer that carries the secret. */
    record IssuedAccountToken(AccountTokenStore.TokenRow token, String secret) {
    }

    /** A token for the signed-in account itself. */
    @Transactional
    IssuedAccountToken issueOwn(NewAccountToken request) {
        return issue(ownAccount("issue").username(), request);
    }

    /** A token for any account, e.g. a service account (ADMIN). */
    @Transactional
    IssuedAccountToken issueFor(String username, NewAccountToken request) {
        access.requireAdmin("account-token", username);
        Actor admin = access.requireActor();
        if (admin.token()) {
            refuse(admin, "issue", null, null, "problem.token.byToken");
        }
        return issue(username, request);
    }

    List<AccountTokenStore.TokenRow> own() {
        return store.ofAccount(access.requireActor().name());
    }

    List<AccountTokenStore.TokenRow> of(String username) {
        access.requireAdmin("account-token", username);
        return store.ofAccount(account(username).username());
    }

    /** Revokes one of the caller's own tokens; another account's is refused (and audited). */
    @Transactional
    AccountTokenStore.TokenRow revokeOwn(long id) {
        Actor actor = access.requireActor();
        AccountTokenStore.TokenRow before = found(id, null);
        if (!before.username().equals(actor.name())) {
            refuse(actor, "revoke", String.valueOf(id), before.unitCode(), "problem.token.notYours");
        }
        return revoke(before, actor);
    }

    /** Revokes a token of the named account (ADMIN). */
    @Transactional
    AccountTokenStore.TokenRow revokeFor(String username, long id) {
        access.requireAdmin("account-token", String.valueOf(id));
        return revoke(found(id, username), access.requireActor());
    }

    private AccountTokenStore.TokenRow found(long id, String username) {
        return store.find(id).filter(t -> username == null || t.username().equals(username))
                .orElseThrow(() -> new NotFoundException("API token " + id + " does not exist")
                        .because("problem.token.notFound", String.valueOf(id)));
    }

    private AccountTokenStore.TokenRow revoke(AccountTokenStore.TokenRow before, Actor actor) {
        if (before.revokedAt() == null) {
            store.revoke(before.id(), time.now(), actor.name());
        }
        AccountTokenStore.TokenRow after = store.find(before.id()).orElseThrow();
        audit.record(AuditEvent.change("REVOKE", "account-token", String.valueOf(before.id()), before.unitCode(), before,
                after));
        return after;
    }

    private IssuedAccountToken issue(String username, NewAccountToken request) {
        UserAccount account = account(username);
        String name = VietnameseText.clean(request.name() == null ? "" : request.name()).strip();
        if (name.isEmpty() || name.length() > 120 || name.chars().anyMatch(Character::isISOControl)) {
            throw InvalidParameterException.field("name", request.name(), "must have 1 to 120 characters, no control"
                    + " characters").because("reason.length", 1, 120);
        }
        if (store.nameTaken(username, name)) {
            throw InvalidParameterException.field("name", name, "a token with this name already exists")
                    .because("reason.token.nameTaken");
        }
        OffsetDateTime expiresAt = expiry(request.expiresOn());
        Role role = role(request.role(), account.role());
        String unit = request.unitCode() == null || request.unitCode().isBlank() ? account.unitCode()
                : request.unitCode().strip();
        if (unit != null && !registry.exists(unit)) {
            throw InvalidParameterException.field("unitCode", unit, "no organisation unit has this code")
                    .because("reason.unit.unknown");
        }
        if (!account.enabled()) {
            refuse(access.requireActor(), "issue", name, unit, "problem.token.accountDisabled");
        }
        if (!TokenScope.within(account.role(), account.unitCode(), role, unit, registry)) {
            refuse(access.requireActor(), "issue", name, unit, "problem.token.wider");
        }
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random());
        long id = store.insert(new AccountTokenStore.Insert(username, name, sha256(secret), secret.substring(0, 12), role,
                unit, access.requireActor().name(), time.now(), expiresAt));
        AccountTokenStore.TokenRow row = store.find(id).orElseThrow();
        audit.record(AuditEvent.change("CREATE", "account-token", String.valueOf(id), unit, null, row));
        return new IssuedAccountToken(row, secret);
    }

    private UserAccount ownAccount(String attempt) {
        Actor actor = access.requireActor();
        if (actor.token()) {
            refuse(actor, attempt, null, actor.unitCode(), "problem.token.byToken");
        }
        return account(actor.name());
    }

    private UserAccount account(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("Account '" + username
                + "' does not exist").because("problem.account.notFound", username));
    }

    /** The token works through the given day in Vietnam: it expires at the start of the next. */
    private OffsetDateTime expiry(String text) {
        LocalDate today = time.today();
        LocalDate last = today.plusDays(LONGEST_DAYS);
        LocalDate day;
        try {
            day = text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null || !day.isAfter(today) || day.isAfter(last)) {
            throw InvalidParameterException.field("expiresOn", text, "expected a day between " + today.plusDays(1)
                    + " and " + last).because("reason.day.between", today.plusDays(1), last);
        }
        return day.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
    }

    private static Role role(String text, Role accountRole) {
        if (text == null || text.isBlank()) {
            return accountRole;
        }
        try {
            return Role.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidParameterException.field("role", text, "must be one of ADMIN, OFFICER, LEADER, VIEWER")
                    .because("reason.role");
        }
    }

    private void refuse(Actor actor, String attempt, String entityId, String unit, String key) {
        String message = actor.name() + " may not " + attempt + " account-token" + (entityId == null ? "" : " '" + entityId
                + "'") + switch (key) {
                    case "problem.token.wider" -> ": its scope would be wider than the account's";
                    case "problem.token.byToken" -> ": a request authenticated by a token may not issue tokens";
                    case "problem.token.accountDisabled" -> ": the account is disabled";
                    default -> ": it belongs to another account";
                };
        audit.recordRefusal(new AuditEvent("ACCESS_DENIED", "account-token", entityId, unit, null,
                Map.of("attempt", attempt), message));
        throw new AccessPolicy.AccessRefusedException(message, UserMessage.of(key));
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String sha256(String text) {
        return ApiTokens.sha256(text);
    }

    static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
