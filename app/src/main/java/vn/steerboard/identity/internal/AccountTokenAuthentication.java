package vn.steerboard.identity.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.identity.Actor;
import vn.steerboard.registry.Registry;

/**
 * Checks a presented personal token at every request: one statement reads the token and its account as they are now,
 * the hash is compared in constant time, and the token acts with its own scope only while the account is enabled and
 * its scope still lies within the account's. No BCrypt: that is what makes a token cheap for bulk clients.
 */
@Component
class AccountTokenAuthentication {

    /** How often a token's "last used" time is written, at most (per node). */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(5);

    enum Outcome { ACCEPTED, UNKNOWN, EXPIRED, REVOKED, ACCOUNT_DISABLED, SCOPE_LOST }

    record Check(Outcome outcome, Actor actor) {
    }

    private final AccountTokenStore store;
    private final Registry registry;
    private final VietnamTime time;
    private final Map<Long, OffsetDateTime> usedRecorded = new ConcurrentHashMap<>();

    AccountTokenAuthentication(AccountTokenStore store, Registry registry, VietnamTime time) {
        this.store = store;
        this.registry = registry;
        this.time = time;
    }

    static boolean isPersonal(String secret) {
        return secret != null && secret.startsWith(AccountTokens.PREFIX);
    }

    Check check(String secret) {
        String hash = AccountTokens.sha256(secret);
        Optional<AccountTokenStore.Presented> found = store.presented(hash);
        if (found.isEmpty() || !AccountTokens.sameHash(found.get().storedHash(), hash)) {
            return new Check(Outcome.UNKNOWN, null);
        }
        AccountTokenStore.Presented p = found.get();
        AccountTokenStore.TokenRow token = p.token();
        OffsetDateTime now = time.now();
        Outcome outcome = token.revokedAt() != null ? Outcome.REVOKED
                : !token.expiresAt().isAfter(now) ? Outcome.EXPIRED
                : !p.accountEnabled() ? Outcome.ACCOUNT_DISABLED
                : !TokenScope.within(p.accountRole(), p.accountUnit(), token.role(), token.unitCode(), registry)
                        ? Outcome.SCOPE_LOST : Outcome.ACCEPTED;
        if (outcome != Outcome.ACCEPTED) {
            return new Check(outcome, null);
        }
        recordUse(token.id(), now);
        return new Check(outcome, new Actor(token.username(), token.role(), token.unitCode(), true));
    }

    private void recordUse(long id, OffsetDateTime now) {
        OffsetDateTime last = usedRecorded.get(id);
        if (last == null || last.plus(USE_RECORDED_EVERY).isBefore(now)) {
            usedRecorded.put(id, now);
            store.used(id, now);
        }
    }
}
