package vn.steerboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
 * The agencies' DTI and compliance flow through the API: a province self-assesses with evidence files, saves as it
 * goes and submits; MOST (ADMIN) sees the evidence, adjusts an answer with a reason (audited) and concludes; both
 * scores are kept. Another agency's assessment is never readable, even from inside the province's own subtree.
 */
@IntegrationTest
class AgencyAssessmentApiTest {

    /** Quảng Ninh and one of its communes; the Ministry of Construction. */
    static final String PROVINCE = TestFixtures.unit("22", "AgencyAssessmentApiTest");
    static final String COMMUNE = "06652";
    static final String MINISTRY = TestFixtures.unit("BXD", "AgencyAssessmentApiTest");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api officer() {
        return Api.as(port, TestFixtures.account(port, "dti.qn.officer", "OFFICER", PROVINCE));
    }

    private String started(Api who, String unit, String framework) {
        Api.Reply started = who.post("/api/assessment/agencies", Map.of("unit", unit, "framework", framework, "year", 2026));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json().get("ref").asString();
    }

    @Test
    void theProvinceSelfAssessesWithEvidenceAndMostAppraisesKeepingBothScores() {
        Api officer = officer();
        String ref = started(officer, PROVINCE, "dti-province");
        JsonNode draft = officer.get("/api/assessment/agencies/" + ref).json();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("items")).hasSize(16);
        // starting again resumes the same one
        assertThat(started(officer, PROVINCE, "dti-province")).isEqualTo(ref);

        // saved as it goes: the eight percentages, in two saves; then one evidence file per indicator
        Map<String, Object> first = new LinkedHashMap<>();
        for (int i = 1; i <= 4; i++) {
            first.put("D" + i + "C1", Map.of("value", "80", "evidence", "Báo cáo số " + i + "/BC-UBND"));
        }
        assertThat(officer.put("/api/assessment/agencies/" + ref + "/answers", first).status()).isEqualTo(200);
        Map<String, Object> rest = new LinkedHashMap<>();
        for (int i = 5; i <= 8; i++) {
            rest.put("D" + i + "C1", Map.of("value", "80,0"));
        }
        officer.put("/api/assessment/agencies/" + ref + "/answers", rest);
        Api.Reply early = officer.post("/api/assessment/agencies/" + ref + "/submission", Map.of());
        assertThat(early.status()).as("no evidence yet").isEqualTo(400);
        assertThat(early.body()).contains("answers.D1C2", "answers.D8C2").doesNotContain("answers.D1C1");
        for (int i = 1; i <= 8; i++) {
            Api.Reply up = officer.upload("/api/assessment/agencies/" + ref + "/evidence?criterion=D" + i + "C2",
                    "bao-cao-D" + i + ".pdf", AgencyFiles.pdf("D" + i));
            assertThat(up.status()).as(up.toString()).isEqualTo(201);
        }

        // every sub-index (2 × 0,8 + 1) / 3 = 86,67 %: 866,67 points, group A
        JsonNode submitted = officer.post("/api/assessment/agencies/" + ref + "/submission", Map.of()).json();
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("self").get("points").asDouble()).isEqualTo(866.67);
        assertThat(submitted.get("self").get("level").asString()).isEqualTo("GROUP_A");
        assertThat(officer.put("/api/assessment/agencies/" + ref + "/answers", first).status()).as("no longer a draft")
                .isEqualTo(409);

        // MOST sees the evidence, and rejects the digital-government evidence: D6 = 1,6 / 3 = 53,33 % < 60 blocks group A;
        // total (780 × 86,67 + 220 × 53,33) / 1000 = 79,33 %: 793,33 points, group B
        Api admin = Api.as(port, "admin");
        JsonNode seen = admin.get("/api/assessment/agencies/" + ref).json();
        long evidenceId = seen.get("items").get(11).get("evidence").get(0).get("id").asLong();
        assertThat(admin.download("/api/assessment/agencies/" + ref + "/evidence/" + evidenceId)).isEqualTo(AgencyFiles.pdf("D6"));
        assertThat(officer.post("/api/assessment/agencies/" + ref + "/adjustments", Map.of("criterion", "D6C2", "answer",
                "rejected", "reason", "x")).status()).as("the agency does not appraise itself").isEqualTo(403);
        assertThat(admin.post("/api/assessment/agencies/" + ref + "/adjustments", Map.of("criterion", "D6C2", "answer",
                "rejected", "reason", " ")).status()).as("a reason is required").isEqualTo(400);
        assertThat(admin.post("/api/assessment/agencies/" + ref + "/adjustments", Map.of("criterion", "D6C2", "answer",
                "maybe", "reason", "Minh chứng không đúng kỳ")).body()).contains("answers.D6C2", "maybe");
        JsonNode adjusted = admin.post("/api/assessment/agencies/" + ref + "/adjustments", Map.of("criterion", "D6C2",
                "answer", "rejected", "reason", "Minh chứng là báo cáo năm 2024, không phải năm 2026")).json();
        assertThat(adjusted.get("appraised").get("points").asDouble()).isEqualTo(793.33);
        assertThat(adjusted.get("appraised").get("level").asString()).isEqualTo("GROUP_B");
        JsonNode done = admin.post("/api/assessment/agencies/" + ref + "/appraisal", Map.of()).json();
        assertThat(done.get("status").asString()).isEqualTo("APPRAISED");
        assertThat(done.get("self").get("points").asDouble()).isEqualTo(866.67);
        assertThat(done.get("appraised").get("points").asDouble()).isEqualTo(793.33);
        assertThat(done.get("adjustments").get(0).get("reason").asString()).contains("năm 2024");
        assertThat(admin.post("/api/assessment/agencies/" + ref + "/appraisal", Map.of()).status()).isEqualTo(409);

        // the officer reads both scores; the audit trail has the adjustment with its reason and the before/after
        JsonNode own = officer.get("/api/assessment/agencies/" + ref).json();
        assertThat(own.get("appraised").get("level").asString()).isEqualTo("GROUP_B");
        String audit = admin.get("/api/admin/audit?entityType=AGENCY_ASSESSMENT&entityId=" + ref).body();
        assertThat(audit).contains("AGENCY_ADJUST", "năm 2024", "AGENCY_SUBMIT", "AGENCY_APPRAISE", "AGENCY_EVIDENCE",
                "dti.qn.officer");
    }

    @Test
    void anotherAgencysAssessmentIsNeverReadableAndEveryRefusalIsAudited() {
        String ref = started(officer(), PROVINCE, "data-governance");
        Api otherProvince = Api.as(port, TestFixtures.account(port, "dti.hp.officer", "OFFICER", "31"));
        Api commune = Api.as(port, TestFixtures.account(port, "dti.qn.commune", "OFFICER", COMMUNE));
        Api ministry = Api.as(port, TestFixtures.account(port, "dti.bxd.leader", "LEADER", MINISTRY));
        Api nationalViewer = Api.as(port, "viewer");
        Api ownViewer = Api.as(port, TestFixtures.account(port, "dti.qn.viewer", "VIEWER", PROVINCE));
        for (String name : new String[] {"dti.hp.officer", "dti.qn.commune", "dti.bxd.leader", "viewer"}) {
            Api who = Api.as(port, name);
            assertThat(who.get("/api/assessment/agencies/" + ref).status()).as(name).isEqualTo(403);
            assertThat(who.get("/api/assessment/agencies").body()).as(name).doesNotContain(ref);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ACCESS_DENIED' AND actor = ? AND entity_id = ?")
                    .param(name).param(ref).query(Long.class).single()).as(name).isPositive();
        }
        assertThat(otherProvince.put("/api/assessment/agencies/" + ref + "/answers", Map.of("G1C1", Map.of("value", "full")))
                .status()).isEqualTo(403);
        assertThat(commune.post("/api/assessment/agencies", Map.of("unit", PROVINCE, "framework", "dti-province", "year", 2026))
                .status()).as("a commune officer does not answer for its province").isEqualTo(403);
        assertThat(ministry.post("/api/assessment/agencies/" + ref + "/submission", Map.of()).status()).isEqualTo(403);
        assertThat(nationalViewer.post("/api/assessment/agencies/" + ref + "/appraisal", Map.of()).status()).isEqualTo(403);
        assertThat(ownViewer.get("/api/assessment/agencies/" + ref).status()).as("the agency's own viewer reads it")
                .isEqualTo(200);
        assertThat(ownViewer.put("/api/assessment/agencies/" + ref + "/answers", Map.of("G1C1", Map.of("value", "full")))
                .status()).as("but does not answer").isEqualTo(403);
        assertThat(Api.as(port, "admin").put("/api/assessment/agencies/" + ref + "/answers", Map.of("G1C1",
                Map.of("value", "full"))).status()).as("MOST appraises, it does not answer for the agency").isEqualTo(403);
        assertThat(Api.as(port, "admin").post("/api/assessment/agencies/" + ref + "/appraisal", Map.of()).status())
                .as("not submitted yet").isEqualTo(409);
        // the ministry's own flow is its own; a commune is no agency here; a year in the future is refused
        assertThat(started(ministry, MINISTRY, "dti-province")).isNotEqualTo(ref);
        assertThat(commune.post("/api/assessment/agencies", Map.of("unit", COMMUNE, "framework", "dti-province", "year", 2026))
                .body()).contains("unit", COMMUNE);
        assertThat(officer().post("/api/assessment/agencies", Map.of("unit", PROVINCE, "framework", "dti-province", "year",
                2099)).body()).contains("year", "2099");
        assertThat(officer().post("/api/assessment/agencies", Map.of("unit", PROVINCE, "framework", "sme-dx", "year", 2026))
                .status()).as("an enterprise framework").isEqualTo(400);
    }

    @Test
    void hostileEvidenceAndNotesAreRefusedNamingTheFieldAndNothingIsStored() {
        Api officer = Api.as(port, TestFixtures.account(port, "dti.bxd.officer", "OFFICER", MINISTRY));
        String ref = started(officer, MINISTRY, "data-governance");
        String path = "/api/assessment/agencies/" + ref + "/evidence?criterion=G1C2";
        Map<String, byte[]> hostile = new LinkedHashMap<>();
        hostile.put("bao-cao.pdf", "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1));
        hostile.put("trang.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        hostile.put("rong.pdf", new byte[0]);
        hostile.put("lon.pdf", new byte[10 * 1024 * 1024 + 1]);
        hostile.put("nen.docx", AgencyFiles.zip("a.txt", "b.txt"));
        hostile.put("macro.docx", AgencyFiles.zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"));
        // a JavaScript action inside a compressed object stream: no "/JavaScript" among the file's bytes, found by the parser
        hostile.put("script.pdf", PdfEvidenceTest.scriptInObjectStream());
        hostile.put("ma-hoa.pdf", PdfEvidenceTest.pdf(d -> d.protect(new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
                "chu", "khach", new org.apache.pdfbox.pdmodel.encryption.AccessPermission())), false));
        hostile.put("hong.docx", new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        long before = evidence(ref);
        for (Map.Entry<String, byte[]> file : hostile.entrySet()) {
            Api.Reply refused = officer.upload(path, file.getKey(), file.getValue());
            assertThat(refused.status()).as(file.getKey() + ": " + refused).isEqualTo(400);
            assertThat(refused.body()).as(file.getKey()).contains("file");
            if (!file.getKey().equals("lon.pdf")) { // the upload limit refuses that one before its name is read
                assertThat(refused.body()).as(file.getKey()).contains(file.getKey());
            }
        }
        assertThat(evidence(ref)).isEqualTo(before);
        assertThat(officer.upload("/api/assessment/agencies/" + ref + "/evidence?criterion=../../etc/passwd", "a.pdf",
                AgencyFiles.pdf("x")).body()).contains("criterion");

        // a path, a formula sign and a bidi override in the name: kept is the last segment, cleaned, with the extension of
        // the content (a PNG sent as "...pdf.exe" is a .png, sent as image/png, as an attachment never rendered)
        JsonNode stored = officer.upload(path, "../../=HYPERLINK(x)\u202Egnp.exe", AgencyFiles.png()).json();
        assertThat(stored.get("fileName").asString()).isEqualTo("HYPERLINK(x)gnp.png");
        assertThat(stored.get("contentType").asString()).isEqualTo("image/png");
        HttpResponse<byte[]> download = get("/api/assessment/agencies/" + ref + "/evidence/" + stored.get("id").asLong());
        assertThat(download.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(download.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");
        JsonNode docx = officer.upload(path, "quy-che.docx", AgencyFiles.docx()).json();
        assertThat(docx.get("contentType").asString()).contains("wordprocessingml");

        // notes a spreadsheet would run, control characters, a choice that is not one: 400 naming the field, none stored
        Api.Reply formula = officer.put("/api/assessment/agencies/" + ref + "/answers", Map.of(
                "G1C1", Map.of("value", "full", "evidence", "=HYPERLINK(\"http://x\")")));
        assertThat(formula.status()).isEqualTo(400);
        assertThat(formula.body()).contains("answers.G1C1.note");
        Api.Reply mixed = officer.put("/api/assessment/agencies/" + ref + "/answers", new LinkedHashMap<>(Map.of(
                "G2C1", Map.of("value", "full"), "G3C1", Map.of("value", "sometimes"), "G1C2", Map.of("value", "x.pdf"))));
        assertThat(mixed.status()).isEqualTo(400);
        assertThat(mixed.body()).contains("answers.G3C1", "sometimes", "answers.G1C2");
        assertThat(officer.get("/api/assessment/agencies/" + ref).json().get("items").get(2).get("answer").isNull()).isTrue();
        // another assessment's evidence id is not found through this one
        assertThat(Api.as(port, "admin").get("/api/assessment/agencies/" + ref + "/evidence/999999999").status()).isEqualTo(404);
    }

    private long evidence(String ref) {
        return jdbc.sql("SELECT COUNT(*) FROM agency_evidence e JOIN agency_assessment a ON a.id = e.assessment_id WHERE a.ref = ?")
                .param(ref).query(Long.class).single();
    }

    private HttpResponse<byte[]> get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:Steerboard@2025"
                            .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
