package vn.steerboard.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;

/**
 * The entry form lists only what a person may submit: the delivery index's data set DVC_766, whose values the system
 * records (a person's submission for it is refused), is not offered; asked for by link, the page says where its
 * values come from and shows no form.
 */
@IntegrationTest
class SystemDataSetsNotEnteredBrowserTest {

    private static final String SYSTEM_SET = "DVC_766";

    @LocalServerPort
    int port;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    SystemValues systemValues;

    @Test
    void theEntryFormOffersOnlyDataSetsAPersonMaySubmit() {
        // the data set is in the catalogue (the demo's delivery events recorded it) and claimed by the system
        assertThat(catalogue.dataSet(SYSTEM_SET).code()).isEqualTo(SYSTEM_SET);
        assertThat(systemValues.sourceOf(SYSTEM_SET)).contains("delivery");
        JsonNode communes = Api.as(port, "admin").get("/api/org-units/01/children").json();
        String commune = TestFixtures.unit(communes.get(communes.size() - 9).get("code").asString(),
                "SystemDataSetsNotEnteredBrowserTest");
        String officer = TestFixtures.account(port, "fx.system.sets.officer", "OFFICER", commune);
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.signIn(officer, Api.DEMO_PASSWORD);
            browser.go("/indicators/submit");
            List<String> offered = new Select(browser.find(By.cssSelector("select[name=dataSet]"))).getOptions().stream()
                    .map(o -> o.getAttribute("value")).toList();
            assertThat(offered).contains("CDS_XA").doesNotContain(SYSTEM_SET);
            assertThat(browser.findAll(By.id("system-sourced"))).isEmpty();
            assertThat(browser.findAll(By.id("submit-form"))).hasSize(1);

            browser.go("/indicators/submit?dataSet=" + SYSTEM_SET);
            WebElement notice = browser.waitFor(By.id("system-sourced"));
            assertThat(notice.getText()).contains("do hệ thống tự ghi nhận, không nhập tay")
                    .contains(catalogue.dataSet(SYSTEM_SET).name(false));
            assertThat(browser.findAll(By.id("submit-form"))).isEmpty();
            assertThat(new Select(browser.find(By.cssSelector("select[name=dataSet]"))).getOptions().stream()
                    .map(o -> o.getAttribute("value"))).doesNotContain(SYSTEM_SET);
            browser.screenshot("entry-system-data-set");
        }
    }
}
