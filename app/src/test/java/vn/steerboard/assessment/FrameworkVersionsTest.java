package vn.steerboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.Client;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;

/**
 * Versions of a framework of its own, through real HTTP: an assessment answered under version 1 keeps version 1 (its
 * criteria, its result, its count) after version 2 is loaded; a definition whose version is not above the latest is
 * refused naming the version; the next assessment is answered under version 2's criteria; the national figures are
 * version 2's alone (results are comparable only within a version), version 1's counts stay as they were.
 */
@IntegrationTest
class FrameworkVersionsTest {

    static final String THANH_HOA = TestFixtures.unit("38", "FrameworkVersionsTest");

    static final String VERSION_1 = """
            code: version-test
            version: 1
            audience: enterprise
            title_vi: Phiên bản thử
            title_en: Version test
            illustrative: true
            source: test
            pillars:
              - code: P1
                title_vi: Trụ cột
                title_en: Pillar
                weight: 1
                sub_indices:
                  - code: S1
                    title_vi: Chỉ số
                    title_en: Index
                    criteria:
                      - {code: C1, question_vi: "Có trang web không", question_en: "Has a website", type: yes_no, weight: 1}
            levels:
              - {code: STARTING, name_vi: Khởi đầu, name_en: Starting, min_total: 0}
              - {code: ELITE, name_vi: Dẫn đầu, name_en: Elite, min_total: 50}
            """;

    static final String VERSION_2 = VERSION_1.replace("version: 1", "version: 2").replace("""
                      - {code: C1, question_vi: "Có trang web không", question_en: "Has a website", type: yes_no, weight: 1}
            """, """
                      - {code: C1, question_vi: "Có trang web không", question_en: "Has a website", type: yes_no, weight: 1}
                      - {code: C2, question_vi: "Có bán hàng trực tuyến không", question_en: "Sells online", type: yes_no, weight: 1}
            """);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NationalCounts counts;

    @Test
    void anAssessmentKeepsTheVersionItWasAnsweredUnderAndTheFiguresAreTheLatestVersionsAlone() {
        assertThat(upload(VERSION_1).status()).isEqualTo(201);
        EnterpriseClient e = EnterpriseClient.fresh(port, jdbc).signedIn("4711", "SMALL", THANH_HOA);
        JsonNode first = e.start("version-test");
        assertThat(first.get("frameworkVersion").asInt()).isEqualTo(1);
        assertThat(first.get("applicable").toString()).contains("C1").doesNotContain("C2");
        String firstRef = first.get("ref").asString();
        assertThat(e.answer(firstRef, Map.of("C1", EnterpriseClient.value("yes"))).status()).isEqualTo(200);
        assertThat(e.complete(firstRef).status()).isEqualTo(200);

        Client.Reply again = upload(VERSION_1);
        assertThat(again.status()).as(again.body()).isEqualTo(400);
        assertThat(again.body()).contains("version", "version-test has version 1 already");
        assertThat(upload(VERSION_2).status()).isEqualTo(201);

        JsonNode kept = Api.JSON.readTree(e.client.get("/api/assessment/me/assessments/" + firstRef + "/result").body());
        assertThat(kept.get("frameworkVersion").asInt()).as("answered under version 1, scored under it").isEqualTo(1);
        assertThat(kept.get("level").asString()).isEqualTo("ELITE");

        JsonNode second = e.start("version-test");
        assertThat(second.get("frameworkVersion").asInt()).isEqualTo(2);
        assertThat(second.get("applicable").toString()).contains("C1", "C2");
        String secondRef = second.get("ref").asString();
        assertThat(e.answer(secondRef, Map.of("C1", EnterpriseClient.value("yes"))).status()).isEqualTo(200);
        Client.Reply incomplete = e.complete(secondRef);
        assertThat(incomplete.status()).as("version 2's new criterion is not answered yet").isEqualTo(400);
        assertThat(incomplete.body()).contains("answers.C2");
        assertThat(e.answer(secondRef, Map.of("C2", EnterpriseClient.value("no"))).status()).isEqualTo(200);
        assertThat(e.complete(secondRef).status()).isEqualTo(200);

        JsonNode history = Api.JSON.readTree(e.client.get("/api/assessment/me").body()).get("assessments");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("frameworkVersion").asInt()).isEqualTo(2);
        assertThat(history.get(1).get("frameworkVersion").asInt()).isEqualTo(1);
        assertThat(history.get(1).get("status").asString()).as("another version's result is not superseded")
                .isEqualTo("COMPLETED");

        JsonNode national = Api.anonymous(port).get("/api/assessment/national?framework=version-test").json();
        assertThat(national.get("frameworkVersion").asInt()).isEqualTo(2);
        assertThat(national.get("total").asLong()).as("version 2's count alone").isEqualTo(1);
        assertThat(counts.counts("version-test", 1)).hasSize(1).allSatisfy(c -> {
            assertThat(c.level()).isEqualTo("ELITE");
            assertThat(c.province()).isEqualTo(THANH_HOA);
            assertThat(c.n()).isEqualTo(1);
        });
        // version 2: C1 yes, C2 no = 50, Elite
        assertThat(counts.counts("version-test", 2)).extracting(c -> c.level() + "|" + c.n()).containsExactly("ELITE|1");
    }

    private Client.Reply upload(String yaml) {
        return new Client(port).header("Authorization", Client.basic("admin", Api.DEMO_PASSWORD))
                .post("/api/admin/assessment/frameworks", "application/yaml", yaml);
    }
}
