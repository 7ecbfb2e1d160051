package vn.steerboard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.support.Api;
import vn.steerboard.support.Client;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;
import vn.steerboard.support.DemoFacts;

/**
 * CSRF is skipped only for requests that their Basic or Bearer header authenticated; the session cookie is
 * SameSite=Lax and HttpOnly, Secure when the request came over https; a token cannot be minted already expired.
 */
@IntegrationTest
class CsrfCookiesAndTokensTest {

    /** A notification that does not exist: past CSRF and authentication the answer is 404, so nothing changes. */
    private static final String CHANGE = "/api/notifications/999999999/read";

    @LocalServerPort
    int port;

    @Test
    void aJunkAuthorizationHeaderDoesNotSwitchCsrfOffForASession() {
        // its refused Basic and Bearer credentials count towards the throttle of an address of its own
        Client browser = Client.from(port, Client.ownAddress());
        Client.Reply signedIn = browser.signIn(DemoFacts.BADINH_OFFICER, Api.DEMO_PASSWORD);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).doesNotContain("error");
        assertThat(browser.get("/api/me").body()).contains(DemoFacts.BADINH_OFFICER);

        // the session alone, no CSRF token: refused
        assertThat(browser.postJson(CHANGE, "{}").status()).isEqualTo(403);
        // the session with a header of another scheme: still CSRF-protected
        assertThat(browser.postJson(CHANGE, "{}", "Authorization", "Junk abc").status()).isEqualTo(403);
        // Basic or Bearer that authenticates nothing: the session is not used for them, so 401
        assertThat(browser.postJson(CHANGE, "{}", "Authorization", "Basic !!!not-base64!!!").status()).isEqualTo(401);
        assertThat(browser.postJson(CHANGE, "{}", "Authorization", Client.basic(vn.steerboard.support.TestFixtures.account(port, "fx.csrf.officer", "OFFICER", "96"), "wrong-password"))
                .status()).isEqualTo(401);
        assertThat(browser.postJson(CHANGE, "{}", "Authorization", "Bearer sbt_junk").status()).isEqualTo(401);
        // a scheme without credentials authenticates nothing: CSRF stays on
        assertThat(browser.postJson(CHANGE, "{}", "Authorization", "Bearer").status()).isEqualTo(403);

        // what does pass: the session with its CSRF token, or credentials that authenticate
        String token = browser.csrfToken("/notifications");
        assertThat(browser.postJson(CHANGE, "{}", "X-CSRF-TOKEN", token).status()).isEqualTo(404);
        assertThat(new Client(port).postJson(CHANGE, "{}", "Authorization", Client.basic(DemoFacts.BADINH_OFFICER, Api.DEMO_PASSWORD))
                .status()).isEqualTo(404);
    }

    @Test
    void theSignInFormKeepsCsrfWhateverHeaderComesWithIt() {
        Client attacker = Client.from(port, Client.ownAddress()); // its refused Basic credentials, on its own address
        Client.Reply forged = attacker.post("/login", "application/x-www-form-urlencoded",
                "username=badinh.officer&password=" + Api.DEMO_PASSWORD, "Authorization", Client.basic("x", "y"));
        // refused by CSRF (the refusal page, reached by a forward, then also meets the Basic credentials: 401)
        assertThat(forged.status()).isIn(401, 403);
        assertThat(forged.header("Location")).isNull();
        assertThat(attacker.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void theSessionCookieIsSameSiteLaxHttpOnlyAndSecureOverHttps() {
        String plain = sessionCookie(new Client(port));
        assertThat(plain).contains("SameSite=Lax").containsIgnoringCase("HttpOnly").doesNotContainIgnoringCase("Secure");
        String https = sessionCookie(new Client(port).header("X-Forwarded-Proto", "https"));
        assertThat(https).contains("SameSite=Lax").containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure");
    }

    private static String sessionCookie(Client client) {
        Client.Reply page = client.get("/login");
        return page.headers("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + page.response().headers()));
    }

    /** The day before the application's (pinned) today, in Vietnam. */
    private static OffsetDateTime yesterday() {
        return TestFixtures.today().minusDays(1).atTime(12, 0).atOffset(java.time.ZoneOffset.ofHours(7));
    }

    @Test
    void aTokenWhoseExpiryHasPassedIsRefusedAtCreation() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Api.Reply expired = admin.post("/api/admin/tokens", Map.of("name", "het-han-" + System.nanoTime(), "role", "VIEWER",
                "expiresAt", yesterday().toString()));
        assertThat(expired.status()).as(expired.toString()).isEqualTo(400);
        assertThat(expired.json().get("parameter").asString()).isEqualTo("expiresAt");
        Api.Reply future = admin.post("/api/admin/tokens", Map.of("name", "con-han-" + System.nanoTime(), "role", "VIEWER",
                "expiresAt", yesterday().plusDays(31).toString()));
        assertThat(future.status()).as(future.toString()).isEqualTo(201);
    }
}
