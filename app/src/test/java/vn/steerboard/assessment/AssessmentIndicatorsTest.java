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
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;

/**
 * The assessments' figures as system-sourced indicator values, through real HTTP: enterprises completing in Nghệ An
 * move the province's "enterprises at Optimizing or above" and "enterprises assessed" for the month, as the province's
 * leader reads them, and the nation's KPI carries the programme's 2030 target; a reassessment supersedes the earlier
 * one and is not counted twice; MOST's appraisal of Hà Tĩnh's DTI becomes its DTI value for the year, and its appraisal
 * of Hà Tĩnh's data-governance compliance review its compliance (per cent) for the year; nobody types any of these
 * values. The enterprise values are recorded after the completion's commit, so the test polls for them
 * (at most a minute); it times nothing.
 */
@IntegrationTest
class AssessmentIndicatorsTest {

    static final String NGHE_AN = TestFixtures.unit("40", "AssessmentIndicatorsTest");
    static final String HA_TINH = TestFixtures.unit("42", "AssessmentIndicatorsTest");
    static final String MONTH = TestFixtures.MONTH;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void completedAssessmentsBecomeTheProvincesCountsAndAReassessmentSupersedesTheEarlierOne() throws Exception {
        Api leader = Api.as(port, TestFixtures.account(port, "dn.na.leader", "LEADER", NGHE_AN));
        double assessed = value(leader, "DN_DA_DANH_GIA", NGHE_AN);
        double high = value(leader, "DN_TOI_UU_TRO_LEN", NGHE_AN);
        EnterpriseClient.completedAssessment(port, jdbc, NGHE_AN);
        EnterpriseClient.completedAssessment(port, jdbc, NGHE_AN);
        await(leader, "DN_DA_DANH_GIA", NGHE_AN, assessed + 2);
        assertThat(value(leader, "DN_TOI_UU_TRO_LEN", NGHE_AN)).as("both at Elite").isEqualTo(high + 2);

        // one of them is reassessed at the lowest answers: it leaves Elite, and the enterprise is still counted once
        EnterpriseClient again = EnterpriseClient.fresh(port, jdbc).signedIn("4711", "SMALL", NGHE_AN);
        complete(again, true);
        await(leader, "DN_TOI_UU_TRO_LEN", NGHE_AN, high + 3);
        complete(again, false);
        await(leader, "DN_TOI_UU_TRO_LEN", NGHE_AN, high + 2);
        assertThat(value(leader, "DN_DA_DANH_GIA", NGHE_AN)).as("three enterprises, one reassessed").isEqualTo(assessed + 3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE data_set_code = 'DN_CDS' AND unit_code = ? AND period = ?"
                + " AND status = 'APPROVED' AND channel = 'SYSTEM:assessment'").params(NGHE_AN, MONTH).query(Long.class).single())
                .as("one approved head: earlier recordings superseded").isEqualTo(1);

        // the nation's KPI with the programme's target, on the national scorecard once the month has ended
        JsonNode kpi = null;
        for (JsonNode p : Api.as(port, "admin").get("/api/indicators/scorecard/VN?asOf=2026-11-30").json()) {
            if (p.get("indicatorCode").asString().equals("DN_TOI_UU_TRO_LEN")) {
                kpi = p;
            }
        }
        assertThat(kpi).as("the KPI on the national scorecard").isNotNull();
        assertThat(kpi.get("target").get("targetValue").asDouble()).isEqualTo(100_000);
        assertThat(kpi.get("current").asDouble()).isGreaterThanOrEqualTo(high + 2);

        // nobody types these values: a person's submission for the data set is refused, naming it and its source
        Api.Reply typed = Api.as(port, "admin").post("/api/indicators/submissions", Map.of("dataSet", "DN_CDS", "unit",
                NGHE_AN, "period", MONTH, "values", Map.of("DN_CDS_DAN_DAU", 1_000_000)));
        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.body()).contains("\"column\":\"dataSet\"", "assessment");
        assertThat(value(leader, "DN_TOI_UU_TRO_LEN", NGHE_AN)).isEqualTo(high + 2);
    }

    @Test
    void mostsAppraisalBecomesTheAgencysDtiValueForTheYear() {
        Api officer = Api.as(port, TestFixtures.account(port, "dti.ht.officer", "OFFICER", HA_TINH));
        Api leader = Api.as(port, TestFixtures.account(port, "dti.ht.leader", "LEADER", HA_TINH));
        Api.Reply started = officer.post("/api/assessment/agencies", Map.of("unit", HA_TINH, "framework", "dti-province",
                "year", 2026));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String ref = started.json().get("ref").asString();
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 8; i++) {
            answers.put("D" + i + "C1", Map.of("value", "50"));
        }
        assertThat(officer.put("/api/assessment/agencies/" + ref + "/answers", answers).status()).isEqualTo(200);
        for (int i = 1; i <= 8; i++) {
            Api.Reply up = officer.upload("/api/assessment/agencies/" + ref + "/evidence?criterion=D" + i + "C2", "d" + i + ".pdf",
                    AgencyFiles.pdf("D" + i));
            assertThat(up.status()).as(up.toString()).isEqualTo(201);
        }
        assertThat(officer.post("/api/assessment/agencies/" + ref + "/submission", Map.of()).status()).isEqualTo(200);
        assertThat(value(leader, "DTI_THAM_DINH", HA_TINH, "2026")).as("submitted, not yet appraised").isZero();

        // every sub-index (2 × 0,5 + 1) / 3 = 66,67 %; D1's evidence rejected: D1 = 33,33 % on 80 of the 1,000 points:
        // (920 × 66,67 + 80 × 33,33) / 1000 = 64,0 % = 640 points
        Api admin = Api.as(port, "admin");
        assertThat(admin.post("/api/assessment/agencies/" + ref + "/adjustments", Map.of("criterion", "D1C2", "answer",
                "rejected", "reason", "Minh chứng không đọc được")).status()).isEqualTo(200);
        assertThat(value(leader, "DTI_THAM_DINH", HA_TINH, "2026")).as("an adjustment before the conclusion").isZero();
        assertThat(admin.post("/api/assessment/agencies/" + ref + "/appraisal", Map.of()).status()).isEqualTo(200);
        assertThat(value(leader, "DTI_THAM_DINH", HA_TINH, "2026")).isEqualTo(640.0);

        // adjusting the concluded appraisal supersedes the value: D1's evidence accepted after all, 666,67 points
        assertThat(admin.post("/api/assessment/agencies/" + ref + "/adjustments", Map.of("criterion", "D1C2", "answer",
                "accepted", "reason", "Đã nhận bản đọc được")).status()).isEqualTo(200);
        assertThat(value(leader, "DTI_THAM_DINH", HA_TINH, "2026")).isCloseTo(666.67, org.assertj.core.api.Assertions.within(0.01));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE data_set_code = 'DTI_CQ' AND unit_code = ? AND period = '2026'"
                + " AND status = 'APPROVED'").param(HA_TINH).query(Long.class).single()).isEqualTo(1);
        Api.Reply typed = admin.post("/api/indicators/submissions", Map.of("dataSet", "DTI_CQ", "unit", HA_TINH, "period",
                "2026", "values", Map.of("DTI_CQ_DIEM_THAM_DINH", 1000)));
        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.body()).contains("\"column\":\"dataSet\"", "assessment");
    }

    @Test
    void mostsAppraisalOfTheDataGovernanceReviewBecomesTheAgencysComplianceForTheYear() {
        Api officer = Api.as(port, TestFixtures.account(port, "qtdl.ht.officer", "OFFICER", HA_TINH));
        Api leader = Api.as(port, TestFixtures.account(port, "qtdl.ht.leader", "LEADER", HA_TINH));
        Api.Reply started = officer.post("/api/assessment/agencies", Map.of("unit", HA_TINH, "framework", "data-governance",
                "year", 2026));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String ref = started.json().get("ref").asString();
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 6; i++) {
            answers.put("G" + i + "C1", Map.of("value", "most"));
        }
        assertThat(officer.put("/api/assessment/agencies/" + ref + "/answers", answers).status()).isEqualTo(200);
        for (int i = 1; i <= 6; i++) {
            Api.Reply up = officer.upload("/api/assessment/agencies/" + ref + "/evidence?criterion=G" + i + "C2", "g" + i + ".pdf",
                    AgencyFiles.pdf("G" + i));
            assertThat(up.status()).as(up.toString()).isEqualTo(201);
        }
        assertThat(officer.post("/api/assessment/agencies/" + ref + "/submission", Map.of()).status()).isEqualTo(200);
        assertThat(value(leader, "QTDL_THAM_DINH", HA_TINH, "2026")).as("submitted, not yet appraised").isZero();

        // every area (2 × 0,75 + 1) / 3 = 83,33 %; G1's evidence rejected: G1 = 2 × 0,75 / 3 = 50 %, the six areas
        // weighing alike: (5 × 83,33 + 50) / 6 = 77,78 %
        Api admin = Api.as(port, "admin");
        assertThat(admin.post("/api/assessment/agencies/" + ref + "/adjustments", Map.of("criterion", "G1C2", "answer",
                "rejected", "reason", "Minh chứng không đọc được")).status()).isEqualTo(200);
        assertThat(value(leader, "QTDL_THAM_DINH", HA_TINH, "2026")).as("an adjustment before the conclusion").isZero();
        assertThat(admin.post("/api/assessment/agencies/" + ref + "/appraisal", Map.of()).status()).isEqualTo(200);
        assertThat(value(leader, "QTDL_THAM_DINH", HA_TINH, "2026")).isCloseTo(77.78, org.assertj.core.api.Assertions.within(0.01));
        assertThat(jdbc.sql("SELECT v.numeric_value FROM data_value v JOIN submission s ON s.id = v.submission_id"
                + " WHERE s.data_set_code = 'QTDL_CQ' AND s.unit_code = ? AND s.period = '2026' AND s.status = 'APPROVED' AND"
                + " v.element_code = 'QTDL_CQ_TUAN_THU_TU_DANH_GIA'").param(HA_TINH).query(Double.class).single())
                .as("the self-assessed compliance beside it").isCloseTo(83.33, org.assertj.core.api.Assertions.within(0.01));

        // adjusting the concluded appraisal supersedes the value: G1's evidence accepted after all, 83,33 %
        assertThat(admin.post("/api/assessment/agencies/" + ref + "/adjustments", Map.of("criterion", "G1C2", "answer",
                "accepted", "reason", "Đã nhận bản đọc được")).status()).isEqualTo(200);
        assertThat(value(leader, "QTDL_THAM_DINH", HA_TINH, "2026")).isCloseTo(83.33, org.assertj.core.api.Assertions.within(0.01));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE data_set_code = 'QTDL_CQ' AND unit_code = ? AND period = '2026'"
                + " AND status = 'APPROVED'").param(HA_TINH).query(Long.class).single()).isEqualTo(1);
        Api.Reply typed = admin.post("/api/indicators/submissions", Map.of("dataSet", "QTDL_CQ", "unit", HA_TINH, "period",
                "2026", "values", Map.of("QTDL_CQ_TUAN_THU_THAM_DINH", 100)));
        assertThat(typed.status()).as("nobody types the appraised compliance").isEqualTo(400);
        assertThat(typed.body()).contains("\"column\":\"dataSet\"", "assessment");
    }

    /** Signs the enterprise's next assessment off at its best (or worst) answers. */
    private void complete(EnterpriseClient e, boolean best) {
        JsonNode started = e.start("sme-dx");
        String ref = started.get("ref").asString();
        JsonNode framework = Api.anonymous(port).get("/api/assessment/frameworks/sme-dx/" + started.get("frameworkVersion").asInt())
                .json();
        Map<String, Object> answers = EnterpriseClient.bestAnswers(framework, started.get("applicable"));
        if (!best) {
            answers.replaceAll((criterion, v) -> Map.of("value", lowest(framework, criterion)));
        }
        assertThat(e.answer(ref, answers).status()).isEqualTo(200);
        assertThat(e.complete(ref).status()).isEqualTo(200);
    }

    private static String lowest(JsonNode framework, String criterion) {
        for (JsonNode pillar : framework.get("pillars")) {
            for (JsonNode sub : pillar.get("subIndices")) {
                for (JsonNode c : sub.get("criteria")) {
                    if (c.get("code").asString().equals(criterion)) {
                        return switch (c.get("type").asString()) {
                            case "CHOICE" -> c.get("choices").get(0).get("code").asString();
                            case "YES_NO" -> "no";
                            case "NUMBER", "PERCENTAGE" -> "0";
                            default -> "https://example.com/khong-co.pdf";
                        };
                    }
                }
            }
        }
        throw new IllegalStateException(criterion);
    }

    private double value(Api who, String indicator, String unit) {
        return value(who, indicator, unit, MONTH);
    }

    private double value(Api who, String indicator, String unit, String period) {
        Api.Reply reply = who.get("/api/indicators/" + indicator + "/value?unit=" + unit + "&period=" + period + "&official=true");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode v = reply.json().get("value");
        return v == null || v.isNull() ? 0 : v.asDouble();
    }

    /** Polls until the value arrives (the recorder runs after the commit), for a minute at most. */
    private void await(Api who, String indicator, String unit, double expected) throws InterruptedException {
        for (int i = 0; i < 240 && Math.abs(value(who, indicator, unit) - expected) > 1e-6; i++) {
            Thread.sleep(250);
        }
        assertThat(value(who, indicator, unit)).as(indicator + " of " + unit).isEqualTo(expected);
    }
}
