package vn.steerboard.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.NotFoundException;

/**
 * Failed sign-ins counted per account and per client address, in the database so that every node sees the same
 * counts. Beyond a few free failures each one imposes an increasing delay during which attempts are refused
 * (429 with Retry-After) without their credentials being checked, so no thread sleeps; then a temporary lock,
 * audited, that an ADMIN may lift. Form sign-in, HTTP Basic and API tokens share the counts.
 */
@Service
@EnableConfigurationProperties(SignInLimits.class)
class SignInThrottle {

    enum Kind { ACCOUNT, ADDRESS }

    /** A counted subject as the ADMIN sees it. */
    record Entry(Kind kind, String subject, int failures, OffsetDateTime firstFailureAt, OffsetDateTime lastFailureAt,
            OffsetDateTime blockedUntil, OffsetDateTime lockedUntil, boolean locked) {
    }

    /** Refused until {@code until}; {@code locked} when it is a lock rather than a back-off delay. */
    record Refusal(Kind kind, String subject, OffsetDateTime until, boolean locked, long retryAfterSeconds) {
    }

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    static final int MAX_SUBJECT = 120;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final SignInLimits limits;
    private volatile Clock clock;

    SignInThrottle(JdbcClient jdbc, TransactionTemplate transactions, AuditTrail audit, SignInLimits limits,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.limits = limits;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Tests move time on by their own clock instead of waiting. */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    SignInLimits limits() {
        return limits;
    }

    /** Whether an attempt by {@code account} (null for a token) from {@code address} must be refused now. */
    Optional<Refusal> check(String account, String address) {
        OffsetDateTime now = now();
        Refusal worst = null;
        for (Entry entry : entries(account, address)) {
            OffsetDateTime until = entry.lockedUntil() != null && entry.lockedUntil().isAfter(now) ? entry.lockedUntil()
                    : entry.blockedUntil() != null && entry.blockedUntil().isAfter(now) ? entry.blockedUntil() : null;
            if (until != null && (worst == null || until.isAfter(worst.until()))) {
                long seconds = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
                worst = new Refusal(entry.kind(), entry.subject(), until, entry.locked() && entry.lockedUntil().isAfter(now),
                        seconds);
            }
        }
        return Optional.ofNullable(worst);
    }

    /** Counts a failed attempt against the account (when named) and the address. */
    void failed(String account, String address) {
        if (account != null && !account.isBlank()) {
            count(Kind.ACCOUNT, subject(account), limits.getAccount(), address);
        }
        if (address != null) {
            count(Kind.ADDRESS, subject(address), limits.getAddress(), address);
        }
    }

    /** A successful sign-in clears the account's count (not the address's: one good account must not reset it). */
    void succeeded(String account) {
        if (account == null) {
            return;
        }
        String subject = subject(account);
        boolean counted = jdbc.sql("SELECT COUNT(*) FROM sign_in_throttle WHERE subject_kind = 'ACCOUNT' AND subject = ?")
                .param(subject).query(Long.class).single() > 0;
        if (counted) {
            jdbc.sql("DELETE FROM sign_in_throttle WHERE subject_kind = 'ACCOUNT' AND subject = ?"
                    + " AND (locked_until IS NULL OR locked_until <= ?)").params(subject, now()).update();
        }
    }

    /** What is counted now, locks first. */
    List<Entry> entries() {
        OffsetDateTime now = now();
        return jdbc.sql("SELECT * FROM sign_in_throttle ORDER BY locked_until DESC NULLS LAST, last_failure_at DESC")
                .query((rs, n) -> entry(rs, now)).list();
    }

    /** An ADMIN lifts a lock or back-off: the count starts again from nothing. Audited. */
    Entry lift(Kind kind, String subject) {
        return transactions.execute(status -> {
            Entry before = jdbc.sql("SELECT * FROM sign_in_throttle WHERE subject_kind = ? AND subject = ?")
                    .params(kind.name(), subject).query((rs, n) -> entry(rs, now())).optional()
                    .orElseThrow(() -> new NotFoundException("Nothing is counted for " + kind + " '" + subject + "'")
                            .because("problem.signInLock.none", kind == Kind.ACCOUNT ? 0 : 1, subject));
            jdbc.sql("DELETE FROM sign_in_throttle WHERE subject_kind = ? AND subject = ?").params(kind.name(), subject).update();
            audit.record(new AuditEvent("SIGN_IN_LOCK_LIFTED", "sign-in", kind + " " + subject, null, view(before), null,
                    null));
            return before;
        });
    }

    /** Forgets counts whose last failure is older than the window, unless still locked. */
    @Scheduled(fixedDelay = 15 * 60 * 1000, initialDelay = 60 * 1000)
    void forgetOld() {
        OffsetDateTime now = now();
        jdbc.sql("DELETE FROM sign_in_throttle WHERE last_failure_at < ? AND (locked_until IS NULL OR locked_until < ?)")
                .params(now.minus(limits.getWindow()), now).update();
    }

    private void count(Kind kind, String subject, SignInLimits.Limit limit, String address) {
        for (int attempt = 0; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> countOnce(kind, subject, limit, address));
                return;
            } catch (DuplicateKeyException raced) {
                if (attempt > 2) {
                    throw raced;
                }
            }
        }
    }

    private void countOnce(Kind kind, String subject, SignInLimits.Limit limit, String address) {
        OffsetDateTime now = now();
        Entry row = jdbc.sql("SELECT * FROM sign_in_throttle WHERE subject_kind = ? AND subject = ? FOR UPDATE")
                .params(kind.name(), subject).query((rs, n) -> entry(rs, now)).optional().orElse(null);
        boolean fresh = row == null
                || (row.lockedUntil() != null && !row.lockedUntil().isAfter(now))
                || (row.lockedUntil() == null && row.lastFailureAt().plus(limits.getWindow()).isBefore(now));
        int failures = fresh ? 1 : row.failures() + 1;
        OffsetDateTime first = fresh ? now : row.firstFailureAt();
        OffsetDateTime lockedUntil = failures >= limit.getLockAfter() ? now.plus(limit.getLockFor()) : null;
        Duration delay = limit.delayAfter(failures);
        OffsetDateTime blockedUntil = lockedUntil != null ? lockedUntil : delay.isZero() ? null : now.plus(delay);
        if (row == null) {
            jdbc.sql("""
                    INSERT INTO sign_in_throttle (subject_kind, subject, failures, first_failure_at, last_failure_at,
                           blocked_until, locked_until) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(kind.name(), subject, failures, first, now, blockedUntil, lockedUntil).update();
        } else {
            jdbc.sql("""
                    UPDATE sign_in_throttle SET failures = ?, first_failure_at = ?, last_failure_at = ?, blocked_until = ?,
                           locked_until = ? WHERE subject_kind = ? AND subject = ?""")
                    .params(failures, first, now, blockedUntil, lockedUntil, kind.name(), subject).update();
        }
        if (lockedUntil != null) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("failures", failures);
            after.put("lockedUntil", lockedUntil.toString());
            after.put("lastAddress", address);
            log.warn("Sign-in locked: {} '{}' after {} failures, until {}", kind, subject, failures, lockedUntil);
            audit.recordFor(kind == Kind.ACCOUNT ? subject : "address:" + subject, new AuditEvent("SIGN_IN_LOCKED",
                    "sign-in", kind + " " + subject, null, null, after, failures + " failed sign-ins within "
                    + limits.getWindow() + "; locked for " + limit.getLockFor()));
        }
    }

    private List<Entry> entries(String account, String address) {
        OffsetDateTime now = now();
        return jdbc.sql("""
                SELECT * FROM sign_in_throttle WHERE (subject_kind = 'ACCOUNT' AND subject = ?)
                    OR (subject_kind = 'ADDRESS' AND subject = ?)""")
                .params(account == null ? "" : subject(account), address == null ? "" : subject(address))
                .query((rs, n) -> entry(rs, now)).list();
    }

    private static Map<String, Object> view(Entry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("failures", entry.failures());
        view.put("lockedUntil", entry.lockedUntil() == null ? null : entry.lockedUntil().toString());
        view.put("blockedUntil", entry.blockedUntil() == null ? null : entry.blockedUntil().toString());
        return view;
    }

    static String subject(String text) {
        String stripped = text.strip();
        return stripped.length() > MAX_SUBJECT ? stripped.substring(0, MAX_SUBJECT) : stripped;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static Entry entry(ResultSet rs, OffsetDateTime now) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new Entry(Kind.valueOf(rs.getString("subject_kind")), rs.getString("subject"), rs.getInt("failures"),
                rs.getObject("first_failure_at", OffsetDateTime.class), rs.getObject("last_failure_at", OffsetDateTime.class),
                rs.getObject("blocked_until", OffsetDateTime.class), locked, locked != null && locked.isAfter(now));
    }
}
