package vn.steerboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.IntegrationTest;

/**
 * A refused form shows its reason on the page in Vietnamese, with the line, field and value, and keeps what was typed:
 * a quality suite with an unknown check type, a focal point with a phone number that is not one. Nothing is saved.
 */
@IntegrationTest
class ReasonsInUsersLanguageBrowserTest {

    private static final String GOOD_SUITE = "table: person\nchecks:\n  - type: completeness\n    column: cccd\n";
    private static final String BAD_SUITE = "table: person\nchecks:\n  - type: completeness\n    column: cccd\n"
            + "  - type: bogus\n    column: cccd\n";

    @LocalServerPort
    int port;

    @Test
    void aRefusedSuiteIsExplainedInVietnameseAndStaysInTheForm() {
        Api.Reply created = Api.as(port, DemoFacts.ADMIN).post("/api/quality/sources", Map.of("ownerUnit", DemoFacts.HANOI,
                "name", "CSDL thử lý do trên trang", "kind", "UPLOAD", "suiteYaml", GOOD_SUITE));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        try (Browser browser = Browser.open(port, 1280, 1000)) {
            browser.signIn(DemoFacts.ADMIN, Api.DEMO_PASSWORD);
            browser.go("/quality/sources/" + id);
            WebElement suite = browser.find(By.name("yaml"));
            suite.clear();
            suite.sendKeys(BAD_SUITE);
            browser.find(By.cssSelector("form[action$='/suite'] button[type=submit]")).click();
            String error = browser.waitFor(By.cssSelector("p.error")).getText();
            assertThat(error).startsWith("Trường “Bộ kiểm tra” có giá trị không hợp lệ")
                    .contains("dòng 5, mục “type”: không có loại kiểm tra “bogus”").doesNotContain("unknown", "line ");
            assertThat(browser.find(By.name("yaml")).getAttribute("value")).contains("type: bogus");
            browser.screenshot("reason-suite-vi");
        }
        assertThat(Api.as(port, DemoFacts.ADMIN).get("/api/quality/sources/" + id).json().get("suiteYaml").asString())
                .isEqualTo(GOOD_SUITE);
    }

    @Test
    void aRefusedFocalPointIsExplainedInVietnameseAndStaysInTheForm() {
        String before = Api.as(port, DemoFacts.ADMIN).get("/api/org-units/" + DemoFacts.NGOC_HA + "/focal-point").body();
        try (Browser browser = Browser.open(port, 1280, 1000)) {
            browser.signIn(DemoFacts.ADMIN, Api.DEMO_PASSWORD);
            browser.go("/registry/" + DemoFacts.NGOC_HA);
            WebElement phone = browser.find(By.id("phone"));
            phone.clear();
            phone.sendKeys("goi-cho-toi");
            browser.find(By.cssSelector("#focal-point button[type=submit]")).click();
            String error = browser.waitFor(By.cssSelector("#focal-point p.error")).getText();
            assertThat(error).isEqualTo("Trường “Điện thoại” có giá trị không hợp lệ “goi-cho-toi”: số điện thoại gồm 8 đến 20"
                    + " chữ số, có thể có dấu cách, dấu chấm hoặc gạch ngang.");
            assertThat(browser.find(By.id("phone")).getAttribute("value")).isEqualTo("goi-cho-toi");
            browser.screenshot("reason-focal-point-vi");
        }
        assertThat(Api.as(port, DemoFacts.ADMIN).get("/api/org-units/" + DemoFacts.NGOC_HA + "/focal-point").body())
                .isEqualTo(before);
    }
}
