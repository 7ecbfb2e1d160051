package vn.steerboard.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.DemoFacts;

/** The programme pages in headless Chromium: the reported figures, a count down to its tasks, acceptance. */
@IntegrationTest
class ProgrammeBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void theOverviewShowsThe15November2025FiguresAndACountLeadsToItsTasks() {
        try (Browser browser = Browser.open(port, 1280, 1000)) {
            browser.signIn(DemoFacts.VIEWER, Api.DEMO_PASSWORD);
            browser.go("/programme?asOf=2025-11-15");
            assertThat(browser.find(By.cssSelector("#fig-total strong")).getText()).isEqualTo(String.valueOf(DemoFacts.TASKS_ON_REPORT_DAY));
            assertThat(browser.find(By.cssSelector("#fig-completed strong")).getText()).isEqualTo("370");
            assertThat(browser.find(By.cssSelector("#fig-in-progress strong")).getText()).isEqualTo("176");
            assertThat(browser.find(By.cssSelector("#fig-on-time strong")).getText()).isEqualTo("67,0%");
            browser.screenshot("programme-overview");

            browser.find(By.id("fig-overdue")).click();
            browser.waitFor(By.id("task-table"));
            assertThat(browser.find(By.id("task-count")).getText()).isEqualTo("93 nhiệm vụ");
            assertThat(browser.findAll(By.cssSelector("#task-table tbody tr"))).hasSize(50);
            assertThat(browser.findAll(By.cssSelector("#task-table .status.OVERDUE"))).hasSize(50);
            browser.screenshot("programme-overdue-tasks");

            browser.go("/rankings/tasks?league=PROVINCES&asOf=2025-11-15");
            assertThat(browser.findAll(By.cssSelector("#ranking-table tbody tr"))).hasSize(34);
            assertThat(browser.find(By.id("ranking-rule")).getText()).contains("tỷ lệ hoàn thành đúng hạn");
        }
    }

    @Test
    void theCityLeaderAcceptsADeliverableFromTheAcceptanceScreen() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        java.util.Map<String, Object> draft = new java.util.HashMap<>(java.util.Map.of("code", "UI-ACCEPT-1",
                "planCode", DemoFacts.PLAN_2026, "title", "Vận hành cổng dữ liệu mở của phường", "leadUnit", DemoFacts.BA_DINH,
                "approverUnit", "01", "responsiblePerson", "Trần Thị Bình", "deliverable", "Cổng dữ liệu mở vận hành",
                "sourceDate", "2026-01-05", "startDate", "2026-01-10"));
        draft.put("deadline", "2027-06-30");
        long id = admin.post("/api/tasks", draft).json().get("id").asLong();
        Api.as(port, DemoFacts.BADINH_OFFICER).post("/api/tasks/" + id + "/reports", java.util.Map.of("percent", 100,
                "evidenceKind", "LINK", "evidenceReference", "https://data.badinh.hanoi.gov.vn"));
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn(DemoFacts.HANOI_LEADER, Api.DEMO_PASSWORD);
            browser.go("/acceptance");
            java.util.List<org.openqa.selenium.WebElement> waiting = browser.findAll(By.cssSelector("#waiting tbody tr"));
            assertThat(browser.find(By.id("waiting-count")).getText()).isEqualTo("(" + waiting.size() + ")");
            java.util.List<Long> days = waiting.stream().map(row -> Long.parseLong(row.findElement(By.cssSelector(".days-waiting"))
                    .getText())).toList();
            assertThat(days).as("longest waiting first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
            org.openqa.selenium.WebElement mine = browser.find(By.cssSelector("#waiting tr[data-code='UI-ACCEPT-1']"));
            assertThat(mine.findElement(By.cssSelector(".evidence a")).getAttribute("href"))
                    .isEqualTo("https://data.badinh.hanoi.gov.vn/");
            browser.find(By.linkText("UI-ACCEPT-1")).click();
            browser.waitFor(By.id("decision-form"));
            browser.find(By.id("accept")).click();
            browser.waitForText(By.id("task-status"), "Hoàn thành đúng hạn");
            browser.screenshot("programme-task-accepted-phone");
        }
    }
}
