package vn.steerboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.IntegrationTest;

/** Indicator pages in headless Chromium: entry form, approval, live scorecard, ranking with chart, heat map. */
@IntegrationTest
class IndicatorBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anOfficerEntersValuesAndTheLeaderSeesThemToApprove() {
        try (Browser officer = Browser.open(port, 1280, 1000)) {
            officer.signIn("hanoi.officer", Api.DEMO_PASSWORD);
            officer.go("/indicators/submit?dataSet=CDS_TINH&unit=01&period=2026-11");
            officer.find(By.name("v_TTHC_TONG")).sendKeys("2000");
            officer.find(By.name("v_TTHC_TRUC_TUYEN")).sendKeys("2500");
            officer.find(By.cssSelector("#submit-form button[type=submit]")).click();
            assertThat(officer.find(By.id("submit-problems")).getText()).contains("R_TTHC");
            officer.find(By.name("v_TTHC_TRUC_TUYEN")).clear();
            officer.find(By.name("v_TTHC_TRUC_TUYEN")).sendKeys("1900");
            officer.find(By.cssSelector("#submit-form button[type=submit]")).click();
            assertThat(officer.find(By.id("submit-done")).getText()).contains("01");
            officer.screenshot("indicator-submit");
        }
        try (Browser leader = Browser.open(port, 1280, 1000)) {
            leader.signIn("hanoi.leader", Api.DEMO_PASSWORD);
            leader.go("/indicators/approvals");
            assertThat(leader.find(By.id("approvals")).getText()).contains("2026-11");
            leader.screenshot("indicator-approvals");
        }
    }

    @Test
    void theNationalScorecardUpdatesLiveAndLeadsToRankingChartAndHeatMap() {
        try (Browser browser = Browser.open(port, 1280, 1100)) {
            browser.signIn("admin", Api.DEMO_PASSWORD);
            browser.go("/indicators?unit=79&asOf=2026-12-31");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> "connected".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));
            WebElement budget = browser.find(By.cssSelector("tr[data-indicator=GIAI_NGAN] a.value"));
            String before = budget.getText();
            // a submission for Ho Chi Minh City through the API, in the same test: the open page follows
            Api admin = Api.as(port, "admin");
            Api.Reply submitted = admin.post("/api/indicators/submissions", Map.of("dataSet", "CDS_TINH", "unit", "79",
                    "period", "2026-11", "values", Map.of("NS_DU_TOAN", 1000, "NS_GIAI_NGAN", 999)));
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
            browser.waitForText(By.cssSelector("tr[data-indicator=GIAI_NGAN]"), "2026-11");
            assertThat(browser.find(By.cssSelector("tr[data-indicator=GIAI_NGAN]")).getText()).contains("99,9");
            assertThat(browser.find(By.cssSelector("tr[data-indicator=GIAI_NGAN] a.value")).getText()).isNotEqualTo(before);
            browser.screenshot("indicator-scorecard");

            browser.find(By.cssSelector("tr[data-indicator=TTHC_TOAN_TRINH] td a")).click();
            browser.waitFor(By.cssSelector("figure[data-chart] svg"));
            assertThat(browser.findAll(By.cssSelector("#indicator-ranking tbody tr"))).hasSize(34);
            assertThat(browser.find(By.id("ranking-rule")).getText()).contains("phê duyệt");
            browser.screenshot("indicator-ranking");

            browser.go("/indicators/heatmap");
            assertThat(browser.findAll(By.cssSelector("#heatmap tbody tr"))).hasSize(34);
            assertThat(browser.findAll(By.cssSelector("#heatmap td.ON_TRACK, #heatmap td.AT_RISK, #heatmap td.OFF_TRACK")).size())
                    .isGreaterThan(100);
            browser.screenshot("indicator-heatmap");
            browser.find(By.cssSelector("#heatmap tbody tr td.num a")).click();
            assertThat(browser.findAll(By.cssSelector("#values-table tbody tr")).size()).isPositive();
        }
    }
}
