package vn.steerboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;

/** The delivery league in headless Chromium: rules on the page, a drill-down to masked dossiers, a live update. */
@IntegrationTest
class DeliveryBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Registry registry;

    @Test
    void theProvinceLeagueDrillsDownToMaskedDossiersAndUpdatesLiveAfterAPostedEvent() {
        String province = "96";
        String commune = TestFixtures.unit(registry.all(OrgUnitType.COMMUNE, province).get(0).code(), "DeliveryBrowserTest");
        Map<String, Object> p = new HashMap<>(Map.of("code", "T16.BR.P1", "name", "Thủ tục thử trình duyệt", "competence",
                "COMMUNE", "handlingAgencies", "UBND xã", "applicantKind", "CITIZEN", "feeVnd", 0, "fullyOnlineEligible", true,
                "onlineLevel", "FULL", "populationData", true));
        assertThat(Api.as(port, "admin").put("/api/delivery/procedures", List.of(p)).status()).isEqualTo(200);
        try (Browser browser = Browser.open(port, 1400, 1200)) {
            browser.signIn("admin", Api.DEMO_PASSWORD);
            browser.go("/delivery?period=" + TestFixtures.MONTH);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> "connected".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));
            assertThat(browser.findAll(By.cssSelector("#delivery-league tbody tr"))).hasSize(34);
            assertThat(browser.find(By.id("delivery-rules")).getText()).contains("ngưỡng", "không tính được");
            By row = By.cssSelector("#delivery-league tr[data-unit='" + province + "'] td.score");
            String before = browser.find(row).getText();

            Map<String, Object> received = new HashMap<>(Map.of("kind", "DOSSIER_RECEIVED", "dossier", "T16-BR-1", "unit",
                    commune, "procedure", "T16.BR.P1", "at", "2026-11-16T09:00:00+07:00", "channel", "ONLINE",
                    "workingDays", 5, "fullyOnline", true));
            received.put("applicantName", "Trần Văn Bình");
            received.put("applicantId", "079088001234");
            Api.Reply posted = Api.as(port, "admin").post("/api/delivery/events", List.of(received, Map.of("kind",
                    "SYNCED_TO_PORTAL", "dossier", "T16-BR-1", "unit", commune, "at", "2026-11-16T10:00:00+07:00")),
                    "Idempotency-Key", "t16-browser-1");
            assertThat(posted.status()).as(posted.body()).isEqualTo(200);
            // the live refresh swaps the league's rows (once per unit announced): a row read while it is swapped is stale
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> !d.findElement(row).getText().equals(before));
            assertThat(browser.find(row).getText()).isNotEqualTo(before).matches("[0-9]+,[0-9]");
            browser.screenshot("delivery-league");

            browser.clickAndWaitForNextPage(browser.find(By.cssSelector("#delivery-league tr[data-unit='" + province
                    + "'] td.dossiers a")));
            browser.waitForPath("/delivery/units/" + province + "/dossiers");
            browser.waitFor(By.id("delivery-dossiers"));
            String list = browser.find(By.id("delivery-dossiers")).getText();
            assertThat(list).contains("T16-BR-1", "T*** V*** B***", "*********234").doesNotContain("Trần Văn Bình",
                    "079088001234");
            browser.screenshot("delivery-dossiers");

            browser.go("/delivery/units/" + province + "?period=" + TestFixtures.MONTH);
            assertThat(browser.find(By.cssSelector("#unit-rows tr[data-row='1.4']")).getText()).contains("100,0%");
            assertThat(browser.find(By.id("unit-trend")).getText()).isNotBlank();
        }
    }

    @Test
    void thePeriodIsChosenInWordsAndARangeOfMonthsByItsFirstAndLast() {
        int year = TestFixtures.today().getYear();
        try (Browser browser = Browser.open(port, 1400, 1200)) {
            browser.signIn("admin", Api.DEMO_PASSWORD);
            browser.go("/delivery?period=" + TestFixtures.MONTH);
            org.openqa.selenium.support.ui.Select choice = new org.openqa.selenium.support.ui.Select(
                    browser.find(By.id("period-choice")));
            assertThat(choice.getFirstSelectedOption().getText()).isEqualTo("Tháng 11/2026");
            assertThat(browser.find(By.id("period-shown")).getText()).isEqualTo("Kỳ: Tháng 11/2026");
            assertThat(browser.find(By.cssSelector("label[for='period-choice']")).getText()).isEqualTo("Kỳ");

            // a quarter by its name: the page shows it, the league follows
            choice.selectByValue(year + "Q1");
            assertThat(choice.getFirstSelectedOption().getText()).isEqualTo("Quý 1/" + year);
            browser.clickAndWaitForNextPage(browser.find(By.cssSelector("form.search button[type='submit']")));
            assertThat(browser.find(By.id("period-shown")).getText()).isEqualTo("Kỳ: Quý 1/" + year);
            assertThat(browser.findAll(By.cssSelector("#delivery-league tbody tr"))).hasSize(34);

            // any other range by its first and last months
            choice = new org.openqa.selenium.support.ui.Select(browser.find(By.id("period-choice")));
            choice.selectByValue("custom");
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
            js.executeScript("arguments[0].value = '2026-03'; arguments[1].value = '2026-08';",
                    browser.find(By.id("period-from")), browser.find(By.id("period-to")));
            browser.clickAndWaitForNextPage(browser.find(By.cssSelector("form.search button[type='submit']")));
            assertThat(browser.find(By.id("period-shown")).getText()).isEqualTo("Kỳ: Từ tháng 3/2026 đến tháng 8/2026");
            choice = new org.openqa.selenium.support.ui.Select(browser.find(By.id("period-choice")));
            assertThat(choice.getFirstSelectedOption().getAttribute("value")).isEqualTo("custom");
            assertThat(browser.find(By.id("period-from")).getAttribute("value")).isEqualTo("2026-03");
            assertThat(browser.find(By.id("period-to")).getAttribute("value")).isEqualTo("2026-08");
            assertThat(browser.find(By.cssSelector("#league-live")).getAttribute("data-live-src"))
                    .contains("period=2026-03..2026-08");
            browser.screenshot("delivery-period-range");

            // a unit's page and the dossiers behind a figure name the period in words too
            browser.go("/delivery/units/96?period=" + year + "Q1");
            assertThat(browser.find(By.id("period-shown")).getText()).isEqualTo("Quý 1/" + year);
            browser.go("/delivery/units/96/dossiers?period=2026-03..2026-08");
            assertThat(browser.find(By.id("period-shown")).getText()).isEqualTo("Từ tháng 3/2026 đến tháng 8/2026");

            // markup typed as a period is named in the refusal as text, never run
            browser.go("/delivery?period=custom&from=" + Api.encode("<script>alert(1)</script>") + "&to=2026-02");
            assertThat(browser.driver().getPageSource()).doesNotContain("<script>alert(1)</script>");
            assertThat(browser.text()).contains("period");
        }
    }
}
