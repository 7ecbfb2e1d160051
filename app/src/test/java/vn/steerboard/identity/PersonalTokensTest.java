package vn.steerboard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.steerboard.support.Api;
import vn.steerboard.support.Client;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;

/**
 * Personal API tokens over real HTTP: an officer issues one for itself (no wider than its account), uses it as
 * "Authorization: Bearer" on the API, revokes it, and is refused after; another account cannot revoke it; a disabled
 * account's tokens stop; pages refuse tokens; the secret is in the issuing answer only, never in a list, the audit
 * trail or the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalTokensTest {

    private static final String OFFICER = "tok.hp.officer";
    private static final String OTHER = "tok.hp.other.officer";
    /** Communes of Hải Phòng (31) of this test's own: the tests of the demo's Ba Đình count its accounts. */
    private static final String OWN_UNIT = TestFixtures.unit("10507", "PersonalTokensTest");
    private static final String OTHER_UNIT = TestFixtures.unit("10525", "PersonalTokensTest");
    private static final String CITY = "31";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String expiresOn(int days) {
        return TestFixtures.today().plusDays(days).toString();
    }

    private Api.Reply issue(Api as, String name, Map<String, String> more) {
        var body = new java.util.HashMap<String, String>(Map.of("name", name, "expiresOn", expiresOn(30)));
        body.putAll(more);
        return as.post("/api/me/tokens", body);
    }

    @Test
    void issuedUsedRevokedThenRefusedAndTheSecretNeverShowsAgain(CapturedOutput output) {
        TestFixtures.account(port, OFFICER, "OFFICER", OWN_UNIT);
        Api officer = Api.as(port, OFFICER);
        Api.Reply issued = issue(officer, "Nạp số liệu " + System.nanoTime(), Map.of());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String secret = issued.json().get("secret").asString();
        long id = issued.json().get("token").get("id").asLong();
        assertThat(secret).startsWith("sbp_").hasSizeGreaterThanOrEqualTo(40);
        assertThat(issued.json().get("token").get("unitCode").asString()).isEqualTo(OWN_UNIT);

        Api token = Api.withToken(port, secret);
        Api.Reply me = token.get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        // the token acts as its account (four eyes and the audit see the person), with the account's scope
        assertThat(me.json().get("name").asString()).isEqualTo(OFFICER);
        assertThat(me.json().get("token").asBoolean()).isTrue();
        assertThat(token.get("/api/org-units/" + OWN_UNIT + "/focal-point").status()).isIn(200, 404);
        assertThat(token.get("/api/org-units/" + OTHER_UNIT + "/focal-point").status()).isEqualTo(403);
        // a token does not make tokens
        assertThat(issue(token, "tu-khoa " + System.nanoTime(), Map.of()).status()).isEqualTo(403);

        Api.Reply listed = officer.get("/api/me/tokens");
        assertThat(listed.body()).contains("\"id\":" + id).doesNotContain(secret)
                .doesNotContain(secret.substring(12));
        assertThat(listed.json().get(0).get("lastUsedAt").isNull()).isFalse();
        assertThat(officer.delete("/api/me/tokens/" + id).status()).isEqualTo(200);

        Client.Reply refused = refused(secret, "vi");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(detail(refused)).isEqualTo("Khóa API đã bị thu hồi.");
        assertThat(detail(refused(secret, "en"))).isEqualTo("The API token has been revoked");
        assertThat(detail(refused("sbp_" + "x".repeat(43), "vi"))).isEqualTo("Khóa API không tồn tại.");

        assertThat(audited(id, "CREATE")).isEqualTo(1);
        assertThat(audited(id, "REVOKE")).isEqualTo(1);
        String hash = jdbc.sql("SELECT token_hash FROM account_token WHERE id = ?").param(id).query(String.class).single();
        assertThat(hash).hasSize(64).isNotEqualTo(secret);
        String secretPart = "%" + secret.substring(12) + "%";
        long auditWithSecret = jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE after_value LIKE ? OR before_value LIKE ?"
                + " OR detail LIKE ? OR entity_id LIKE ?").params(secretPart, secretPart, secretPart, secretPart)
                .query(Long.class).single();
        assertThat(auditWithSecret).isZero();
        assertThat(output.getAll()).doesNotContain(secret.substring(12));
    }

    @Test
    void anotherAccountCannotRevokeItAndTheRefusalIsAudited() {
        TestFixtures.account(port, OFFICER, "OFFICER", OWN_UNIT);
        TestFixtures.account(port, OTHER, "OFFICER", OTHER_UNIT);
        Api.Reply issued = issue(Api.as(port, OFFICER), "Của Ba Đình " + System.nanoTime(), Map.of());
        long id = issued.json().get("token").get("id").asLong();
        long refusals = refusals(OTHER);

        Api.Reply other = Api.as(port, OTHER).delete("/api/me/tokens/" + id);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(refusals(OTHER)).isEqualTo(refusals + 1);
        assertThat(Api.as(port, OTHER).get("/api/me/tokens").body()).doesNotContain("\"id\":" + id + ",");
        // still working
        assertThat(Api.withToken(port, issued.json().get("secret").asString()).get("/api/me").status()).isEqualTo(200);
        assertThat(audited(id, "REVOKE")).isZero();
    }

    @Test
    void aTokenIsNoWiderThanItsAccountAndItsFieldsAreChecked() {
        TestFixtures.account(port, OFFICER, "OFFICER", OWN_UNIT);
        Api officer = Api.as(port, OFFICER).inVietnamese();
        long refusals = refusals(OFFICER);
        // the city above its commune, or a role it does not have: refused and audited
        assertThat(issue(officer, "rộng " + System.nanoTime(), Map.of("unitCode", CITY)).status()).isEqualTo(403);
        assertThat(issue(officer, "lãnh đạo " + System.nanoTime(), Map.of("role", "LEADER")).status()).isEqualTo(403);
        assertThat(issue(officer, "quản trị " + System.nanoTime(), Map.of("role", "ADMIN")).status()).isEqualTo(403);
        assertThat(refusals(OFFICER)).isEqualTo(refusals + 3);

        Api.Reply past = issue(officer, "quá hạn", Map.of("expiresOn", TestFixtures.today().toString()));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("detail").asString()).contains("Dùng được đến hết ngày").contains(TestFixtures.today()
                .toString());
        assertThat(issue(officer, "quá xa", Map.of("expiresOn", expiresOn(367))).status()).isEqualTo(400);
        Api.Reply notDay = issue(officer, "không phải ngày", Map.of("expiresOn", "'; DROP TABLE account_token; --"));
        assertThat(notDay.status()).isEqualTo(400);
        assertThat(notDay.json().get("detail").asString()).contains("DROP TABLE");
        assertThat(issue(officer, "   ", Map.of()).status()).isEqualTo(400);
        assertThat(issue(officer, "x\u0000y", Map.of()).status()).isEqualTo(400);
        assertThat(issue(officer, "đơn vị lạ", Map.of("unitCode", "99999")).status()).isEqualTo(400);

        // read-only on its own commune: allowed, and read-only it is
        Api.Reply viewer = issue(officer, "chỉ xem " + System.nanoTime(), Map.of("role", "VIEWER"));
        assertThat(viewer.status()).as(viewer.toString()).isEqualTo(201);
        Api readOnly = Api.withToken(port, viewer.json().get("secret").asString());
        assertThat(readOnly.get("/api/me").json().get("role").asString()).isEqualTo("VIEWER");
        assertThat(readOnly.put("/api/org-units/" + OWN_UNIT + "/focal-point", Map.of("fullName", "Chỉ Xem", "position", "x",
                "email", "x@example.com", "phone", "000")).status()).isEqualTo(403);
        String name = "trùng " + System.nanoTime();
        assertThat(issue(officer, name, Map.of()).status()).isEqualTo(201);
        assertThat(issue(officer, name, Map.of()).status()).isEqualTo(400);
    }

    @Test
    void aDisabledAccountsTokensStopAndAnExpiredTokenIsRefused() {
        String username = TestFixtures.account(port, "tok.hp.disabled.viewer", "VIEWER", OWN_UNIT);
        Api.Reply issued = issue(Api.as(port, username), "tạm " + System.nanoTime(), Map.of());
        Api token = Api.withToken(port, issued.json().get("secret").asString());
        assertThat(token.get("/api/me").status()).isEqualTo(200);

        Api admin = Api.as(port, DemoFacts.ADMIN);
        assertThat(admin.put("/api/admin/users/" + username + "/enabled", false).status()).isEqualTo(200);
        try {
            Client.Reply stopped = refused(issued.json().get("secret").asString(), "vi");
            assertThat(stopped.status()).isEqualTo(401);
            assertThat(detail(stopped)).isEqualTo("Tài khoản của khóa API này đã bị khóa.");
        } finally {
            admin.put("/api/admin/users/" + username + "/enabled", true);
        }
        assertThat(token.get("/api/me").status()).isEqualTo(200);

        // the clock of the test is pinned: an expiry in the past is set on the row itself
        jdbc.sql("UPDATE account_token SET expires_at = ? WHERE id = ?")
                .params(java.time.OffsetDateTime.parse("2026-01-01T00:00:00+07:00"), issued.json().get("token").get("id").asLong())
                .update();
        Client.Reply expired = refused(issued.json().get("secret").asString(), "vi");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(detail(expired)).isEqualTo("Khóa API đã hết hạn.");
    }

    @Test
    void tokensAreForTheApiOnlyNotPagesAndRefusalsAreCountedAgainstTheAddress() {
        TestFixtures.account(port, OFFICER, "OFFICER", OWN_UNIT);
        String secret = issue(Api.as(port, OFFICER), "trang " + System.nanoTime(), Map.of()).json().get("secret").asString();
        // refused on pages: from an address of its own, as every refusal this test sends
        String pages = Client.ownAddress();
        for (String page : new String[] {"/account/tokens", "/tasks", "/indicators"}) {
            Client.Reply reply = Client.from(port, pages).get(page, "Authorization", "Bearer " + secret);
            assertThat(reply.status()).as(page).isEqualTo(401);
        }
        Client.Reply form = Client.from(port, pages).post("/account/tokens", "application/x-www-form-urlencoded",
                "name=form&expiresOn=" + expiresOn(5), "Authorization", "Bearer " + secret);
        assertThat(form.status()).isEqualTo(401);

        String address = "198.51.100." + (1 + (System.nanoTime() % 250));
        jdbc.sql("DELETE FROM sign_in_throttle WHERE subject = ?").param(address).update();
        Client.from(port, address).get("/api/me", "Authorization", "Bearer sbp_unknown" + System.nanoTime());
        long counted = jdbc.sql("SELECT COALESCE(SUM(failures), 0) FROM sign_in_throttle WHERE subject_kind = 'ADDRESS'"
                + " AND subject = ?").param(address).query(Long.class).single();
        assertThat(counted).isEqualTo(1);
    }

    @Test
    void anAdminIssuesAndRevokesTokensOfAServiceAccount() {
        String service = TestFixtures.account(port, "tok.service.hp", "OFFICER", CITY);
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Api.Reply issued = admin.post("/api/admin/users/" + service + "/tokens", Map.of("name", "cổng dữ liệu "
                + System.nanoTime(), "expiresOn", expiresOn(200), "unitCode", OWN_UNIT));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.json().get("token").get("createdBy").asString()).isEqualTo(DemoFacts.ADMIN);
        long id = issued.json().get("token").get("id").asLong();
        Api token = Api.withToken(port, issued.json().get("secret").asString());
        assertThat(token.get("/api/me").json().get("unitCode").asString()).isEqualTo(OWN_UNIT);
        assertThat(admin.get("/api/admin/users/" + service + "/tokens").body()).contains("\"id\":" + id);
        assertThat(Api.as(port, DemoFacts.HANOI_LEADER).post("/api/admin/users/" + service + "/tokens", Map.of("name", "x",
                "expiresOn", expiresOn(5))).status()).isEqualTo(403);
        assertThat(admin.delete("/api/admin/users/" + DemoFacts.ADMIN + "/tokens/" + id).status()).isEqualTo(404);
        assertThat(admin.delete("/api/admin/users/" + service + "/tokens/" + id).status()).isEqualTo(200);
        assertThat(refused(issued.json().get("secret").asString(), "en").status()).isEqualTo(401);
    }

    @Test
    void thePageShowsTheSecretOnceInVietnamese() {
        TestFixtures.account(port, OFFICER, "OFFICER", OWN_UNIT);
        Client browser = new Client(port);
        assertThat(browser.signIn(OFFICER, Api.DEMO_PASSWORD).status()).isEqualTo(302);
        Client.Reply page = browser.get("/account/tokens");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Khóa API cá nhân").contains("Tạo khóa");
        String csrf = browser.csrfToken("/account/tokens");
        Client.Reply created = browser.post("/account/tokens", "application/x-www-form-urlencoded", "name="
                + Client.enc("Trang " + System.nanoTime()) + "&expiresOn=" + expiresOn(10) + "&role=OFFICER&_csrf="
                + Client.enc(csrf));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.header("Cache-Control")).contains("no-store");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"token-secret\"[^>]*>(sbp_[A-Za-z0-9_-]+)<")
                .matcher(created.body());
        assertThat(m.find()).as(created.body()).isTrue();
        String secret = m.group(1);
        assertThat(Api.withToken(port, secret).get("/api/me").status()).isEqualTo(200);
        assertThat(browser.get("/account/tokens").body()).doesNotContain(secret).contains("Đang dùng được");

        Client.Reply bad = browser.post("/account/tokens", "application/x-www-form-urlencoded", "name=x&expiresOn=31/02/2026"
                + "&_csrf=" + Client.enc(browser.csrfToken("/account/tokens")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Dùng được đến hết ngày").contains("31/02/2026");
    }

    /**
     * A request with a token expected to be refused, from an address of its own: refusals count against the client
     * address, and the shared context's other tests call from localhost.
     */
    private Client.Reply refused(String secret, String language) {
        return Client.from(port, "203.0.113." + (1 + (System.nanoTime() % 250))).get("/api/me", "Authorization",
                "Bearer " + secret, "Accept-Language", language);
    }

    private static String detail(Client.Reply reply) {
        return Api.JSON.readTree(reply.body()).get("detail").asString();
    }

    private long audited(long id, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_type = 'account-token' AND entity_id = ?"
                + " AND action = ?").params(String.valueOf(id), action).query(Long.class).single();
    }

    private long refusals(String actor) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ACCESS_DENIED' AND actor = ?").param(actor)
                .query(Long.class).single();
    }
}
