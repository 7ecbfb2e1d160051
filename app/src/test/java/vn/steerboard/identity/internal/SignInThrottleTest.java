package vn.steerboard.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.Client;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;
import vn.steerboard.support.DemoFacts;

/**
 * Sign-in throttling with the configured defaults, time moved on by a clock of the test's own (never waited for):
 * per account, a few free failures, then increasing delays answered 429 with Retry-After even for the right
 * password, then a lock, audited, that an ADMIN sees and lifts; per client address the same across the form,
 * HTTP Basic and API tokens.
 */
@IntegrationTest
class SignInThrottleTest {

    private static final String PASSWORD = "Mat-khau-dung-2026";
    /** Its accounts live in a commune of its own, so no other test sees them in its lists. */
    private static final String UNIT = TestFixtures.unit("10489", "SignInThrottleTest");

    @LocalServerPort
    int port;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    private Clock before;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T01:00:00Z"));

    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void ownClock() {
        before = throttle.clock();
        throttle.useClock(clock);
    }

    @AfterEach
    void restoreClock() {
        throttle.useClock(before);
    }

    private String newAccount() {
        String username = "throttle." + System.nanoTime();
        Api.Reply created = Api.as(port, DemoFacts.ADMIN).post("/api/admin/users", Map.of("username", username, "displayName",
                "Thử giới hạn đăng nhập", "password", PASSWORD, "role", "OFFICER", "unitCode", UNIT));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    private static String address() {
        long n = System.nanoTime();
        return "198.51." + (n / 256 % 256) + "." + (n % 256);
    }

    private Client.Reply basic(String address, String username, String password) {
        return Client.from(port, address).get("/api/me", "Authorization", Client.basic(username, password));
    }

    private long audited(String action, String entityId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = ? AND entity_id = ?").params(action, entityId)
                .query(Long.class).single();
    }

    @Test
    void anAccountGetsIncreasingDelaysThenALockWhichAnAdminSeesAndLiftsAcrossFormAndBasic() {
        String username = newAccount();
        String address = address();
        SignInLimits.Limit limit = throttle.limits().getAccount();
        assertThat(limit.getFreeFailures()).isEqualTo(3);
        assertThat(limit.getLockAfter()).isEqualTo(10);

        // the free failures, by the form and by Basic alike, delay nothing; a success clears their count
        for (int failure = 1; failure <= limit.getFreeFailures(); failure++) {
            Client.Reply wrong = failure % 2 == 0 ? Client.from(port, address).signIn(username, "wrong")
                    : basic(address, username, "wrong");
            assertThat(wrong.status()).isIn(302, 401);
        }
        assertThat(basic(address, username, PASSWORD).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_throttle WHERE subject_kind = 'ACCOUNT' AND subject = ?")
                .param(username).query(Long.class).single()).isZero();

        List<Long> delays = new ArrayList<>();
        // now only failures: free ones, then 1, 2, 4, 8, 16, 32 s (doubling), then the lock at the 10th
        for (int failure = 1; failure <= limit.getLockAfter(); failure++) {
            Client.Reply wrong = failure % 2 == 0 ? Client.from(port, address).signIn(username, "wrong")
                    : basic(address, username, "wrong");
            assertThat(wrong.status()).as("failure %d is checked", failure).isIn(302, 401);
            if (failure <= limit.getFreeFailures()) {
                continue; // (a success now would clear the count)
            }
            Client.Reply next = basic(address, username, PASSWORD);
            assertThat(next.status()).isEqualTo(429);
            long retryAfter = Long.parseLong(next.header("Retry-After"));
            delays.add(retryAfter);
            if (failure < limit.getLockAfter()) {
                clock.advance(Duration.ofSeconds(retryAfter));
            }
        }
        assertThat(delays).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, limit.getLockFor().toSeconds());
        assertThat(delays).isSorted();

        // locked: the form refuses too (429 with its page), even from another address
        Client.Reply form = Client.from(port, address()).signIn(username, PASSWORD);
        assertThat(form.status()).isEqualTo(429);
        assertThat(form.header("Retry-After")).isNotNull();
        assertThat(form.body()).contains("id=\"throttled\"");
        // another name in a Basic header does not get the form past the lock of the name in the form
        Client sneaky = Client.from(port, address());
        String csrf = sneaky.csrfToken("/login");
        Client.Reply withHeader = sneaky.post("/login", "application/x-www-form-urlencoded", "username=" + username
                + "&password=" + PASSWORD + "&_csrf=" + Client.enc(csrf), "Authorization", Client.basic("someone.else", "x"));
        assertThat(withHeader.status()).isEqualTo(429);
        Client.Reply locked = basic(address(), username, PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body()).contains("locked").contains("too-many-sign-in-attempts");
        assertThat(audited("SIGN_IN_LOCKED", "ACCOUNT " + username)).isEqualTo(1);
        clock.advance(Duration.ofMinutes(5));
        assertThat(basic(address(), username, PASSWORD).status()).as("still locked after 5 min").isEqualTo(429);

        // visible to ADMIN only; the ADMIN lifts it
        assertThat(Api.as(port, DemoFacts.HANOI_LEADER).get("/api/admin/sign-in-locks").status()).isEqualTo(403);
        JsonNode entries = Api.as(port, DemoFacts.ADMIN).get("/api/admin/sign-in-locks").json();
        JsonNode mine = find(entries, "ACCOUNT", username);
        assertThat(mine.get("locked").asBoolean()).isTrue();
        assertThat(mine.get("failures").asInt()).isEqualTo(10);
        assertThat(Api.as(port, DemoFacts.ADMIN).get("/admin/security").body()).contains(username);
        assertThat(Api.as(port, DemoFacts.HANOI_LEADER).delete("/api/admin/sign-in-locks?kind=ACCOUNT&subject=" + username).status())
                .isEqualTo(403);
        Api.Reply lifted = Api.as(port, DemoFacts.ADMIN).delete("/api/admin/sign-in-locks?kind=ACCOUNT&subject=" + username);
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
        assertThat(audited("SIGN_IN_LOCK_LIFTED", "ACCOUNT " + username)).isEqualTo(1);
        assertThat(basic(address(), username, PASSWORD).status()).isEqualTo(200);
        assertThat(Client.from(port, address()).signIn(username, PASSWORD).header("Location")).doesNotContain("error");
    }

    @Test
    void aClientAddressIsCountedAcrossTokensBasicAndTheFormAndLockedUntilLifted() {
        String address = address();
        SignInLimits.Limit limit = throttle.limits().getAddress();
        Api admin = Api.as(port, DemoFacts.ADMIN);
        String token = admin.post("/api/admin/tokens", Map.of("name", "throttle-" + System.nanoTime(), "role", "VIEWER"))
                .json().get("secret").asString();
        String username = newAccount();
        int failures = 0;
        List<Long> delays = new ArrayList<>();
        while (failures < limit.getLockAfter()) {
            failures++;
            // unknown tokens, wrong passwords of unknown accounts by Basic and by the form: one count for the address
            Client.Reply wrong = switch (failures % 3) {
                case 0 -> Client.from(port, address).get("/api/me", "Authorization", "Bearer sbt_unknown" + failures);
                case 1 -> basic(address, "nobody" + failures, "guess");
                default -> Client.from(port, address).signIn("nobody" + failures, "guess");
            };
            assertThat(wrong.status()).as("failure %d", failures).isIn(302, 401);
            Client.Reply valid = Client.from(port, address).get("/api/me", "Authorization", "Bearer " + token);
            if (failures <= limit.getFreeFailures()) {
                assertThat(valid.status()).as("after free failure %d a valid token works", failures).isEqualTo(200);
                continue;
            }
            assertThat(valid.status()).as("after failure %d even a valid token is refused", failures).isEqualTo(429);
            assertThat(basic(address, username, PASSWORD).status()).as("and a valid password").isEqualTo(429);
            // another address is not concerned
            assertThat(Client.from(port, address()).get("/api/me", "Authorization", "Bearer " + token).status()).isEqualTo(200);
            long retryAfter = Long.parseLong(valid.header("Retry-After"));
            delays.add(retryAfter);
            if (failures < limit.getLockAfter()) {
                clock.advance(Duration.ofSeconds(retryAfter));
            }
        }
        assertThat(delays).startsWith(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L).endsWith(limit.getLockFor().toSeconds());
        assertThat(delays).isSorted();
        assertThat(audited("SIGN_IN_LOCKED", "ADDRESS " + address)).isEqualTo(1);

        // the ADMIN's page lists the address and lifts the lock
        String page = admin.get("/admin/security").body();
        assertThat(page).contains(address);
        Client.Reply lift = new Client(port).post("/admin/security/lift", "application/x-www-form-urlencoded",
                "kind=ADDRESS&subject=" + Client.enc(address), "Authorization", Client.basic(DemoFacts.ADMIN, Api.DEMO_PASSWORD));
        assertThat(lift.status()).as(lift.toString()).isEqualTo(302);
        assertThat(audited("SIGN_IN_LOCK_LIFTED", "ADDRESS " + address)).isEqualTo(1);
        assertThat(Client.from(port, address).get("/api/me", "Authorization", "Bearer " + token).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_throttle WHERE subject_kind = 'ADDRESS' AND subject = ?")
                .param(address).query(Long.class).single()).isZero();
    }

    private static JsonNode find(JsonNode entries, String kind, String subject) {
        for (JsonNode entry : entries) {
            if (kind.equals(entry.get("kind").asString()) && subject.equals(entry.get("subject").asString())) {
                return entry;
            }
        }
        throw new AssertionError(kind + " " + subject + " not listed: " + entries);
    }
}
