package vn.steerboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;

/**
 * The agencies' flow in Chromium: Lạng Sơn's officer starts the year's DTI self-assessment, saves half, resumes,
 * attaches the evidence, is refused a renamed executable in Vietnamese, and submits; MOST (ADMIN) opens the evidence
 * list, rejects one piece with a reason and concludes; both scores stand side by side on the agency's page.
 */
@IntegrationTest
class AgencyAssessmentBrowserTest {

    static final String LANG_SON = TestFixtures.unit("20", "AgencyAssessmentBrowserTest");

    @LocalServerPort
    int port;

    @Test
    void anAgencySelfAssessesWithEvidenceAndMostAppraisesIt() throws Exception {
        String officer = TestFixtures.account(port, "dti.ls.officer", "OFFICER", LANG_SON);
        Path pdf = Files.createTempFile("bao-cao", ".pdf");
        Files.write(pdf, AgencyFiles.pdf("Báo cáo chuyển đổi số Lạng Sơn"));
        Path fake = Files.createTempFile("bao-cao-gia", ".pdf");
        Files.write(fake, "MZ\u0090 This program cannot be run in DOS mode".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        String ref;
        try (Browser agency = Browser.open(port, 1280, 900)) {
            agency.signIn(officer, Api.DEMO_PASSWORD);
            agency.go("/assessments/agencies");
            new Select(agency.find(By.id("start-framework"))).selectByValue("dti-province");
            new Select(agency.find(By.id("start-year"))).selectByValue("2026");
            agency.clickAndWaitForNextPage(agency.find(By.id("start-submit")));
            ref = agency.waitForPath("/assessments/agencies/[^/]+").substring("/assessments/agencies/".length());
            assertThat(agency.find(By.id("status")).getText()).isEqualTo("Đang soạn");

            // half the answers, saved; the page comes back with them (resume)
            for (int i = 1; i <= 4; i++) {
                type(agency, "a_D" + i + "C1", "80");
            }
            click(agency, By.id("save"));
            agency.waitForText(By.id("notice"), "Đã lưu câu trả lời.");
            assertThat(agency.find(By.name("a_D2C1")).getAttribute("value")).isEqualTo("80");
            for (int i = 5; i <= 8; i++) {
                type(agency, "a_D" + i + "C1", "80");
            }
            click(agency, By.id("save"));

            // a renamed executable is refused, in Vietnamese, naming the file
            attach(agency, "D1C2", fake);
            agency.waitForText(By.id("problems"), "không phải PDF");
            assertThat(agency.find(By.id("problems")).getText()).contains("Tệp", "không phải PDF");
            for (int i = 1; i <= 8; i++) {
                attach(agency, "D" + i + "C2", pdf);
                agency.waitForText(By.id("notice"), "Đã đính kèm tệp minh chứng.");
            }
            assertThat(agency.find(By.id("q-D3C2")).getText()).contains(pdf.getFileName().toString());
            agency.screenshot("agency-dti-draft");
            click(agency, By.id("submit"));
            agency.waitForText(By.id("status"), "Đã gửi, chờ thẩm định");
            assertThat(agency.find(By.id("self-points")).getText()).isEqualTo("866,67 / 1.000");
            assertThat(agency.find(By.id("self-level")).getText()).isEqualTo("Nhóm A");
        }
        try (Browser most = Browser.open(port, 1280, 900)) {
            most.signIn("admin", Api.DEMO_PASSWORD);
            most.go("/assessments/agencies?framework=dti-province&year=2026");
            most.clickAndWaitForNextPage(most.find(By.cssSelector("tr[data-ref='" + ref + "'] a")));
            assertThat(most.find(By.cssSelector("tr[data-criterion=D6C2]")).getText()).contains("Đã đính kèm minh chứng", ".pdf");
            new Select(most.find(By.id("adjust-criterion"))).selectByValue("D6C2");
            most.find(By.id("adjust-answer")).sendKeys("rejected");
            most.find(By.id("adjust-reason")).sendKeys("Minh chứng là báo cáo năm 2024, không phải năm 2026");
            click(most, By.id("adjust-submit"));
            most.waitForText(By.id("appraised-points"), "793,33 / 1.000");
            click(most, By.id("appraise-submit"));
            most.waitForText(By.id("status"), "Đã thẩm định");
            assertThat(most.find(By.id("adjustments")).getText()).contains("năm 2024");
            most.screenshot("agency-dti-appraised");
        }
        try (Browser agency = Browser.open(port, 1280, 900)) {
            agency.signIn(officer, Api.DEMO_PASSWORD);
            agency.go("/assessments/agencies/" + ref);
            assertThat(agency.find(By.id("self-level")).getText()).isEqualTo("Nhóm A");
            assertThat(agency.find(By.id("appraised-level")).getText()).isEqualTo("Nhóm B");
            assertThat(agency.find(By.cssSelector("tr[data-criterion=D6C2]")).getText()).contains("Minh chứng không được chấp nhận");
        }
    }

    private static void type(Browser b, String name, String value) {
        WebElement input = b.find(By.name(name));
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView(true);", input);
        input.clear();
        input.sendKeys(value);
    }

    private static void click(Browser b, By by) {
        WebElement button = b.find(by);
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView(true);", button);
        b.clickAndWaitForNextPage(button);
    }

    private static void attach(Browser b, String criterion, Path file) {
        new Select(b.find(By.id("upload-criterion"))).selectByValue(criterion);
        b.find(By.id("upload-file")).sendKeys(file.toAbsolutePath().toString());
        click(b, By.id("upload-submit"));
    }
}
