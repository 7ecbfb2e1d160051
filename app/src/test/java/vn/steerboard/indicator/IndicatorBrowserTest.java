package vn.steerboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;
import vn.steerboard.support.DemoFacts;

/** Indicator pages in headless Chromium: entry form, approval, live scorecard, ranking with chart, heat map. */
@IntegrationTest
class IndicatorBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anOfficerEntersValuesAndTheLeaderSeesThemToApprove() {
        // Cao Bằng, with accounts of the test's own: nothing another test or the demo does touches them
        String unit = TestFixtures.unit("04", "IndicatorBrowserTest.entry");
        String officerName = TestFixtures.account(port, "fx.caobang.officer", "OFFICER", unit);
        String leaderName = TestFixtures.account(port, "fx.caobang.leader", "LEADER", unit);
        try (Browser officer = Browser.open(port, 1280, 1000)) {
            officer.signIn(officerName, Api.DEMO_PASSWORD);
            officer.go("/indicators/submit?dataSet=CDS_TINH&unit=" + unit + "&period=" + TestFixtures.MONTH);
            officer.find(By.name("v_TTHC_TONG")).sendKeys("2000");
            officer.find(By.name("v_TTHC_TRUC_TUYEN")).sendKeys("2500");
            officer.find(By.cssSelector("#submit-form button[type=submit]")).click();
            assertThat(officer.find(By.id("submit-problems")).getText()).contains("R_TTHC");
            officer.find(By.name("v_TTHC_TRUC_TUYEN")).clear();
            officer.find(By.name("v_TTHC_TRUC_TUYEN")).sendKeys("1900");
            officer.find(By.cssSelector("#submit-form button[type=submit]")).click();
            assertThat(officer.find(By.id("submit-done")).getText()).matches("Đã gửi báo cáo số \\d+\\. Chờ phê duyệt ở cấp Tỉnh Cao Bằng\\.");
            officer.screenshot("indicator-submit");
        }
        try (Browser leader = Browser.open(port, 1280, 1000)) {
            leader.signIn(leaderName, Api.DEMO_PASSWORD);
            leader.go("/indicators/approvals");
            String queue = leader.find(By.id("approvals")).getText();
            String month = "Tháng " + Integer.parseInt(TestFixtures.MONTH.substring(5)) + "/" + TestFixtures.MONTH.substring(0, 4);
            assertThat(queue).contains(month, "Báo cáo số", "2 giá trị").doesNotContain(DemoFacts.PROVINCE_DATA_SET);
            leader.screenshot("indicator-approvals");
            // the report opens as a page with names and values, not as the API's JSON
            leader.find(By.cssSelector("#approvals a.button")).click();
            String number = leader.waitForPath("/indicators/submissions/[^/]+").substring("/indicators/submissions/".length());
            assertThat(leader.find(By.id("submission-values")).getText()).contains("TTHC_TONG", "2.000", "1.900");
            // beside each value, the unit's value of the month before as decided, and the change
            JsonNode october = Api.as(port, DemoFacts.ADMIN).get("/api/indicators/submissions?unit=" + unit
                    + "&dataSet=" + DemoFacts.PROVINCE_DATA_SET + "&period=2026-10&status=APPROVED").json();
            if (october.isEmpty()) {
                october = Api.as(port, DemoFacts.ADMIN).get("/api/indicators/submissions?unit=" + unit
                        + "&dataSet=" + DemoFacts.PROVINCE_DATA_SET + "&period=2026-10&status=SUBMITTED").json();
            }
            String previousLine = leader.find(By.id("previous-period")).getText();
            WebElement total = leader.find(By.xpath("//table[@id='submission-values']//tr[td/code[text()='TTHC_TONG']]"));
            if (october.isEmpty()) {
                assertThat(previousLine).contains("chưa báo cáo Tháng 10/2026");
                assertThat(total.getText()).endsWith("— —");
            } else {
                double before = october.get(0).get("values").get("TTHC_TONG").asDouble();
                assertThat(previousLine).startsWith("So với Tháng 10/2026");
                String change = (2000 - before > 0 ? "+" : "") + java.text.NumberFormat.getNumberInstance(
                        java.util.Locale.forLanguageTag("vi")).format(2000 - before);
                assertThat(total.getText()).contains(java.text.NumberFormat.getNumberInstance(
                        java.util.Locale.forLanguageTag("vi")).format(before)).contains(change);
            }
            assertThat(leader.find(By.id("submission-history")).getText()).contains("Gửi số liệu", officerName);
            // the period in the approver's words, its code kept in the tooltip
            assertThat(leader.find(By.id("submission-period")).getText()).isEqualTo(month);
            leader.screenshot("indicator-submission");
            // approving needs the confirmation that the values were read; the page then says what was done
            // (a province's report goes from its province to the nation, where it becomes official)
            assertThat(leader.find(By.id("decision")).getText()).contains("Tỉnh Cao Bằng");
            assertThat(leader.find(By.id("approve-onward")).getText()).contains("gửi báo cáo lên cấp trung ương");
            leader.find(By.cssSelector("#approve-form input[name=confirmed]")).click();
            leader.clickAndWaitForNextPage(leader.find(By.cssSelector("#approve-form button[type=submit]")));
            assertThat(leader.find(By.id("approval-done")).getText()).isEqualTo("Đã phê duyệt báo cáo số " + number
                    + " ở cấp Tỉnh Cao Bằng và gửi lên cấp trung ương để phê duyệt chính thức.");
        }
        // at the national level the approver is told the values become official, before and after
        try (Browser admin = Browser.open(port, 1280, 1000)) {
            String number = Api.as(port, DemoFacts.ADMIN).get("/api/indicators/submissions?unit=" + unit + "&dataSet="
                    + DemoFacts.PROVINCE_DATA_SET + "&period=" + TestFixtures.MONTH + "&status=SUBMITTED").json().get(0)
                    .get("id").asString();
            admin.signIn(DemoFacts.ADMIN, Api.DEMO_PASSWORD);
            admin.go("/indicators/submissions/" + number);
            assertThat(admin.find(By.cssSelector("#approve-form button[type=submit]")).getText()).isEqualTo("Phê duyệt chính thức");
            admin.find(By.cssSelector("#approve-form input[name=confirmed]")).click();
            admin.clickAndWaitForNextPage(admin.find(By.cssSelector("#approve-form button[type=submit]")));
            assertThat(admin.find(By.id("approval-done")).getText()).isEqualTo("Đã phê duyệt chính thức báo cáo số " + number
                    + " ở cấp Toàn quốc; kỳ báo cáo đã được khoá.");
        }
    }

    @Test
    void theNationalScorecardUpdatesLiveAndLeadsToRankingChartAndHeatMap() {
        try (Browser browser = Browser.open(port, 1280, 1100)) {
            browser.signIn(DemoFacts.ADMIN, Api.DEMO_PASSWORD);
            String unit = TestFixtures.unit("48", "IndicatorBrowserTest.scorecard"); // Đà Nẵng
            browser.go("/indicators?unit=" + unit + "&asOf=" + TestFixtures.AFTER_TEST_PERIODS);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> "connected".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));
            WebElement budget = browser.find(By.cssSelector("tr[data-indicator=GIAI_NGAN] a.value"));
            String before = budget.getText();
            // a submission for Ho Chi Minh City through the API, in the same test: the open page follows
            Api admin = Api.as(port, DemoFacts.ADMIN);
            Api.Reply submitted = admin.post("/api/indicators/submissions", Map.of("dataSet", DemoFacts.PROVINCE_DATA_SET, "unit", unit,
                    "period", TestFixtures.MONTH, "values", Map.of("NS_DU_TOAN", 1000, "NS_GIAI_NGAN", 999)));
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
            browser.waitForText(By.cssSelector("tr[data-indicator=GIAI_NGAN]"), TestFixtures.MONTH);
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
