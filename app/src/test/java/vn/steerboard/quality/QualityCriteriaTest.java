package vn.steerboard.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.steerboard.quality.internal.UnitFolders;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;

/**
 * A database's quality in the six criteria, over real HTTP and in Chromium: a file with planted defects of known
 * counts is scanned, and its criteria, checks, failures by kind and masked examples read back exactly; another
 * unit's officer may not read them.
 */
@IntegrationTest
class QualityCriteriaTest {

    // a ministry: a code of letters, which MaskingTest cannot mistake for four digits of a personal value
    private static final String UNIT = TestFixtures.unit("BGDDT", "QualityCriteriaTest"); // Bộ Giáo dục và Đào tạo

    /** 8 rows: 2 missing numbers, one with a leading space, one too short; 3 statuses off the list. */
    private static final String CSV = """
            id,cccd,status
            1,001203000001,GONE
            2,001203000002,GONE
            3,,GONE
            4,,ACTIVE
            5," 001203000005",ACTIVE
            6,12345,ACTIVE
            7,001203000007,ACTIVE
            8,001203000008,ACTIVE
            """;

    private static final String SUITE = """
            table: citizen
            primary_key: id
            personal_data: [cccd]
            checks:
              - {id: cccd_present, type: completeness, column: cccd}
              - {id: cccd_shape, type: pattern, column: cccd, pattern: '^[0-9]{12}$'}
              - {id: status_allowed, type: allowed_values, column: status, values: [ACTIVE]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    UnitFolders folders;

    @Test
    void aScanIsShownInTheSixCriteriaWithItsChecksKindsAndMaskedExamples() throws Exception {
        String officer = TestFixtures.account(port, "fx.bgddt.quality", "OFFICER", UNIT);
        Path file = folders.unitFolder(UNIT).resolve("criteria-" + UNIT + ".csv");
        Files.writeString(file, CSV, StandardCharsets.UTF_8);
        try {
            Api api = Api.as(port, officer);
            long id = register(api, file.getFileName().toString());
            assertThat(api.get("/api/quality/sources/" + id + "/criteria").status())
                    .as("no successful scan yet: nothing to break down").isEqualTo(404);
            long scanId = api.post("/api/quality/sources/" + id + "/scans", Map.of()).json().get("id").asLong();
            JsonNode scan = waitForScan(api, scanId);
            assertThat(scan.get("status").asString()).as(scan.toString()).isEqualTo("SUCCEEDED");

            JsonNode breakdown = api.get("/api/quality/sources/" + id + "/criteria").json();
            assertThat(breakdown.get("scanId").asLong()).isEqualTo(scanId);
            JsonNode criteria = breakdown.get("criteria");
            assertThat(criteria.size()).isEqualTo(6);
            assertThat(criteria.get(0).get("criterion").asString()).isEqualTo("CORRECT");
            assertThat(criteria.get(5).get("criterion").asString()).isEqualTo("SHARED");
            JsonNode sufficient = criterion(criteria, "SUFFICIENT");
            assertThat(sufficient.get("score").asDouble()).isEqualTo(75.0);
            JsonNode present = sufficient.get("checks").get(0);
            assertThat(present.get("checked").asLong()).isEqualTo(8);
            assertThat(present.get("failed").asLong()).isEqualTo(2);
            assertThat(criterion(criteria, "UNIFIED").get("score").asDouble()).isEqualTo(62.5);
            assertThat(criterion(criteria, "LIVE").get("score").isNull()).as("no freshness check: not measured, not 0").isTrue();

            JsonNode shape = criterion(criteria, "CORRECT").get("checks").get(0);
            assertThat(shape.get("failed").asLong()).isEqualTo(2);
            assertThat(shape.get("findings").toString()).contains("\"kind\":\"surrounding_whitespace\",\"count\":1")
                    .contains("\"kind\":\"bad_format\",\"count\":1");
            assertThat(criterion(criteria, "CORRECT").get("score").asDouble())
                    .isEqualTo(Math.round(1000.0 * (shape.get("checked").asLong() - 2) / shape.get("checked").asLong()) / 10.0);
            String body = api.get("/api/quality/sources/" + id + "/criteria").body();
            assertThat(body).as("examples leave masked").doesNotContain("001203000005").doesNotContain("12345");

            // the ranking carries the same six scores, and the database score is the one the source shows
            JsonNode row = rankingRow(api, id);
            assertThat(row.get("criteria").get("SUFFICIENT").asDouble()).isEqualTo(75.0);
            assertThat(row.get("criteria").get("UNIFIED").asDouble()).isEqualTo(62.5);
            assertThat(row.get("criteria").has("LIVE")).isFalse();
            assertThat(row.get("databaseScore").asDouble()).isEqualTo(breakdown.get("databaseScore").asDouble());

            // within the subtree only, as the database itself
            assertThat(Api.as(port, DemoFacts.BADINH_OFFICER).get("/api/quality/sources/" + id + "/criteria").status())
                    .isEqualTo(403);
            assertThat(Api.as(port, DemoFacts.BADINH_OFFICER).get("/api/quality/scans/" + scanId + "/criteria").status())
                    .isEqualTo(403);

            try (Browser browser = Browser.open(port, 1280, 1000)) {
                browser.signIn(officer, Api.DEMO_PASSWORD);
                browser.go("/quality/sources/" + id);
                String text = browser.find(By.id("criteria")).getText();
                assertThat(text).contains("Sáu tiêu chí").contains("Đủ").contains("75,0").contains("62,5")
                        .contains("chưa đo");
                assertThat(browser.find(By.cssSelector("#criteria-scores [data-criterion=LIVE]")).getText()).contains("chưa đo");
                String failures = browser.find(By.id("failures-by-kind")).getText();
                assertThat(failures).contains("Giá trị ngoài danh mục 3").contains("Thiếu giá trị 2")
                        .contains("Khoảng trắng thừa ở đầu hoặc cuối 1").contains("Sai định dạng 1")
                        .contains("Chưa đáp ứng yêu cầu chia sẻ 3"); // nothing declared for sharing: three declarations fail
                browser.find(By.cssSelector("#checks-CORRECT summary")).click();
                assertThat(browser.find(By.id("checks-CORRECT")).getText()).contains("Đúng định dạng").contains("cccd_shape");
                browser.screenshot("quality-criteria");
                browser.go("/quality/sources/" + id + "?scan=" + Long.MAX_VALUE);
                assertThat(browser.text()).doesNotContain("Sáu tiêu chí");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theScorecardAndTheRankingShowTheSixCriteriaOfEveryDatabase() {
        try (Browser browser = Browser.open(port, 1440, 1000)) {
            browser.signIn(DemoFacts.ADMIN, Api.DEMO_PASSWORD);
            browser.go("/scorecard/01");
            String header = browser.find(By.cssSelector("#scorecard-sources thead")).getText();
            assertThat(header).contains("Đúng").contains("Đủ").contains("Sạch").contains("Sống").contains("Thống nhất")
                    .contains("Dùng chung");
            assertThat(browser.findAll(By.cssSelector("#scorecard-sources td[data-criterion=CORRECT]"))).isNotEmpty()
                    .allSatisfy(cell -> assertThat(cell.getText()).matches("\\d{1,3},\\d|—"));
            browser.go("/quality");
            assertThat(browser.find(By.cssSelector("#quality-ranking thead")).getText()).contains("Thống nhất");
        }
    }

    private static JsonNode criterion(JsonNode criteria, String name) {
        for (JsonNode c : criteria) {
            if (c.get("criterion").asString().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no criterion " + name + " in " + criteria);
    }

    private static JsonNode rankingRow(Api api, long id) {
        for (JsonNode row : api.get("/api/quality/ranking").json()) {
            if (row.get("sourceId").asLong() == id) {
                return row;
            }
        }
        throw new AssertionError("source " + id + " is not ranked");
    }

    private static long register(Api api, String fileName) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("ownerUnit", UNIT);
        draft.put("name", "Sổ hộ tịch kiểm thử tiêu chí");
        draft.put("kind", "FILE");
        draft.put("location", fileName);
        draft.put("suiteYaml", SUITE);
        Api.Reply created = api.post("/api/quality/sources", draft);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static JsonNode waitForScan(Api api, long scanId) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonNode scan = api.get("/api/quality/scans/" + scanId).json();
            if (!"RUNNING".equals(scan.get("status").asString())) {
                return scan;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("scan " + scanId + " did not finish");
    }
}
