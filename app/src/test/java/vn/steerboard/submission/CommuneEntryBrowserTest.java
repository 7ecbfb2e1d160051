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
 * yes/no are two choices, the period before stands next to the field, and the value stored is 1.
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
    }
}
