package vn.steerboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;

@IntegrationTest
class PagesAndConventionsTest {

    @LocalServerPort
    int port;

    @Test
    void registryPageIsVietnameseByDefaultAndEnglishOnRequest() {
        Api.Reply vi = Api.anonymous(port).get("/registry");
        assertThat(vi.status()).isEqualTo(200);
        assertThat(vi.body()).contains("Danh mục đơn vị").contains("Thành phố Hà Nội").contains("Bộ Công an")
                .contains("lang=\"vi\"");
        Api.Reply en = Api.anonymous(port).get("/registry?lang=en");
        assertThat(en.body()).contains("Organisation units").contains("Ha Noi City")
                .contains("Ministry of Public Security");
    }

    @Test
    void provincePageListsItsCommunesAndSearchFindsWithoutDiacritics() {
        Api.Reply hanoi = Api.anonymous(port).get("/registry/01");
        assertThat(hanoi.body()).contains("Phường Ba Đình").contains("Phường Ngọc Hà");
        Api.Reply search = Api.anonymous(port).get("/registry/search?q=ba+dinh");
        assertThat(search.body()).contains("Phường Ba Đình");
        Api.Reply resolve = Api.anonymous(port).get("/registry/resolve?legacyCode=00013");
        assertThat(resolve.body()).contains("Phường Quán Thánh").contains("Phường Ba Đình");
    }

    @Test
    void publicPagesShowNoPersonalData() {
        assertThat(Api.anonymous(port).get("/registry/00004").body()).doesNotContain("Trần Thị Bình")
                .doesNotContain("0912");
    }

    @Test
    void openApiDescriptionAndUiAreServed() {
        JsonNode docs = Api.anonymous(port).get("/v3/api-docs").json();
        assertThat(docs.get("openapi").asString()).startsWith("3.");
        assertThat(docs.get("paths").has("/api/org-units")).isTrue();
        assertThat(docs.get("paths").has("/api/org-units/resolve")).isTrue();
        assertThat(Api.anonymous(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void healthIsUp() {
        JsonNode health = Api.anonymous(port).get("/actuator/health").json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
    }

    @Test
    void protectedPagesSendAnonymousToSignIn() {
        Api.Reply audit = Api.anonymous(port).get("/admin/audit");
        assertThat(audit.status()).isEqualTo(302);
    }
}
