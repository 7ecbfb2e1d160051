package vn.steerboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.DemoFacts;

/** The registry and sign-in in a real headless Chromium. */
@IntegrationTest
class RegistryBrowserTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({"admin, Quản trị", "hanoi.officer, Chuyên viên", "hanoi.leader, Lãnh đạo", "badinh.officer, Chuyên viên"})
    void eachDemoRoleSignsIn(String username, String roleName) {
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.signIn(username, Api.DEMO_PASSWORD);
            assertThat(browser.find(By.id("who")).getText()).contains(username).contains(roleName);
            browser.go("/?scope=nation"); // a bound reader lands on its unit; the overview names the account too
            assertThat(browser.find(By.id("my-account")).getText()).contains(username);
        }
    }

    @Test
    void searchFindsHaNoiWithoutDiacriticsAndBrowsesDownToACommune() {
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.go("/registry");
            assertThat(browser.findAll(By.cssSelector("#provinces li"))).hasSize(34);
            browser.find(By.id("q")).sendKeys("ha noi");
            browser.waitForText(By.id("results"), "Thành phố Hà Nội");
            browser.screenshot("registry-search");
            browser.find(By.linkText("Thành phố Hà Nội")).click();
            browser.waitFor(By.id("children"));
            assertThat(browser.find(By.id("unit-code")).getText()).isEqualTo("01");
            browser.find(By.linkText("Phường Ba Đình")).click();
            browser.waitForText(By.id("unit-code"), "00004");
            assertThat(browser.text()).contains("Thành phố Hà Nội"); // breadcrumb back up the tree
        }
    }

    @Test
    void languageSwitchesToEnglishAndBack() {
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.go("/registry");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Danh mục đơn vị");
            browser.find(By.id("lang-en")).click();
            browser.waitForText(By.tagName("h1"), "Organisation units");
            browser.go("/registry/01");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Ha Noi City");
            browser.find(By.linkText("Tiếng Việt")).click();
            browser.waitForText(By.tagName("h1"), "Thành phố Hà Nội");
        }
    }

    @Test
    void communeOfficerEditsItsFocalPointButSeesNoneOfAnotherUnit() {
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn(DemoFacts.BADINH_OFFICER, Api.DEMO_PASSWORD);
            browser.go("/registry/00008");
            assertThat(browser.findAll(By.id("focal-point"))).isEmpty();
            assertThat(browser.text()).doesNotContain("Lê Minh Châu");

            browser.go("/registry/00004");
            var name = browser.find(By.id("fullName"));
            name.clear();
            name.sendKeys("Trần Thị Bình", Keys.TAB);
            browser.find(By.cssSelector("#focal-point button[type=submit]")).click();
            browser.waitForText(By.id("focal-point"), "Đã lưu đầu mối");
            browser.screenshot("focal-point-phone");
        }
    }
}
