package vn.steerboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;

/**
 * Verification by the province, and the national counts: after any mix of completions, reassessments and reviewer
 * adjustments, the incremental counts and the province pillar sums (the heat map) equal a recount from the stored
 * assessments.
 */
@IntegrationTest
class ReviewAndCountsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NationalCounts counts;

    @Test
    void theProvinceReviewerAdjustsAnAnswerWithAReasonAuditedAndBothLevelsAreKept() {
        String ref = EnterpriseClient.completedAssessment(port, jdbc, "01");
        Api reviewer = Api.as(port, "hanoi.officer");
        // another province's officer may not sample it
        vn.steerboard.support.TestFixtures.account(port, "review.hcm.officer", "OFFICER", "79");
        assertThat(Api.as(port, "review.hcm.officer").post("/api/assessment/reviews/" + ref + "/sample", Map.of()).status())
                .isEqualTo(403);
        assertThat(reviewer.post("/api/assessment/reviews/" + ref + "/adjustments", Map.of("criterion", "P2C1", "answer", "no",
                "reason", "x")).status()).as("not sampled yet").isEqualTo(409);
        JsonNode sampled = reviewer.post("/api/assessment/reviews/" + ref + "/sample", Map.of()).json();
        assertThat(sampled.get("sampledBy").asString()).isEqualTo("hanoi.officer");
        // the reviewer sees the evidence the enterprise gave (the file criterion's reference)
        assertThat(sampled.get("answers").toString()).contains("P6C4", "https://example.com/bao-cao-du-lieu.pdf");
        assertThat(sampled.get("selfLevel").asString()).isEqualTo("ELITE");

        // a bad value is refused naming criterion and value; a missing reason too
        Api.Reply bad = reviewer.post("/api/assessment/reviews/" + ref + "/adjustments", Map.of("criterion", "P6C1",
                "answer", "sometimes", "reason", "Không có minh chứng"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("answers.P6C1", "sometimes");
        assertThat(reviewer.post("/api/assessment/reviews/" + ref + "/adjustments", Map.of("criterion", "P6C1",
                "answer", "none", "reason", " ")).status()).isEqualTo(400);

        // the data pillar without evidence: P6C1 none, P6C3 none → P6S1 = 1/3, P6S2 = 1/3 → P6 = 33.33 < 40: Accelerating
        reviewer.post("/api/assessment/reviews/" + ref + "/adjustments", Map.of("criterion", "P6C1", "answer", "none",
                "reason", "Dữ liệu khách hàng nằm rải rác trên bảng tính"));
        JsonNode adjusted = reviewer.post("/api/assessment/reviews/" + ref + "/adjustments", Map.of("criterion", "P6C3",
                "answer", "none", "reason", "Không có báo cáo quản trị tự động")).json();
        assertThat(adjusted.get("selfLevel").asString()).isEqualTo("ELITE");
        assertThat(adjusted.get("verifiedLevel").asString()).isEqualTo("ACCELERATING");
        JsonNode audit = Api.as(port, "admin").get("/api/admin/audit?entityType=ASSESSMENT&entityId=" + ref).json();
        assertThat(audit.toString()).contains("ADJUST", "Không có báo cáo quản trị tự động", "hanoi.officer");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assessment_adjustment a JOIN assessment s ON s.id = a.assessment_id"
                + " WHERE s.ref = ?").param(ref).query(Long.class).single()).isEqualTo(2);
        assertCountsEqualRecount();
    }

    /** The national figures come from a cache that every completion clears after its commit: never a stale count. */
    @Test
    void theNationalFiguresFollowEveryCompletionThoughCached() {
        JsonNode before = Api.anonymous(port).get("/api/assessment/national").json();
        assertThat(Api.anonymous(port).get("/api/assessment/national").json()).as("unchanged: the same figures").isEqualTo(before);
        EnterpriseClient.completedAssessment(port, jdbc, "31");
        JsonNode after = Api.anonymous(port).get("/api/assessment/national").json();
        assertThat(after.get("total").asLong()).isEqualTo(before.get("total").asLong() + 1);
        assertThat(province(after, "31").get("total").asLong()).isEqualTo(province(before, "31").get("total").asLong() + 1);
    }

    /**
     * The national page's figures are rendered once per change of the counts and language (the HTML is kept with the
     * cached figures): each language's page shows a completion's count at the next request, never the kept HTML.
     */
    @Test
    void theNationalPageInEitherLanguageShowsTheCountAfterACompletion() {
        JsonNode before = province(Api.anonymous(port).get("/api/assessment/national").json(), "31");
        assertThat(leagueCount(before, "vi")).isEqualTo(before.get("total").asLong());
        assertThat(leagueCount(before, "en")).isEqualTo(before.get("total").asLong());
        EnterpriseClient.completedAssessment(port, jdbc, "31");
        assertThat(leagueCount(before, "vi")).as("Vietnamese, rendered again").isEqualTo(before.get("total").asLong() + 1);
        assertThat(leagueCount(before, "en")).as("English, rendered again").isEqualTo(before.get("total").asLong() + 1);
    }

    /** The count in the league row of the province on the HTML page in one language (its name in that language). */
    private long leagueCount(JsonNode province, String language) {
        vn.steerboard.support.Client.Reply page = new vn.steerboard.support.Client(port)
                .get("/assessment/national?lang=" + language, "Accept", "text/html");
        assertThat(page.status()).isEqualTo(200);
        String name = province.get("en".equals(language) ? "nameEn" : "nameVi").asString();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("<td>" + java.util.regex.Pattern.quote(
                org.springframework.web.util.HtmlUtils.htmlEscape(name, "UTF-8")) + "</td>\\s*<td class=\"num\">([0-9.,]+)</td>")
                .matcher(page.body());
        assertThat(row.find()).as(name + " in the league of the " + language + " page").isTrue();
        return Long.parseLong(row.group(1).replace(".", "").replace(",", ""));
    }

    private static JsonNode province(JsonNode national, String code) {
        for (JsonNode p : national.get("provinces")) {
            if (p.get("code").asString().equals(code)) {
                return p;
            }
        }
        throw new AssertionError(code);
    }

    /** Property: whatever the mix of levels, provinces, industries, reassessments and adjustments, counts = recount. */
    @Test
    void theNationalCountsEqualARecountFromTheStoredAssessments() {
        Random random = new Random(17);
        String[] provinces = {"01", "79", "48", "31"};
        String[] vsic = {"4711", "1010", "0111", "6201", "4921", "5510", "4100"};
        String[] sizes = {"MICRO", "SMALL", "MEDIUM", "LARGE"};
        JsonNode framework = Api.anonymous(port).get("/api/assessment/frameworks/sme-dx/1").json();
        for (int i = 0; i < 12; i++) {
            EnterpriseClient e = EnterpriseClient.fresh(port, jdbc).signedIn(vsic[random.nextInt(vsic.length)],
                    sizes[random.nextInt(sizes.length)], provinces[random.nextInt(provinces.length)]);
            int rounds = 1 + random.nextInt(2);
            String ref = null;
            for (int r = 0; r < rounds; r++) {
                JsonNode started = e.start("sme-dx");
                Map<String, Object> answers = EnterpriseClient.bestAnswers(framework, started.get("applicable"));
                answers.replaceAll((criterion, best) -> random.nextInt(3) == 0 ? worst(framework, criterion) : best);
                ref = started.get("ref").asString();
                e.answer(ref, answers);
                assertThat(e.complete(ref).status()).isEqualTo(200);
            }
            if (random.nextBoolean()) {
                adjust(ref, framework, random);
            }
        }
        assertCountsEqualRecount();
        assertThat(counts.pillarSums("sme-dx", 1)).as("the province pillar sums (the heat map) = a recount")
                .usingRecursiveFieldByFieldElementComparatorOnFields("province", "pillar", "n")
                .containsExactlyElementsOf(counts.pillarRecount("sme-dx", 1));
        java.util.List<vn.steerboard.assessment.internal.CountStore.PillarCell> recount = counts.pillarRecount("sme-dx", 1);
        java.util.List<vn.steerboard.assessment.internal.CountStore.PillarCell> kept = counts.pillarSums("sme-dx", 1);
        for (int i = 0; i < kept.size(); i++) {
            assertThat(kept.get(i).sum()).as(kept.get(i).province() + " " + kept.get(i).pillar())
                    .isCloseTo(recount.get(i).sum(), org.assertj.core.api.Assertions.within(1e-6));
        }
        JsonNode national = Api.anonymous(port).get("/api/assessment/national").json();
        long total = 0;
        for (JsonNode level : national.get("levels")) {
            total += level.get("count").asLong();
        }
        assertThat(national.get("total").asLong()).isEqualTo(total).isPositive();
        assertThat(national.toString()).doesNotContain("taxCode", "@example.com");
    }

    /**
     * The province's reviewer samples the assessment and sets one or two answers to their worst (with a reason): the
     * verified level and pillar scores replace the self-assessed ones in the counts.
     */
    private void adjust(String ref, JsonNode framework, Random random) {
        String province = Api.as(port, "admin").get("/api/assessment/reviews/" + ref).json().get("provinceCode").asString();
        Api reviewer = Api.as(port, vn.steerboard.support.TestFixtures.account(port, "property.officer." + province,
                "OFFICER", province));
        assertThat(reviewer.post("/api/assessment/reviews/" + ref + "/sample", Map.of()).status()).isEqualTo(200);
        String[] criteria = {"P1C1", "P2C1", "P3C1", "P4C1", "P5C1", "P6C1", "P6C3"};
        for (int i = 0; i <= random.nextInt(2); i++) {
            String criterion = criteria[random.nextInt(criteria.length)];
            @SuppressWarnings("unchecked")
            Map<String, Object> worst = (Map<String, Object>) worst(framework, criterion);
            Api.Reply adjusted = reviewer.post("/api/assessment/reviews/" + ref + "/adjustments", Map.of("criterion",
                    criterion, "answer", worst.get("value"), "reason", "Kiểm tra ngẫu nhiên"));
            assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);
        }
    }

    private void assertCountsEqualRecount() {
        assertThat(counts.counts("sme-dx", 1)).isEqualTo(counts.recount("sme-dx", 1));
    }

    private static Object worst(JsonNode framework, String criterion) {
        for (JsonNode pillar : framework.get("pillars")) {
            for (JsonNode sub : pillar.get("subIndices")) {
                for (JsonNode c : sub.get("criteria")) {
                    if (c.get("code").asString().equals(criterion)) {
                        return Map.of("value", switch (c.get("type").asString()) {
                            case "CHOICE" -> c.get("choices").get(0).get("code").asString();
                            case "YES_NO" -> "no";
                            case "NUMBER" -> "0";
                            case "PERCENTAGE" -> "0";
                            default -> "https://example.com/khong-co.pdf";
                        });
                    }
                }
            }
        }
        throw new IllegalStateException(criterion);
    }
}
