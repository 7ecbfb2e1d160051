package vn.steerboard.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;
import vn.steerboard.support.DemoFacts;

/** The committee's room in headless Chromium: every demo role, overview, scorecard, ranking, live, reports. */
@IntegrationTest
class CommitteeRoomBrowserTest {

    private static final List<String> ROLES = List.of(DemoFacts.ADMIN, DemoFacts.VIEWER, DemoFacts.HANOI_LEADER, DemoFacts.HANOI_OFFICER, DemoFacts.BADINH_OFFICER,
            DemoFacts.NGOCHA_OFFICER, DemoFacts.BKHCN_OFFICER);

    @LocalServerPort
    int port;

    @Test
    void everyDemoRoleSignsInToTheOverview() {
        for (String user : ROLES) {
            try (Browser browser = Browser.open(port, 1280, 1000)) {
                browser.signIn(user, Api.DEMO_PASSWORD);
                browser.go("/");
                boolean bound = !user.equals("admin") && !user.equals("viewer");
                if (bound) {
                    // one scope per screen: a unit's reader lands on its unit, the nation one click away
                    assertThat(browser.currentPath()).as(user).startsWith("/scorecard/");
                    assertThat(browser.find(By.id("scope-line")).getText()).as(user).contains("Phạm vi:")
                            .contains(browser.find(By.id("scorecard-name")).getText());
                    browser.find(By.id("scope-nation")).click();
                    browser.waitFor(By.id("task-headline"));
                }
                assertThat(browser.find(By.id("scope-line")).getText()).as(user).contains("toàn quốc");
                assertThat(browser.find(By.id("task-headline")).getText()).as(user).contains("Quá hạn");
                assertThat(browser.find(By.id("kpi-headline")).getText()).as(user).contains("Đúng lộ trình");
                assertThat(browser.find(By.id("my-account")).getText()).as(user).contains(user);
            }
        }
    }

    @Test
    void theOverviewLeadsDownToTheTasksAndSwitchesLanguage() {
        try (Browser browser = Browser.open(port, 1280, 1400)) {
            browser.signIn(DemoFacts.VIEWER, Api.DEMO_PASSWORD);
            browser.go("/?asOf=2025-11-15");
            assertThat(browser.find(By.cssSelector("#fig-total strong")).getText()).isEqualTo(String.valueOf(DemoFacts.TASKS_ON_REPORT_DAY));
            assertThat(browser.find(By.cssSelector("#fig-completed strong")).getText()).isEqualTo("370");
            assertThat(browser.find(By.cssSelector("#fig-in-progress strong")).getText()).isEqualTo("176");
            assertThat(browser.find(By.cssSelector("#fig-on-time strong")).getText()).isEqualTo("67,0%");
            browser.waitFor(By.cssSelector("figure[data-chart] svg"));
            assertThat(browser.findAll(By.cssSelector("#most-overdue tbody tr"))).hasSize(10);
            assertThat(browser.findAll(By.cssSelector("#off-track tbody tr"))).hasSizeBetween(1, 5);
            browser.screenshot("committee-overview");
            String overdue = browser.find(By.cssSelector("#fig-overdue strong")).getText();
            browser.clickAndWaitForNextPage(browser.find(By.id("fig-overdue")));
            assertThat(browser.find(By.id("task-count")).getText()).contains(overdue);
            browser.go("/?asOf=2025-11-15");
            browser.clickAndWaitForNextPage(browser.find(By.id("lang-en")));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Programme overview");
            assertThat(browser.find(By.id("task-headline")).getText()).contains("Overdue");
            browser.go("/?lang=vi");
        }
        try (Browser phone = Browser.open(port, 390, 844)) {
            phone.signIn(DemoFacts.VIEWER, Api.DEMO_PASSWORD);
            phone.go("/?asOf=2025-11-15");
            assertThat(phone.find(By.id("fig-total")).isDisplayed()).isTrue();
            Object scroll = ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                    .executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1");
            assertThat(scroll).isEqualTo(true);
            phone.screenshot("committee-overview-phone");
        }
    }

    @Test
    void aProvinceScorecardShowsItsCommunesAndChangesLiveAfterASubmission() {
        try (Browser browser = Browser.open(port, 1280, 1400)) {
            browser.signIn(DemoFacts.ADMIN, Api.DEMO_PASSWORD);
            String unit = TestFixtures.unit("79", "CommitteeRoomBrowserTest.scorecard");
            browser.go("/scorecard/" + unit + "?asOf=" + TestFixtures.AFTER_TEST_PERIODS);
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> "connected".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));
            assertThat(browser.findAll(By.cssSelector("#scorecard-communes tbody tr")).size()).isGreaterThan(10);
            assertThat(browser.find(By.id("since-meeting")).getText()).contains("Phiên trước");
            // a count is shown as the whole number it is (the indicator's own decimals), a share with its one decimal
            assertThat(browser.find(By.cssSelector("#scorecard-kpis tr[data-indicator=DN_TOI_UU_TRO_LEN] td.num")).getText())
                    .matches("[0-9.]+ doanh nghiệp.*");
            assertThat(browser.find(By.cssSelector("#since-meeting tr[data-indicator=DN_TOI_UU_TRO_LEN]")).getText())
                    .doesNotContain(",");
            assertThat(browser.find(By.cssSelector("#since-meeting tr[data-indicator=CHU_KY_SO]")).getText())
                    .containsPattern("\\d,\\d");
            String before = browser.find(By.cssSelector("#scorecard-kpis tr[data-indicator=CHU_KY_SO]")).getText();
            Api.Reply submitted = Api.as(port, DemoFacts.ADMIN).post("/api/indicators/submissions", Map.of("dataSet", DemoFacts.PROVINCE_DATA_SET, "unit", unit,
                    "period", TestFixtures.MONTH, "values", Map.of("NGUOI_TRUONG_THANH", 1000, "CKS_CA_NHAN", 777)));
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
            browser.waitForText(By.cssSelector("#scorecard-kpis tr[data-indicator=CHU_KY_SO]"), "77,7");
            assertThat(browser.find(By.cssSelector("#scorecard-kpis tr[data-indicator=CHU_KY_SO]")).getText()).isNotEqualTo(before)
                    .contains("chưa phê duyệt");
            browser.screenshot("committee-scorecard");

            browser.go("/rankings");
            List<WebElement> rows = browser.findAll(By.cssSelector("#composite-ranking tbody tr"));
            assertThat(rows).hasSize(34);
            assertThat(browser.find(By.id("composite-rule")).getText()).contains("40%");
            WebElement sortByTasks = browser.find(By.cssSelector("#composite-ranking thead th:nth-child(4) button"));
            sortByTasks.click();
            sortByTasks.click();
            List<Integer> tasks = browser.findAll(By.cssSelector("#composite-ranking tbody td:nth-child(4)")).stream()
                    .map(cell -> Integer.parseInt(cell.getText().trim())).toList();
            assertThat(tasks).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            browser.screenshot("committee-ranking");
        }
    }

    @Test
    void theMeetingReportIsTheSameForTheSameDayWithVietnameseTextAndTheFigures() throws Exception {
        Api viewer = Api.as(port, DemoFacts.VIEWER);
        byte[] pdf = viewer.download("/reports/meeting?asOf=2025-11-15&format=pdf");
        assertThat(viewer.download("/reports/meeting?asOf=2025-11-15&format=pdf")).isEqualTo(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("BÁO CÁO").contains("944 nhiệm vụ").contains("đã hoàn thành 370")
                    .contains("đang thực hiện trong hạn 176").contains("67,0%").contains("Xếp hạng tổng hợp");
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
        byte[] xlsx = viewer.download("/reports/meeting?asOf=2025-11-15&format=xlsx");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet tasks = workbook.getSheet("Nhiệm vụ");
            assertThat(tasks).isNotNull();
            double total = 0;
            for (Row row : tasks) {
                if (row.getCell(0) != null && "Tổng số".equals(row.getCell(0).getStringCellValue())) {
                    total = row.getCell(1).getNumericCellValue();
                }
            }
            assertThat(total).isEqualTo(DemoFacts.TASKS_ON_REPORT_DAY);
            assertThat(workbook.getSheet("Xếp hạng tổng hợp tỉnh").getPhysicalNumberOfRows()).isGreaterThanOrEqualTo(35);
        }
    }

    @Test
    void thePublishedOverviewShowsOnlyApprovedAggregatesAndACommuneSeesOnlyItsSubtree() {
        try (Browser anonymous = Browser.open(port, 1280, 1000)) {
            anonymous.go("/?asOf=2025-11-15");
            assertThat(anonymous.find(By.id("published-note")).isDisplayed()).isTrue();
            assertThat(anonymous.findAll(By.id("most-overdue"))).isEmpty();
            assertThat(anonymous.findAll(By.cssSelector("a[href*='/tasks'], a[href*='/reports'], a[href*='/scorecard']"))).isEmpty();
            assertThat(anonymous.find(By.cssSelector("#fig-total strong")).getText()).isEqualTo(String.valueOf(DemoFacts.TASKS_ON_REPORT_DAY));
            anonymous.go("/scorecard/01");
            assertThat(anonymous.currentPath()).startsWith("/login");
        }
        try (Browser commune = Browser.open(port, 1280, 1000)) {
            commune.signIn(DemoFacts.BADINH_OFFICER, Api.DEMO_PASSWORD);
            commune.go("/scorecard/00004");
            assertThat(commune.find(By.id("scorecard-name")).getText()).contains("Ba Đình");
            for (WebElement lead : commune.findAll(By.cssSelector("#scorecard-overdue tbody td:nth-child(2)"))) {
                assertThat(lead.getText()).contains("Ba Đình");
            }
            commune.go("/scorecard/01");
            assertThat(commune.text()).doesNotContain("Thẻ điểm · Thành phố Hà Nội");
            commune.go("/scorecard/00008");
            assertThat(commune.findAll(By.id("scorecard-name"))).isEmpty();
        }
        assertThat(Api.anonymous(port).get("/reports/meeting?format=pdf").status()).isIn(302, 401);
    }
}
