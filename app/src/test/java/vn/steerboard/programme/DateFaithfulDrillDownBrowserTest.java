package vn.steerboard.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.IntegrationTest;

/**
 * A drill-down keeps its date: from the programme as of 15/11/2025, the most overdue task opens with its status
 * on 15/11/2025 (overdue, with its days) next to today's, and a bound officer's programme page is its own unit's.
 */
@IntegrationTest
class DateFaithfulDrillDownBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void theMostOverdueTaskOpensWithItsStatusOnTheDayItWasListed() {
        try (Browser browser = Browser.open(port, 1280, 1000)) {
            browser.signIn("admin", Api.DEMO_PASSWORD);
            browser.go("/programme?asOf=2025-11-15");
            WebElement first = browser.find(By.cssSelector("#most-overdue tbody tr"));
            String days = first.findElements(By.tagName("td")).get(2).getText();
            WebElement link = first.findElement(By.tagName("a"));
            assertThat(link.getAttribute("href")).contains("asOf=2025-11-15");
            link.click();
            browser.waitFor(By.id("status-then"));
            String then = browser.find(By.id("status-then")).getText();
            assertThat(then).contains("Ngày 15/11/2025").contains("Quá hạn").contains(days);
            assertThat(browser.find(By.id("task-status")).getText()).isNotBlank();
            browser.screenshot("task-drill-down-dated");
        }
    }

    @Test
    void aBoundOfficerSeesItsOwnUnitWithTheNationOneClickAway() {
        try (Browser browser = Browser.open(port, 1280, 1000)) {
            browser.signIn("badinh.officer", Api.DEMO_PASSWORD);
            browser.go("/programme?asOf=2025-11-15");
            assertThat(browser.find(By.id("scope-line")).getText()).contains("Phường Ba Đình").contains("15/11/2025");
            String own = browser.find(By.cssSelector("#fig-total strong")).getText();
            browser.find(By.id("scope-nation")).click();
            browser.waitForText(By.id("scope-line"), "toàn quốc");
            assertThat(browser.find(By.cssSelector("#fig-total strong")).getText()).isEqualTo("944").isNotEqualTo(own);
        }
    }
}
