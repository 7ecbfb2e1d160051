package vn.steerboard.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;

/**
 * A commune officer enters a quarterly yes/no value: the period is picked from a list in words ("Quý 4/2026"),
 * yes/no are two choices, the period before stands next to the field, and the value stored is 1. The commune's
 * leader then approves it, told before and after that the report goes on to the city above.
 */
@IntegrationTest
class CommuneEntryBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aCommuneOfficerEntersAQuarterlyYesNoValueWithThePeriodPicker() {
        JsonNode communes = Api.as(port, "admin").get("/api/org-units/01/children").json();
        String commune = TestFixtures.unit(communes.get(communes.size() - 7).get("code").asString(), "CommuneEntryBrowserTest");
        String officer = TestFixtures.account(port, "fx.entry.officer", "OFFICER", commune);
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn(officer, Api.DEMO_PASSWORD);
            browser.go("/indicators/submit?dataSet=CDS_XA");
            Select picker = new Select(browser.find(By.id("period-picker")));
            List<String> labels = picker.getOptions().stream().map(WebElement::getText).toList();
            assertThat(labels).hasSizeGreaterThanOrEqualTo(8).anyMatch(l -> l.startsWith("Quý 4/2026"))
                    .allMatch(l -> l.startsWith("Quý "));
            assertThat(browser.find(By.id("previous-period")).getText()).contains("Quý");
            picker.selectByValue(TestFixtures.QUARTER);
            WebElement team = browser.find(By.cssSelector("fieldset[data-element=TO_CNS]"));
            assertThat(team.findElements(By.cssSelector("input[type=radio]"))).hasSize(2);
            assertThat(team.getText()).contains("Có").contains("Không").contains("kỳ trước");
            team.findElement(By.cssSelector("input[type=radio][value='1']")).click();
            browser.find(By.cssSelector("#submit-form button[type=submit]")).click();
            browser.waitFor(By.id("submit-done"));
            assertThat(browser.find(By.id("submit-done")).getText()).startsWith("Đã gửi báo cáo số");
            browser.screenshot("commune-entry-phone");
        }
        JsonNode stored = Api.as(port, "admin").get("/api/indicators/submissions?unit=" + commune + "&dataSet=CDS_XA&period="
                + TestFixtures.QUARTER).json();
        JsonNode first = stored.isArray() ? stored.get(0) : stored.get("content").get(0);
        assertThat(first.get("values").get("TO_CNS").asDouble()).isEqualTo(1.0);

        // the commune's leader approves it from the readable page: the confirmation and the button name where the
        // report goes next (the city above the ward), and so does the message afterwards
        String leader = TestFixtures.account(port, "fx.entry.leader", "LEADER", commune);
        String number = first.get("id").asString();
        try (Browser browser = Browser.open(port, 1280, 1000)) {
            browser.signIn(leader, Api.DEMO_PASSWORD);
            browser.go("/indicators/submissions/" + number);
            assertThat(browser.find(By.id("approve-onward")).getText())
                    .isEqualTo("Tôi đã xem các giá trị trên; phê duyệt và gửi báo cáo lên Thành phố Hà Nội");
            assertThat(browser.find(By.cssSelector("#approve-form button[type=submit]")).getText())
                    .isEqualTo("Phê duyệt và gửi lên Thành phố Hà Nội");
            browser.find(By.cssSelector("#approve-form input[name=confirmed]")).click();
            browser.clickAndWaitForNextPage(browser.find(By.cssSelector("#approve-form button[type=submit]")));
            assertThat(browser.find(By.id("approval-done")).getText()).isEqualTo("Đã phê duyệt báo cáo số " + number
                    + " ở cấp " + first.get("unitName").asString() + " và gửi lên Thành phố Hà Nội.");
            browser.screenshot("commune-approval-onward");
        }
        JsonNode approved = Api.as(port, "admin").get("/api/indicators/submissions/" + number).json();
        assertThat(approved.get("approvedThrough").asString()).isEqualTo(commune);
        assertThat(approved.get("nextLevel").asString()).isEqualTo("01");
    }
}
