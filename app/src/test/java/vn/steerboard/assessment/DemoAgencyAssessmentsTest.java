package vn.steerboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;

/**
 * What a newcomer finds, through real HTTP: the demo's agency self-assessments of 2025 (seeded through the module's
 * API), Hà Nội's DTI appraised below its own score with the reason kept, Hải Phòng's waiting for MOST, and the DTI
 * values they give; and the header's links to the agencies' and the reviews' pages for the accounts that may use them.
 * Reads only.
 */
@IntegrationTest
class DemoAgencyAssessmentsTest {

    @LocalServerPort
    int port;

    @Test
    void theDemosAgencyAssessmentsAreThereAtEveryStage() {
        JsonNode all = Api.as(port, DemoFacts.ADMIN).get("/api/assessment/agencies?year=" + DemoFacts.AGENCY_ASSESSMENT_YEAR).json();
        assertThat(all.size()).isEqualTo(DemoFacts.AGENCY_ASSESSMENTS);
        assertThat(all.toString()).contains("\"DRAFT\"", "\"SUBMITTED\"", "\"APPRAISED\"", "BNV", "BCT");
        JsonNode own = Api.as(port, DemoFacts.HANOI_OFFICER).get("/api/assessment/agencies?framework=dti-province&year="
                + DemoFacts.AGENCY_ASSESSMENT_YEAR).json();
        assertThat(own.size()).isEqualTo(1);
        JsonNode hanoi = Api.as(port, DemoFacts.HANOI_OFFICER).get("/api/assessment/agencies/" + own.get(0).get("ref").asString())
                .json();
        assertThat(hanoi).as("Hà Nội's own DTI, readable by its officer").isNotNull();
        assertThat(hanoi.get("status").asString()).isEqualTo("APPRAISED");
        assertThat(hanoi.get("appraised").get("points").asDouble()).isLessThan(hanoi.get("self").get("points").asDouble());
        assertThat(hanoi.get("adjustments").get(0).get("reason").asString()).contains("2024");
        Api.Reply value = Api.as(port, DemoFacts.ADMIN).get("/api/indicators/DTI_THAM_DINH/value?unit=" + DemoFacts.HANOI_DTI
                + "&period=" + DemoFacts.AGENCY_ASSESSMENT_YEAR);
        assertThat(value.json().get("value").asDouble()).isEqualTo(hanoi.get("appraised").get("points").asDouble());
        assertThat(Api.as(port, DemoFacts.ADMIN).get("/api/indicators/DTI_THAM_DINH/value?unit=" + DemoFacts.SUBMITTED_DTI
                + "&period=" + DemoFacts.AGENCY_ASSESSMENT_YEAR).json().get("value").isNull()).as("submitted, not appraised")
                .isTrue();
    }

    @Test
    void theHeaderLinksToTheAssessmentPagesForTheAccountsThatMayUseThem() {
        String ministry = TestFixtures.account(port, "nav.bnv.viewer", "VIEWER", "BNV");
        String[][] cases = {{DemoFacts.ADMIN, "true", "true"}, {DemoFacts.HANOI_OFFICER, "true", "true"},
            {DemoFacts.HANOI_LEADER, "true", "true"}, {ministry, "true", "false"}, {DemoFacts.BADINH_OFFICER, "false", "false"},
            {DemoFacts.VIEWER, "false", "false"}};
        for (String[] c : cases) {
            String page = Api.as(port, c[0]).get("/programme").body();
            assertThat(page.contains("id=\"nav-assessment-agencies\"")).as(c[0] + " agencies").isEqualTo(Boolean.parseBoolean(c[1]));
            assertThat(page.contains("id=\"nav-assessment-reviews\"")).as(c[0] + " reviews").isEqualTo(Boolean.parseBoolean(c[2]));
        }
        String page = Api.as(port, DemoFacts.HANOI_OFFICER).get("/programme").body();
        assertThat(page).contains("href=\"/assessments/agencies\"", "href=\"/assessments/reviews\"");
        assertThat(Api.as(port, DemoFacts.HANOI_OFFICER).get("/assessments/agencies").status()).isEqualTo(200);
        assertThat(Api.as(port, DemoFacts.HANOI_OFFICER).get("/assessments/reviews").status()).isEqualTo(200);
    }
}
