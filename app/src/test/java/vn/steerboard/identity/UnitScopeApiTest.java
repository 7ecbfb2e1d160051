package vn.steerboard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.Client;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.DemoFacts;

/** A commune officer can never read or change what belongs to another unit, at the API. */
@IntegrationTest
class UnitScopeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long deniedRecords(String actor, String unit) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ACCESS_DENIED' AND actor = ? AND unit_code = ?")
                .params(actor, unit).query(Long.class).single();
    }

    @Test
    void communeOfficerReadsAndChangesItsOwnUnit() {
        Api officer = Api.as(port, DemoFacts.BADINH_OFFICER);
        assertThat(officer.get("/api/org-units/00004/focal-point").status()).isEqualTo(200);
        Api.Reply changed = officer.put("/api/org-units/00004/focal-point",
                Map.of("fullName", "Trần Thị Bình", "position", "Công chức Văn phòng - Thống kê",
                        "email", "binh.tt@badinh.hanoi.gov.vn", "phone", "0912 000 111"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("phone").asString()).isEqualTo("0912 000 111");
        assertThat(changed.json().get("updatedBy").asString()).isEqualTo(DemoFacts.BADINH_OFFICER);

        JsonNode audit = Api.as(port, DemoFacts.ADMIN).get("/api/admin/audit?entityType=focal-point&entityId=00004").json();
        JsonNode latest = audit.get("content").get(0);
        assertThat(latest.get("actor").asString()).isEqualTo(DemoFacts.BADINH_OFFICER);
        assertThat(latest.get("action").asString()).isEqualTo("UPDATE");
        assertThat(latest.get("before").asString()).contains("fullName");
        assertThat(latest.get("after").asString()).contains("0912 000 111");
    }

    @Test
    void communeOfficerIsRefusedAnotherUnitAndTheAttemptIsAudited() {
        Api officer = Api.as(port, DemoFacts.BADINH_OFFICER);
        String before = Api.as(port, DemoFacts.ADMIN).get("/api/org-units/00008/focal-point").body();
        long deniedBefore = deniedRecords(DemoFacts.BADINH_OFFICER, DemoFacts.NGOC_HA);

        Api.Reply read = officer.get("/api/org-units/00008/focal-point");
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(read.json().get("detail").asString()).contains(DemoFacts.BADINH_OFFICER).contains(DemoFacts.NGOC_HA);

        Api.Reply write = officer.put("/api/org-units/00008/focal-point", Map.of("fullName", "Kẻ Lạ"));
        assertThat(write.status()).isEqualTo(403);

        Api.Reply province = officer.put("/api/org-units/01/focal-point", Map.of("fullName", "Kẻ Lạ"));
        assertThat(province.status()).isEqualTo(403);

        assertThat(Api.as(port, DemoFacts.ADMIN).get("/api/org-units/00008/focal-point").body()).isEqualTo(before);
        assertThat(deniedRecords(DemoFacts.BADINH_OFFICER, DemoFacts.NGOC_HA)).isEqualTo(deniedBefore + 2);
        assertThat(deniedRecords(DemoFacts.BADINH_OFFICER, "01")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void provinceOfficerSeesItsCommunesButNotAnotherProvince() {
        Api officer = Api.as(port, DemoFacts.HANOI_OFFICER);
        assertThat(officer.get("/api/org-units/00004/focal-point").status()).isEqualTo(200);
        assertThat(officer.get("/api/org-units/79/focal-point").status()).isEqualTo(403);
        assertThat(officer.get("/api/org-units/25747/focal-point").status()).isEqualTo(403);
    }

    @Test
    void viewerReadsButNeverChanges() {
        Api viewer = Api.as(port, DemoFacts.VIEWER);
        assertThat(viewer.get("/api/org-units/00004/focal-point").status()).isEqualTo(200);
        assertThat(viewer.put("/api/org-units/00004/focal-point", Map.of("fullName", "Người Xem")).status())
                .isEqualTo(403);
    }

    @Test
    void anonymousGets401AndNoPersonalData() {
        Api.Reply reply = Api.anonymous(port).get("/api/org-units/00004/focal-point");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).doesNotContain("Trần Thị Bình");
        assertThat(Api.anonymous(port).get("/api/users").status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordIs401AndAudited() {
        // an account of the test's own: the refusal counts toward its lock, never a shared demo account's
        String officer = vn.steerboard.support.TestFixtures.account(port, "fx.wrongpw.officer", "OFFICER", "96");
        Api.Reply reply = Api.as(port, officer, "wrong-password").from(Client.ownAddress()).get("/api/me");
        assertThat(reply.status()).isEqualTo(401);
        long failures = jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'SIGN_IN_FAILED' AND actor = ?")
                .param(officer).query(Long.class).single();
        assertThat(failures).isGreaterThanOrEqualTo(1);
    }

    @Test
    void badFocalPointInputNamesTheField() {
        Api.Reply reply = Api.as(port, DemoFacts.BADINH_OFFICER).put("/api/org-units/00004/focal-point",
                Map.of("fullName", "Trần Thị Bình", "email", "not-an-email"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("detail").asString()).contains("'email'").contains("not-an-email");
    }

    @Test
    void usersListIsScopedToTheSubtree() {
        JsonNode hanoi = Api.as(port, DemoFacts.HANOI_LEADER).get("/api/users").json();
        assertThat(hanoi.valueStream().map(u -> u.get("username").asString()))
                .contains(DemoFacts.HANOI_OFFICER, DemoFacts.BADINH_OFFICER, DemoFacts.NGOCHA_OFFICER)
                .doesNotContain(DemoFacts.ADMIN, DemoFacts.BKHCN_OFFICER);
        JsonNode commune = Api.as(port, DemoFacts.BADINH_OFFICER).get("/api/users").json();
        // other tests may add accounts to Ba Đình: what matters is that the ward sees its own accounts and no other unit's
        assertThat(commune.valueStream().map(u -> u.get("username").asString())).contains(DemoFacts.BADINH_OFFICER)
                .doesNotContain(DemoFacts.ADMIN, DemoFacts.HANOI_OFFICER, DemoFacts.NGOCHA_OFFICER);
        assertThat(commune.valueStream().map(u -> u.get("unitCode").asString())).containsOnly(DemoFacts.BA_DINH);
        assertThat(commune.toString()).doesNotContain("password").doesNotContain("argon2");
    }

    @Test
    void onlyAdminManagesAccountsAndTokens() {
        Api.Reply reply = Api.as(port, DemoFacts.HANOI_LEADER).post("/api/admin/tokens",
                Map.of("name", "sneaky", "role", "ADMIN"));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        long denied = jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ACCESS_DENIED' AND actor = 'hanoi.leader'"
                + " AND entity_id = 'POST /api/admin/tokens'").query(Long.class).single();
        assertThat(denied).isGreaterThanOrEqualTo(1);
    }

    @Test
    void apiTokenIsBoundToItsUnitAndCanBeRevoked() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Api.Reply issued = admin.post("/api/admin/tokens",
                Map.of("name", "cong-dich-vu-ba-dinh-" + System.nanoTime(), "role", "OFFICER", "unitCode", DemoFacts.BA_DINH));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String secret = issued.json().get("secret").asString();
        long id = issued.json().get("token").get("id").asLong();
        assertThat(admin.get("/api/admin/tokens").body()).doesNotContain(secret);

        Api system = Api.withToken(port, secret);
        assertThat(system.get("/api/me").json().get("unitCode").asString()).isEqualTo(DemoFacts.BA_DINH);
        assertThat(system.get("/api/org-units/00004/focal-point").status()).isEqualTo(200);
        assertThat(system.get("/api/org-units/00008/focal-point").status()).isEqualTo(403);

        assertThat(admin.delete("/api/admin/tokens/" + id).status()).isEqualTo(200);
        Api.Reply revoked = system.from(Client.ownAddress()).get("/api/me"); // a refusal, on an address of its own
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("detail").asString()).contains("revoked");
    }

    @Test
    void adminCreatesAccountsWithValidation() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Api.Reply noUnit = admin.post("/api/admin/users", Map.of("username", "no.unit", "displayName", "X",
                "password", "long-enough-password", "role", "OFFICER"));
        assertThat(noUnit.status()).isEqualTo(400);
        assertThat(noUnit.json().get("detail").asString()).contains("'unitCode'");

        Api.Reply unknownUnit = admin.post("/api/admin/users", Map.of("username", "bad.unit", "displayName", "X",
                "password", "long-enough-password", "role", "OFFICER", "unitCode", "12345678"));
        assertThat(unknownUnit.status()).isEqualTo(400);
        assertThat(unknownUnit.json().get("detail").asString()).contains("12345678");

        String name = "hue.officer" + (System.nanoTime() % 100000);
        Api.Reply created = admin.post("/api/admin/users", Map.of("username", name, "displayName", "Cán bộ Huế",
                "password", "long-enough-password", "role", "OFFICER", "unitCode", "46"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api hue = Api.as(port, name, "long-enough-password");
        assertThat(hue.get("/api/me").json().get("unitCode").asString()).isEqualTo("46");
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(name)
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$");
    }
}
