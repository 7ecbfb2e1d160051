package vn.steerboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.steerboard.support.Browser;
import vn.steerboard.support.IntegrationTest;

/** The whole self-assessment on a phone-width screen (390 px), from sign-up to the result page, in headless Chromium. */
@IntegrationTest
class SelfAssessmentBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEnterpriseSignsUpAnswersOnAPhoneResumesAndReadsItsResult() {
        String taxCode = EnterpriseClient.taxCode();
        String email = "phone" + taxCode + "@example.com";
        try (Browser phone = Browser.open(port, 390, 844)) {
            phone.go("/assessment");
            phone.find(By.id("taxCode")).sendKeys(taxCode);
            phone.find(By.id("name")).sendKeys("Hộ kinh doanh Bán lẻ " + taxCode);
            phone.find(By.id("vsic")).sendKeys("4711");
            phone.find(By.id("email")).sendKeys(email);
            assertNoSidewaysScroll(phone);
            phone.clickAndWaitForNextPage(phone.find(By.id("sign-up-submit")));
            assertThat(phone.findAll(By.id("mailed"))).as("the page after sign-up: %s", phone.find(By.tagName("main")).getText())
                    .hasSize(1);
            assertThat(phone.find(By.id("mailed")).getText()).contains("p***@example.com");
            String body = jdbc.sql("SELECT body FROM assessment_mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1")
                    .param(email).query(String.class).single();
            String token = body.substring(body.indexOf("token=") + 6).split("\\s")[0];

            phone.go("/assessment/verify?token=" + token);
            phone.clickAndWaitForNextPage(phone.find(By.id("verify-submit")));
            assertThat(phone.find(By.id("tax-code")).getText()).isEqualTo(taxCode);
            phone.clickAndWaitForNextPage(phone.find(By.id("start-sme-dx")));
            assertThat(phone.find(By.id("illustrative")).getText()).contains("2158/QĐ-BTTTT");
            assertNoSidewaysScroll(phone);
            phone.screenshot("assessment-questionnaire-phone");

            // the first pillar, saved; the page comes back with what was saved (resume)
            answer(phone, phone.findAll(By.cssSelector("fieldset:first-of-type .question")));
            phone.clickAndWaitForNextPage(phone.find(By.id("save")));
            assertThat(phone.find(By.id("saved")).isDisplayed()).isTrue();
            assertThat(phone.find(By.cssSelector("#q-P1C1 input[value=weekly]")).isSelected()).isTrue();

            // the rest, the strategy plan answered "no": P2 = 50 < 60 blocks Elite, the level is Optimizing
            answer(phone, phone.findAll(By.cssSelector(".question")));
            phone.find(By.cssSelector("#q-P2C1 input[value=no]")).click();
            phone.find(By.id("complete")).click();
            phone.waitForPath(".*/result");
            assertThat(phone.find(By.id("level")).getText()).isEqualTo("Tối ưu");
            assertThat(phone.find(By.id("pillars")).getText()).contains("Chiến lược", "50,0");
            assertThat(phone.find(By.id("raise")).getText()).contains("kế hoạch chuyển đổi số");
            assertNoSidewaysScroll(phone);
            phone.screenshot("assessment-result-phone");
        }
    }

    /** Every question at its best: the last choice, "yes", 100, or an evidence link. */
    private static void answer(Browser phone, List<WebElement> questions) {
        for (WebElement q : questions) {
            List<WebElement> radios = q.findElements(By.cssSelector("input[type=radio]"));
            if (!radios.isEmpty()) {
                WebElement best = radios.size() == 2 ? radios.get(0) : radios.get(radios.size() - 1);
                ((JavascriptExecutor) phone.driver()).executeScript("arguments[0].scrollIntoView(true);", best);
                best.click();
                continue;
            }
            WebElement input = q.findElement(By.tagName("input"));
            input.clear();
            input.sendKeys(input.getAttribute("placeholder") != null && !input.getAttribute("placeholder").isEmpty()
                    ? "https://example.com/bao-cao.pdf" : "100");
        }
    }

    private static void assertNoSidewaysScroll(Browser phone) {
        Object wide = ((JavascriptExecutor) phone.driver()).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;");
        assertThat(wide).as("the page scrolls sideways on a phone").isEqualTo(false);
    }
}
