package vn.steerboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;

/**
 * Completed assessments imported through the API: checked row by row as a sign-up and a completion are, scored by the
 * same rules, stored and counted nationally with one audit record, all or nothing, once per Idempotency-Key, and only
 * for provinces the caller may submit for. Real HTTP; the counts compared with a recount from the stored rows.
 */
@IntegrationTest
class AssessmentImportApiTest {

    private static final String PROVINCE = TestFixtures.unit("46", "AssessmentImportApiTest");
    private static final String OTHER_PROVINCE = TestFixtures.unit("51", "AssessmentImportApiTest");
    private static final String VSIC = "4711";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FrameworkLibrary frameworks;

    @Autowired
    NationalCounts counts;

    @Test
    void aBatchIsCheckedScoredCountedAndAuditedOnce() {
        Framework f = frameworks.latest("sme-dx");
        long before = national().get("total").asLong();
        List<Map<String, Object>> rows = List.of(row(EnterpriseClient.taxCode(), PROVINCE, answers(f, true)),
                row(EnterpriseClient.taxCode(), PROVINCE, answers(f, false)),
                row(EnterpriseClient.taxCode(), OTHER_PROVINCE, answers(f, true)));
        String key = "import-" + UUID.randomUUID();
        Api.Reply first = Api.as(port, "admin").post("/api/assessment/imports", batch(rows), "Idempotency-Key", key);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("imported").asInt()).isEqualTo(3);
        assertThat(first.json().get("newEnterprises").asInt()).isEqualTo(3);
        assertThat(first.json().get("reassessed").asInt()).isZero();
        assertThat(first.json().get("replayed").asBoolean()).isFalse();
        assertThat(national().get("total").asLong()).as("counted at once").isEqualTo(before + 3);
        assertCountsEqualRecount(f);

        // scored by the same rules as a self-assessment: the best answers reach the level the scoring gives them
        Scoring.Result best = Scoring.score(f, plain(answers(f, true)), VSIC, "ENTERPRISE");
        assertThat(jdbc.sql("SELECT self_level FROM assessment a JOIN assessment_enterprise e ON e.id = a.enterprise_id"
                + " WHERE e.tax_code = ?").param(rows.get(0).get("taxCode")).query(String.class).single())
                .isEqualTo(best.level()).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assessment_answer s JOIN assessment a ON a.id = s.assessment_id"
                + " WHERE a.import_key = ?").param(key).query(Long.class).single())
                .isEqualTo(3L * answers(f, true).size());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'IMPORT' AND entity_id = ?").param(key)
                .query(Long.class).single()).isEqualTo(1);

        // the same batch again: answered from the first time, stored once
        Api.Reply again = Api.as(port, "admin").post("/api/assessment/imports", batch(rows), "Idempotency-Key", key);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("replayed").asBoolean()).isTrue();
        assertThat(again.json().get("imported").asInt()).isEqualTo(3);
        assertThat(imported(key)).isEqualTo(3);
        assertThat(national().get("total").asLong()).isEqualTo(before + 3);
        // the key with another batch: refused, nothing stored
        Api.Reply other = Api.as(port, "admin").post("/api/assessment/imports",
                batch(List.of(row(EnterpriseClient.taxCode(), PROVINCE, answers(f, true)))), "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(409);
        assertThat(imported(key)).isEqualTo(3);
    }

    @Test
    void oneBadRowRefusesTheBatchNamingEveryRowFieldAndValue() {
        Framework f = frameworks.latest("sme-dx");
        long before = national().get("total").asLong();
        String good = EnterpriseClient.taxCode();
        Map<String, String> unknownCriterion = new LinkedHashMap<>(answers(f, true));
        unknownCriterion.put("NO_SUCH_CRITERION", "yes");
        Map<String, String> missing = new LinkedHashMap<>(answers(f, true));
        String dropped = missing.keySet().iterator().next();
        missing.remove(dropped);
        Map<String, String> hostileLink = new LinkedHashMap<>(answers(f, true));
        String fileCriterion = f.criteria().filter(c -> c.type() == AnswerType.FILE && c.appliesTo(VSIC, "ENTERPRISE"))
                .map(Framework.Criterion::code).findFirst().orElse(null);
        if (fileCriterion != null) {
            hostileLink.put(fileCriterion, "javascript:alert(document.cookie)");
        }
        // a line break inside the link: a browser drops it from an href, so this is javascript: too
        Map<String, String> brokenLink = new LinkedHashMap<>(answers(f, true));
        if (fileCriterion != null) {
            brokenLink.put(fileCriterion, "javascript:alert(document.cookie)\n//https://example.com/bao-cao.pdf");
        }
        Map<String, Object> hostileName = row(EnterpriseClient.taxCode(), PROVINCE, answers(f, true));
        hostileName.put("name", "Công ty\u0007 <script>alert(1)</script>");
        List<Map<String, Object>> rows = List.of(row(good, PROVINCE, answers(f, true)),
                row(EnterpriseClient.badCheckDigit(), PROVINCE, answers(f, true)),
                row(EnterpriseClient.taxCode(), PROVINCE, unknownCriterion),
                row(EnterpriseClient.taxCode(), PROVINCE, missing),
                row(good, PROVINCE, answers(f, true)),
                row(EnterpriseClient.taxCode(), PROVINCE, hostileLink),
                row(EnterpriseClient.taxCode(), PROVINCE, brokenLink));
        String key = "import-" + UUID.randomUUID();
        Api.Reply refused = Api.as(port, "admin").post("/api/assessment/imports", batch(rows), "Idempotency-Key", key);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        JsonNode problems = refused.json().get("errors");
        assertThat(problems).as(refused.toString()).isNotNull();
        assertThat(problem(problems, 2, "taxCode")).contains("check digit");
        assertThat(problem(problems, 3, "answers.NO_SUCH_CRITERION")).contains("no such criterion");
        assertThat(problem(problems, 4, "answers." + dropped)).contains("not answered");
        assertThat(problem(problems, 5, "taxCode")).contains("row 1");
        if (fileCriterion != null) {
            assertThat(problem(problems, 6, "answers." + fileCriterion)).contains("http");
            assertThat(problem(problems, 7, "answers." + fileCriterion)).contains("http");
        }
        // a control character is refused at the edge, naming the row's field, before any row is checked
        Api.Reply control = Api.as(port, "admin").post("/api/assessment/imports", batch(List.of(row(good, PROVINCE,
                answers(f, true)), hostileName)), "Idempotency-Key", key);
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.body()).contains("assessments[1].name").doesNotContain("\u0007");
        // nothing stored: not the good row, not the key (the batch, corrected, goes in under it)
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assessment_enterprise WHERE tax_code = ?").param(good)
                .query(Long.class).single()).isZero();
        assertThat(national().get("total").asLong()).isEqualTo(before);
        Api.Reply corrected = Api.as(port, "admin").post("/api/assessment/imports", batch(List.of(rows.get(0))),
                "Idempotency-Key", key);
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(imported(key)).isEqualTo(1);
    }

    @Test
    void anOfficerImportsForItsOwnProvinceOnly() {
        Framework f = frameworks.latest("sme-dx");
        Api officer = Api.as(port, TestFixtures.account(port, "fx.import.officer", "OFFICER", PROVINCE));
        String ownKey = "import-" + UUID.randomUUID();
        Api.Reply own = officer.post("/api/assessment/imports", batch(List.of(row(EnterpriseClient.taxCode(), PROVINCE,
                answers(f, true)))), "Idempotency-Key", ownKey);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);

        String mixedKey = "import-" + UUID.randomUUID();
        String ownRow = EnterpriseClient.taxCode();
        Api.Reply mixed = officer.post("/api/assessment/imports", batch(List.of(row(ownRow, PROVINCE, answers(f, true)),
                row(EnterpriseClient.taxCode(), OTHER_PROVINCE, answers(f, true)))), "Idempotency-Key", mixedKey);
        assertThat(mixed.status()).as(mixed.toString()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assessment_enterprise WHERE tax_code = ?").param(ownRow)
                .query(Long.class).single()).as("not even its own province's row").isZero();

        Api viewer = Api.as(port, TestFixtures.account(port, "fx.import.viewer", "VIEWER", PROVINCE));
        assertThat(viewer.post("/api/assessment/imports", batch(List.of(row(EnterpriseClient.taxCode(), PROVINCE,
                answers(f, true)))), "Idempotency-Key", "import-" + UUID.randomUUID()).status()).isEqualTo(403);
        String anonymousRow = EnterpriseClient.taxCode();
        assertThat(Api.anonymous(port).post("/api/assessment/imports", batch(List.of(row(anonymousRow, PROVINCE,
                answers(f, true)))), "Idempotency-Key", "import-" + UUID.randomUUID()).status()).isIn(401, 403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assessment_enterprise WHERE tax_code = ?").param(anonymousRow)
                .query(Long.class).single()).isZero();
        assertThat(officer.post("/api/assessment/imports", batch(List.of(row(EnterpriseClient.taxCode(), PROVINCE,
                answers(f, true)))), "Idempotency-Key", "bad key!").status()).as("a key that is not one").isEqualTo(400);
    }

    @Test
    void aKnownTaxCodeIsAReassessmentAndTheEarlierOneStaysInItsHistory() {
        Framework f = frameworks.latest("sme-dx");
        String taxCode = EnterpriseClient.taxCode();
        Api admin = Api.as(port, "admin");
        assertThat(admin.post("/api/assessment/imports", batch(List.of(row(taxCode, PROVINCE, answers(f, true)))),
                "Idempotency-Key", "import-" + UUID.randomUUID()).status()).isEqualTo(200);
        long total = national().get("total").asLong();
        Api.Reply second = admin.post("/api/assessment/imports", batch(List.of(row(taxCode, PROVINCE, answers(f, false)))),
                "Idempotency-Key", "import-" + UUID.randomUUID());
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().get("reassessed").asInt()).isEqualTo(1);
        assertThat(second.json().get("newEnterprises").asInt()).isZero();
        assertThat(national().get("total").asLong()).as("one enterprise, counted once").isEqualTo(total);
        List<String> statuses = jdbc.sql("SELECT a.status FROM assessment a JOIN assessment_enterprise e"
                + " ON e.id = a.enterprise_id WHERE e.tax_code = ? ORDER BY a.id").param(taxCode).query(String.class).list();
        assertThat(statuses).containsExactly("SUPERSEDED", "COMPLETED");
        assertCountsEqualRecount(f);
    }

    private void assertCountsEqualRecount(Framework f) {
        assertThat(counts.counts(f.code(), f.version())).isEqualTo(counts.recount(f.code(), f.version()));
        List<vn.steerboard.assessment.internal.CountStore.PillarCell> kept = new ArrayList<>(counts.pillarSums(f.code(), f.version()));
        kept.removeIf(c -> c.n() == 0);
        List<vn.steerboard.assessment.internal.CountStore.PillarCell> recount = counts.pillarRecount(f.code(), f.version());
        assertThat(kept).hasSameSizeAs(recount);
        kept.sort(Comparator.comparing((vn.steerboard.assessment.internal.CountStore.PillarCell c) -> c.province())
                .thenComparing(c -> c.pillar()));
        for (int i = 0; i < kept.size(); i++) {
            assertThat(kept.get(i).n()).isEqualTo(recount.get(i).n());
            assertThat(kept.get(i).sum()).isCloseTo(recount.get(i).sum(), org.assertj.core.api.Assertions.within(1e-6));
        }
    }

    private JsonNode national() {
        return Api.anonymous(port).get("/api/assessment/national").json();
    }

    private long imported(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM assessment WHERE import_key = ?").param(key).query(Long.class).single();
    }

    private static String problem(JsonNode problems, int row, String column) {
        for (JsonNode p : problems) {
            if (p.get("row").asInt() == row && column.equals(p.get("column").asString())) {
                return p.get("reason").asString();
            }
        }
        throw new AssertionError("no problem at row " + row + ", " + column + ": " + problems);
    }

    private static Map<String, Object> batch(List<Map<String, Object>> rows) {
        return Map.of("framework", "sme-dx", "assessments", rows);
    }

    private static Map<String, Object> row(String taxCode, String province, Map<String, String> answers) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("taxCode", taxCode);
        row.put("name", "Công ty TNHH Nhập Khẩu " + taxCode);
        row.put("vsic", VSIC);
        row.put("sizeClass", "SMALL");
        row.put("provinceCode", province);
        row.put("email", "lienhe+" + taxCode + "@example.com");
        row.put("answers", answers);
        return row;
    }

    /** An answer to every criterion that applies to the industry: each at its best, or each at its worst. */
    static Map<String, String> answers(Framework f, boolean best) {
        Map<String, String> answers = new LinkedHashMap<>();
        f.criteria().filter(c -> c.appliesTo(VSIC, "ENTERPRISE")).forEach(c -> answers.put(c.code(), switch (c.type()) {
            case CHOICE -> (best ? c.choices().stream().max(Comparator.comparingDouble(Framework.Choice::points))
                    : c.choices().stream().min(Comparator.comparingDouble(Framework.Choice::points))).orElseThrow().code();
            case YES_NO -> best ? "yes" : "no";
            case PERCENTAGE -> best ? "100" : "0";
            case NUMBER -> String.valueOf((long) (best ? c.bands().stream().max(Comparator.comparingDouble(Framework.Band::points))
                    : c.bands().stream().min(Comparator.comparingDouble(Framework.Band::points))).orElseThrow().from());
            case FILE -> "https://example.com/bao-cao.pdf";
        }));
        return answers;
    }

    private static Map<String, String> plain(Map<String, String> answers) {
        return answers;
    }
}
