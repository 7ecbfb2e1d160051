package vn.steerboard.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.IntegrationTest;

/**
 * The overview's tasks by status in headless Chromium: a real click on a bar of the status chart, and Enter on a
 * count of the status table, filter the list beside them to that status on the same day; the filter is named above
 * the list and removed by its link; the list's link opens the task list with the same status and day. A reader bound
 * to a unit is given no filter on national counts.
 */
@IntegrationTest
class OverviewStatusFilterBrowserTest {

    private static final String DAY = "2025-11-15";

    @LocalServerPort
    int port;

    @Test
    void aClickOnAStatusBarFiltersTheListBesideItOnTheSameDayAndTheFilterIsRemovable() {
        try (Browser browser = Browser.open(port, 1280, 1400)) {
            browser.signIn(DemoFacts.VIEWER, Api.DEMO_PASSWORD);
            browser.go("/?asOf=" + DAY);
            WebElement canvas = browser.waitFor(By.cssSelector("#status-chart .chart-canvas"));
            browser.waitFor(By.cssSelector("#status-chart svg"));
            assertThat(browser.findAll(By.id("status-filter"))).isEmpty();
            assertThat(browser.findAll(By.cssSelector("#most-overdue tbody tr"))).hasSize(10);
            String overdue = browser.find(By.id("status-count-OVERDUE")).getText();
            assertThat(overdue).isEqualTo(browser.find(By.cssSelector("#fig-overdue strong")).getText());

            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("arguments[0].scrollIntoView({block: 'center'}); echarts.getInstanceByDom(arguments[0]).resize();", canvas);
            // a real click in the middle of the overdue bar (the fourth category)
            @SuppressWarnings("unchecked")
            List<Number> pixel = (List<Number>) js.executeScript("var c = echarts.getInstanceByDom(arguments[0]);"
                    + " var d = c.getOption().series[0].data[3]; return c.convertToPixel({seriesIndex: 0}, [3, d.value / 2]);", canvas);
            int dx = pixel.get(0).intValue() - canvas.getSize().getWidth() / 2;
            int dy = pixel.get(1).intValue() - canvas.getSize().getHeight() / 2;
            new Actions(browser.driver()).moveToElement(canvas, dx, dy).click().perform();
            WebElement filter = browser.waitFor(By.id("status-filter"));
            assertThat(filter.getText()).contains("Đang lọc theo trạng thái", "Quá hạn", "Bỏ lọc");
            assertThat(browser.driver().getCurrentUrl()).contains("asOf=" + DAY).contains("status=OVERDUE");
            assertThat(browser.find(By.id("status-list-title")).getText()).isEqualTo("Nhiệm vụ “Quá hạn” ngày 15/11/2025");
            List<WebElement> rows = browser.findAll(By.cssSelector("#status-tasks tbody tr"));
            assertThat(rows).hasSize(Math.min(10, Integer.parseInt(overdue)));
            rows.forEach(r -> assertThat(r.getAttribute("data-status")).isEqualTo("OVERDUE"));
            assertThat(browser.findAll(By.id("most-overdue"))).isEmpty();
            assertThat(browser.find(By.id("status-count-OVERDUE")).getAttribute("aria-current")).isEqualTo("true");
            assertThat(browser.find(By.id("status-tasks-all")).getText()).contains(overdue);
            // the chart shows the chosen bar, the others faded
            assertThat(((Number) js.executeScript("return echarts.getInstanceByDom(arguments[0]).getOption().series[0].data[2]"
                    + ".itemStyle.opacity;", browser.find(By.cssSelector("#status-chart .chart-canvas")))).doubleValue()).isLessThan(1);
            browser.screenshot("overview-status-filtered");

            // the list's link opens the whole task list with the same status and day
            browser.find(By.id("status-tasks-all")).click();
            browser.waitForPath("/tasks");
            browser.waitFor(By.id("task-count"));
            assertThat(browser.driver().getCurrentUrl()).contains("asOf=" + DAY).contains("status=OVERDUE");
            assertThat(browser.find(By.id("task-count")).getText()).contains(overdue);
            browser.driver().navigate().back();

            // removing the filter brings the unfiltered list back, on the same day
            browser.waitFor(By.id("status-filter-clear")).click();
            browser.waitFor(By.id("most-overdue"));
            assertThat(browser.findAll(By.id("status-filter"))).isEmpty();
            assertThat(browser.driver().getCurrentUrl()).contains("asOf=" + DAY).doesNotContain("status=");
        }
    }

    @Test
    void theStatusTableIsReachableByKeyboardAndABoundReaderIsGivenNoNationalFilter() {
        try (Browser browser = Browser.open(port, 1280, 1400)) {
            browser.signIn(DemoFacts.ADMIN, Api.DEMO_PASSWORD);
            browser.go("/?asOf=" + DAY);
            String inProgress = browser.waitFor(By.id("status-count-IN_PROGRESS")).getText();
            assertThat(inProgress).isEqualTo(String.valueOf(DemoFacts.IN_PROGRESS_ON_REPORT_DAY));
            browser.find(By.id("status-count-IN_PROGRESS")).sendKeys(Keys.ENTER);
            browser.waitFor(By.id("status-filter"));
            assertThat(browser.find(By.id("status-filter")).getText()).contains("Đang thực hiện trong hạn");
            assertThat(browser.driver().getCurrentUrl()).contains("asOf=" + DAY).contains("status=IN_PROGRESS");
            List<WebElement> rows = browser.findAll(By.cssSelector("#status-tasks tbody tr"));
            assertThat(rows).hasSize(10);
            rows.forEach(r -> assertThat(r.getAttribute("data-status")).isEqualTo("IN_PROGRESS"));
            // the live part re-fetches with the same filter
            assertThat(browser.find(By.id("overview-live")).getAttribute("data-live-src")).contains("status=IN_PROGRESS")
                    .contains("asOf=" + DAY);
            browser.find(By.id("status-filter-clear")).sendKeys(Keys.ENTER);
            browser.waitFor(By.id("most-overdue"));
        }
        try (Browser browser = Browser.open(port, 1280, 1400)) {
            browser.signIn(DemoFacts.HANOI_OFFICER, Api.DEMO_PASSWORD);
            browser.go("/?scope=nation&asOf=" + DAY + "&status=OVERDUE");
            browser.waitFor(By.id("status-table"));
            assertThat(browser.findAll(By.cssSelector("#status-table a"))).isEmpty();
            assertThat(browser.findAll(By.id("status-filter"))).isEmpty();
            assertThat(browser.findAll(By.id("status-tasks"))).isEmpty();
        }
        assertThat(Api.as(port, DemoFacts.VIEWER).get("/?asOf=" + DAY + "&status=DONE").status()).isEqualTo(400);
    }
}
