package vn.steerboard.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.IntegrationTest;

/**
 * Leagues that do not reward doing nothing: Hà Nội's communes with no task due are listed as "chưa đủ dữ liệu"
 * and never ranked, in the composite league and in the task league, and every ranked row states its components.
 */
@IntegrationTest
class FairLeagueBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void communesWithNothingDueAreListedAsInsufficientDataNeverRanked() {
        try (Browser browser = Browser.open(port, 1440, 1200)) {
            browser.signIn("hanoi.leader", Api.DEMO_PASSWORD);
            browser.go("/rankings?league=COMMUNES&parent=01&asOf=2025-11-15");
            List<WebElement> rows = browser.findAll(By.cssSelector("#composite-ranking tbody tr"));
            assertThat(rows.size()).isGreaterThan(100);
            boolean unrankedSeen = false;
            int unranked = 0;
            for (WebElement row : rows) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                boolean insufficient = !row.findElements(By.cssSelector(".insufficient")).isEmpty();
                if (insufficient) {
                    unrankedSeen = true;
                    unranked++;
                    assertThat(cells.get(0).getText()).isEqualTo("—");
                    assertThat(cells.get(9).getText()).as("no composite for an unranked unit").isEqualTo("—");
                    assertThat(row.getText()).contains("chưa đủ dữ liệu");
                } else {
                    assertThat(unrankedSeen).as("ranked rows come first").isFalse();
                    assertThat(Integer.parseInt(cells.get(0).getText())).isPositive();
                    assertThat(cells.get(10).getText()).contains("Nhiệm vụ");
                }
            }
            assertThat(unranked).isPositive();
            assertThat(browser.find(By.id("composite-rule")).getText()).contains("Wilson").contains("chưa đủ dữ liệu");
            browser.screenshot("league-communes-insufficient");

            browser.go("/rankings/tasks?league=COMMUNES&parent=01&asOf=2025-11-15");
            List<WebElement> taskRows = browser.findAll(By.cssSelector("#ranking-table tbody tr"));
            WebElement first = taskRows.get(0);
            WebElement last = taskRows.get(taskRows.size() - 1);
            assertThat(first.getText()).doesNotContain("chưa đủ dữ liệu");
            assertThat(first.findElements(By.tagName("td")).get(0).getText()).isEqualTo("1");
            assertThat(last.getText()).contains("chưa đủ dữ liệu");
            assertThat(last.findElements(By.tagName("td")).get(0).getText()).isEqualTo("—");
            assertThat(browser.find(By.id("ranking-rule")).getText()).contains("Wilson");
            assertThat(browser.find(By.cssSelector("#ranking-table thead")).getText()).contains("So với 31/10/2025");
        }
    }
}
