package vn.steerboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;

/**
 * The province's review on its pages: Thanh Hóa's officer finds a completed self-assessment in the queue, samples it,
 * reads the evidence, is refused an adjustment without a reason, adjusts with one, and sees the self-assessed and
 * verified levels side by side; the queue then shows it verified.
 */
@IntegrationTest
class ReviewBrowserTest {

    static final String THANH_HOA = "38";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theProvinceReviewerSamplesReadsTheEvidenceAndAdjustsWithAReason() {
        String ref = EnterpriseClient.completedAssessment(port, jdbc, THANH_HOA);
        String reviewer = TestFixtures.account(port, "review.th.officer", "OFFICER", THANH_HOA);
        try (Browser b = Browser.open(port, 1280, 900)) {
            b.signIn(reviewer, Api.DEMO_PASSWORD);
            b.go("/assessments/reviews");
            assertThat(b.find(By.cssSelector("tr[data-ref='" + ref + "']")).getText()).contains("Dẫn đầu", "Chưa chọn mẫu");
            b.find(By.cssSelector("tr[data-ref='" + ref + "'] a")).click();
            assertThat(b.findAll(By.id("adjust"))).as("sampled first").isEmpty();
            b.find(By.id("sample-submit")).click();
            // the post redirects to the same path: wait for the notice the new page carries, not for a path
            assertThat(b.waitFor(By.id("notice")).getText()).isEqualTo("Đã chọn mẫu bài tự đánh giá.");
            assertThat(b.find(By.cssSelector("tr[data-criterion=P6C4]")).getText()).contains("https://example.com/bao-cao-du-lieu.pdf");

            new Select(b.find(By.id("adjust-criterion"))).selectByValue("P6C1");
            b.find(By.id("adjust-answer")).sendKeys("none");
            b.clickAndWaitForNextPage(b.find(By.id("adjust-submit")));
            assertThat(b.find(By.id("problems")).getText()).contains("Lý do");
            new Select(b.find(By.id("adjust-criterion"))).selectByValue("P6C1");
            b.find(By.id("adjust-answer")).sendKeys("none");
            b.find(By.id("adjust-reason")).sendKeys("Dữ liệu khách hàng nằm rải rác trên bảng tính");
            b.clickAndWaitForNextPage(b.find(By.id("adjust-submit")));
            new Select(b.find(By.id("adjust-criterion"))).selectByValue("P6C3");
            b.find(By.id("adjust-answer")).sendKeys("none");
            b.find(By.id("adjust-reason")).sendKeys("Không có báo cáo quản trị tự động");
            b.clickAndWaitForNextPage(b.find(By.id("adjust-submit")));
            assertThat(b.find(By.id("self-level")).getText()).isEqualTo("Dẫn đầu");
            assertThat(b.find(By.id("verified-level")).getText()).isEqualTo("Tăng tốc");
            assertThat(b.find(By.id("adjustments")).getText()).contains("rải rác", "quản trị tự động");
            b.screenshot("assessment-review");
            b.go("/assessments/reviews");
            assertThat(b.find(By.cssSelector("tr[data-ref='" + ref + "']")).getText()).contains("Đã xác minh", "Tăng tốc");
        }
    }
}
