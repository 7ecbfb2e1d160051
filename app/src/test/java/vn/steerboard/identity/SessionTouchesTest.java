package vn.steerboard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.steerboard.support.Api;
import vn.steerboard.support.Client;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;

/**
 * A signed-in session's last access is written when it has moved by a minute, not on every request (the UPDATE
 * and commit it cost were most of a warm page's time), and the session still ends 30 minutes after the last write;
 * signing in and out are written at once. Real HTTP, the session row read from the database.
 */
@IntegrationTest
class SessionTouchesTest {

    private static final long TIMEOUT_MS = 30 * 60 * 1000L;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLastAccessIsWrittenOncePerMinuteAndTheTimeoutStillHolds() {
        String user = TestFixtures.account(port, "fx.touch.officer", "OFFICER", "96");
        Client browser = Client.from(port, Client.ownAddress());
        assertThat(browser.signIn(user, Api.DEMO_PASSWORD).header("Location")).doesNotContain("error");
        Map<String, Object> signedIn = row(user);
        assertThat(expiry(signedIn) - lastAccess(signedIn)).as("the configured timeout").isEqualTo(TIMEOUT_MS);

        for (int i = 0; i < 5; i++) {
            assertThat(browser.get("/api/me").body()).contains(user);
        }
        assertThat(browser.get("/tasks").status()).isEqualTo(200);
        assertThat(lastAccess(row(user))).as("requests within the minute write nothing").isEqualTo(lastAccess(signedIn));

        // two minutes later (the row moved back): the next request writes the last access and a new expiry
        long before = lastAccess(signedIn) - 120_000;
        jdbc.sql("UPDATE spring_session SET last_access_time = ?, expiry_time = ? WHERE principal_name = ?")
                .params(before, before + TIMEOUT_MS, user).update();
        long requested = System.currentTimeMillis();
        assertThat(browser.get("/api/me").status()).isEqualTo(200);
        Map<String, Object> touched = row(user);
        assertThat(lastAccess(touched)).as("written again").isGreaterThan(before + 60_000)
                .isGreaterThanOrEqualTo(requested - 1_000);
        assertThat(expiry(touched) - lastAccess(touched)).isEqualTo(TIMEOUT_MS);

        // idle past the timeout: the session is over, whatever the skipped writes
        jdbc.sql("UPDATE spring_session SET last_access_time = ?, expiry_time = ? WHERE principal_name = ?")
                .params(requested - TIMEOUT_MS - 60_000, requested - 60_000, user).update();
        assertThat(browser.get("/api/me").status()).as("expired").isEqualTo(401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?").param(user)
                .query(Long.class).single()).as("the expired row is removed when it is read").isZero();
    }

    @Test
    void signingOutEndsTheSessionAtOnce() {
        String user = TestFixtures.account(port, "fx.touchout.officer", "OFFICER", "96");
        Client browser = Client.from(port, Client.ownAddress());
        assertThat(browser.signIn(user, Api.DEMO_PASSWORD).header("Location")).doesNotContain("error");
        assertThat(browser.get("/api/me").status()).isEqualTo(200);
        String token = browser.csrfToken("/tasks");
        assertThat(browser.post("/logout", "application/x-www-form-urlencoded", "_csrf=" + Client.enc(token)).status())
                .isEqualTo(302);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?").param(user)
                .query(Long.class).single()).isZero();
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
    }

    private Map<String, Object> row(String user) {
        return jdbc.sql("SELECT last_access_time, expiry_time FROM spring_session WHERE principal_name = ?").param(user)
                .query().singleRow();
    }

    private static long lastAccess(Map<String, Object> row) {
        return ((Number) row.get("last_access_time")).longValue();
    }

    private static long expiry(Map<String, Object> row) {
        return ((Number) row.get("expiry_time")).longValue();
    }
}
