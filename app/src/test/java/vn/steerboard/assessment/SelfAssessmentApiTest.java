package vn.steerboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.Client;
import vn.steerboard.support.IntegrationTest;

/** The public enterprise self-assessment through real HTTP: sign-up, the mailed link, resume, result, history, refusals. */
@IntegrationTest
class SelfAssessmentApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTaxCodeWithABadCheckDigitIsRefusedAndNothingIsStored() {
        EnterpriseClient e = EnterpriseClient.fresh(port, jdbc);
        String bad = EnterpriseClient.badCheckDigit();
        Client.Reply reply = e.post("/api/assessment/enterprises", Map.of("taxCode", bad, "name", "Công ty Sai Số",
                "vsic", "4711", "sizeClass", "SMALL", "provinceCode", "01", "email", "sai@example.com"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        JsonNode error = Api.JSON.readTree(reply.body()).get("errors").get(0);
        assertThat(error.get("column").asString()).isEqualTo("taxCode");
        assertThat(error.get("value").asString()).isEqualTo(bad);
        assertThat(error.get("reason").asString()).contains("check digit");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assessment_enterprise WHERE tax_code = ?").param(bad).query(Long.class).single())
                .isZero();
    }

    @Test
    void theVerificationLinkIsMailedNeverAnsweredAndOpensTheSessionOnce() {
        EnterpriseClient e = EnterpriseClient.fresh(port, jdbc);
        Client.Reply signUp = e.signUp("4711", "SMALL", "01");
        assertThat(signUp.status()).as(signUp.toString()).isEqualTo(202);
        String token = e.mailedToken();
        assertThat(signUp.body()).doesNotContain(token).contains("\"VERIFICATION_SENT\"");
        // without the link, the enterprise side is closed
        assertThat(e.client.get("/api/assessment/me").status()).isEqualTo(401);
        Client.Reply opened = e.post("/api/assessment/session", Map.of("token", token));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.body()).contains(e.taxCode).doesNotContain(e.email);
        assertThat(e.client.get("/api/assessment/me").status()).isEqualTo(200);
        // a used link does not open another session
        EnterpriseClient thief = EnterpriseClient.fresh(port, jdbc);
        assertThat(thief.post("/api/assessment/session", Map.of("token", token)).status()).isEqualTo(400);
        // without the CSRF token of the session, no change
        assertThat(e.client.postJson("/api/assessment/me/assessments", "{\"framework\":\"sme-dx\"}").status()).isEqualTo(403);
    }

    @Test
    void answersAreSavedAsItGoesResumedRefusedWhenInvalidAndTheResultNamesLevelPeersAndAdvice() {
        EnterpriseClient e = EnterpriseClient.fresh(port, jdbc).signedIn("4711", "SMALL", "01");
        JsonNode started = e.start("sme-dx");
        String ref = started.get("ref").asString();
        assertThat(ref).matches("[0-9a-f-]{36}");
        assertThat(started.get("illustrative").asBoolean()).isTrue();
        // retail (VSIC 47) does not get the manufacturing, farming, hospitality, transport or construction criteria
        assertThat(started.get("applicable").toString()).contains("P4C4").doesNotContain("P4C5", "P4C6", "P4C7", "P4C8", "P4C9");
        Map<String, Object> answers = BuiltInFrameworksTest.bestAnswers(Api.JSON.readTree(
                Api.anonymous(port).get("/api/assessment/frameworks/sme-dx/1").body()), started.get("applicable"));
        // a weak data pillar: P6 = 30 (hand-computed in BuiltInFrameworksTest)
        answers.putAll(Map.of("P6C1", EnterpriseClient.value("partial"), "P6C2", EnterpriseClient.value("no"),
                "P6C3", EnterpriseClient.value("none")));

        Map<String, Object> half = new LinkedHashMap<>();
        answers.entrySet().stream().limit(10).forEach(x -> half.put(x.getKey(), x.getValue()));
        assertThat(e.answer(ref, half).status()).isEqualTo(200);
        // resume: starting again gives the open one with what was saved
        JsonNode resumed = e.start("sme-dx");
        assertThat(resumed.get("ref").asString()).isEqualTo(ref);
        assertThat(resumed.get("answers").size()).isEqualTo(10);
        assertThat(e.complete(ref).status()).as("incomplete").isEqualTo(400);

        // an unknown choice and a number outside every band: 400 naming criterion and value, nothing stored
        Client.Reply refused = e.answer(ref, Map.of("P1C1", EnterpriseClient.value("daily"), "P4C3", EnterpriseClient.value("-5"),
                "P1C3", EnterpriseClient.value("40")));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("answers.P1C1", "daily", "answers.P4C3", "-5");
        assertThat(Api.JSON.readTree(e.client.get("/api/assessment/me/assessments/" + ref).body()).get("answers").size()).isEqualTo(10);

        assertThat(e.answer(ref, answers).status()).isEqualTo(200);
        Client.Reply completed = e.complete(ref);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        JsonNode result = Api.JSON.readTree(completed.body());
        assertThat(result.get("total").asDouble()).isEqualTo(88.33);
        assertThat(result.get("level").asString()).isEqualTo("ACCELERATING");
        assertThat(result.get("pillars").get(5).get("self").asDouble()).isEqualTo(30.0);
        assertThat(result.get("raise").findValuesAsString("criterion")).containsExactly("P6C3", "P6C1", "P6C2");
        assertThat(result.get("peers").get("industry").asString()).isEqualTo("IND15");
        assertThat(result.get("peers").get("count").asLong()).isPositive();
    }

    @Test
    void aReassessmentKeepsTheHistoryAndTheCountsFollowTheLatest() {
        EnterpriseClient e = EnterpriseClient.fresh(port, jdbc).signedIn("1010", "MEDIUM", "79");
        JsonNode first = e.start("sme-dx");
        Map<String, Object> best = BuiltInFrameworksTest.bestAnswers(Api.JSON.readTree(
                Api.anonymous(port).get("/api/assessment/frameworks/sme-dx/1").body()), first.get("applicable"));
        assertThat(first.get("applicable").toString()).contains("P4C5", "P4C6");
        e.answer(first.get("ref").asString(), best);
        assertThat(Api.JSON.readTree(e.complete(first.get("ref").asString()).body()).get("level").asString()).isEqualTo("ELITE");

        JsonNode second = e.start("sme-dx");
        assertThat(second.get("ref").asString()).isNotEqualTo(first.get("ref").asString());
        Map<String, Object> worse = new LinkedHashMap<>(best);
        worse.put("P2C1", EnterpriseClient.value("no"));
        e.answer(second.get("ref").asString(), worse);
        assertThat(e.complete(second.get("ref").asString()).status()).isEqualTo(200);

        JsonNode history = Api.JSON.readTree(e.client.get("/api/assessment/me").body()).get("assessments");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(history.get(1).get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(history.get(1).get("selfLevel").asString()).isEqualTo("ELITE");
    }

    @Test
    void anEnterpriseReadingAnothersAssessmentIsRefusedAndAudited() {
        EnterpriseClient owner = EnterpriseClient.fresh(port, jdbc).signedIn("6201", "MICRO", "01");
        String ref = owner.start("sme-dx").get("ref").asString();
        EnterpriseClient other = EnterpriseClient.fresh(port, jdbc).signedIn("6201", "MICRO", "01");
        long refusals = refusals(ref);
        assertThat(other.client.get("/api/assessment/me/assessments/" + ref).status()).isEqualTo(403);
        assertThat(other.answer(ref, Map.of("P2C1", EnterpriseClient.value("yes"))).status()).isEqualTo(403);
        assertThat(other.complete(ref).status()).isEqualTo(403);
        assertThat(refusals(ref)).isEqualTo(refusals + 3);
        // anonymous and staff accounts are not enterprises
        assertThat(new Client(port).get("/api/assessment/me/assessments/" + ref).status()).isEqualTo(401);
        assertThat(Api.as(port, "admin").get("/api/assessment/me/assessments/" + ref).status()).isEqualTo(403);
        assertThat(Api.JSON.readTree(owner.client.get("/api/assessment/me/assessments/" + ref).body()).get("answers").size())
                .isZero();
    }

    @Test
    void signUpsFromOneAddressAreLimited() {
        Client.Reply last = null;
        EnterpriseClient first = EnterpriseClient.fresh(port, jdbc);
        for (int i = 0; i <= Enterprises.SIGN_UPS_PER_ADDRESS_HOUR; i++) {
            last = first.post("/api/assessment/enterprises", Map.of("taxCode", EnterpriseClient.taxCode(), "name", "Công ty Lặp",
                    "vsic", "4711", "sizeClass", "MICRO", "provinceCode", "01", "email", "lap" + i + "@example.com"));
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotNull();
    }

    private long refusals(String ref) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ACCESS_DENIED' AND entity_id = ?").param(ref)
                .query(Long.class).single();
    }
}
