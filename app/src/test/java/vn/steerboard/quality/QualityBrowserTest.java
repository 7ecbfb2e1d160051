package vn.steerboard.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.DemoFacts;

/** The quality pages in headless Chromium: ranking, retired codes, a scan started and followed live. */
@IntegrationTest
class QualityBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anOfficerScansItsDatabaseAndWatchesTheScanFinish() {
        try (Browser browser = Browser.open(port, 1280, 1000)) {
            browser.signIn(DemoFacts.HANOI_OFFICER, Api.DEMO_PASSWORD);
            browser.go("/quality");
            assertThat(browser.findAll(By.cssSelector("#quality-ranking tbody tr")).size()).isGreaterThanOrEqualTo(5);
            assertThat(browser.find(By.id("retired-codes")).getText()).contains("mã kế thừa"); // findings in the page's language
            browser.screenshot("quality-ranking");
            browser.find(By.linkText("CSDL dân cư Thành phố Hà Nội (bản sao kiểm thử)")).click();
            int before = browser.findAll(By.cssSelector("#scan-history tbody tr")).size();
            browser.find(By.id("scan-now")).click();
            browser.waitForText(By.id("scan-history"), "Hoàn tất"); // the state in words, not SUCCEEDED
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20)).until(d ->
                    d.findElements(By.cssSelector("#scan-history .scan-RUNNING")).isEmpty());
            assertThat(browser.findAll(By.cssSelector("#scan-history tbody tr"))).hasSize(before + 1);
            browser.screenshot("quality-source");
        }
    }
}
