package vn.steerboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.Client;
import vn.steerboard.support.IntegrationTest;

/**
 * Open data on a framework of its own: counts per province, industry and level, a count under 5 shown as "&lt;5",
 * the lone other cell that would give it away by subtraction shown as "*", no enterprise named, and an industry
 * name that a spreadsheet would run as a formula written as text.
 */
@IntegrationTest
class OpenAssessmentDataTest {

    static final String FRAMEWORK = """
            code: open-test
            version: 1
            audience: enterprise
            title_vi: Dữ liệu mở thử
            title_en: Open data test
            illustrative: true
            source: test
            industries:
              - {code: OT1, name_vi: "=HYPERLINK(\\"http://x\\";\\"y\\")", name_en: Retail, vsic: ["47"]}
              - {code: OT2, name_vi: Thực phẩm, name_en: Food, vsic: ["10"]}
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
                      - code: C1
                        question_vi: "Có trang web không"
                        question_en: "Has a website"
                        type: yes_no
                        weight: 1
            levels:
              - {code: STARTING, name_vi: Khởi đầu, name_en: Starting, min_total: 0}
              - {code: ELITE, name_vi: Dẫn đầu, name_en: Elite, min_total: 50}
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void countsPerProvinceAndIndustrySuppressSmallCellsAndNameNoEnterprise() throws Exception {
        if (Api.anonymous(port).get("/api/assessment/frameworks/open-test/1").status() == 404) {
            Client.Reply loaded = new Client(port).header("Authorization", Client.basic("admin", Api.DEMO_PASSWORD))
                    .post("/api/admin/assessment/frameworks", "application/yaml", FRAMEWORK);
            assertThat(loaded.status()).as(loaded.body()).isIn(200, 201);
        }
        String taxCode = null;
        for (String[] e : new String[][] {{"4711", "44", "3"}, {"1010", "44", "6"}, {"4711", "46", "7"}}) {
            for (int i = 0; i < Integer.parseInt(e[2]); i++) {
                EnterpriseClient enterprise = EnterpriseClient.fresh(port, jdbc).signedIn(e[0], "SMALL", e[1]);
                String ref = enterprise.start("open-test").get("ref").asString();
                enterprise.answer(ref, Map.of("C1", Map.of("value", "yes")));
                assertThat(enterprise.complete(ref).status()).isEqualTo(200);
                taxCode = jdbc.sql("SELECT e.tax_code FROM assessment a JOIN assessment_enterprise e ON e.id = a.enterprise_id"
                        + " WHERE a.ref = ?").param(ref).query(String.class).single();
            }
        }

        Api.Reply json = Api.anonymous(port).get("/open/assessment.json?framework=open-test");
        assertThat(json.status()).isEqualTo(200);
        JsonNode p = json.json();
        assertThat(p.get("ruleVi").asString()).contains("<5", "*");
        assertThat(cell(p, "44", "OT1", "ELITE").get("shown").asString()).isEqualTo("<5");
        assertThat(cell(p, "44", "OT1", "ELITE").get("count").isNull()).isTrue();
        assertThat(cell(p, "44", "OT2", "ELITE").get("shown").asString()).as("6 would be the province's 9 minus 3").isEqualTo("*");
        assertThat(cell(p, "46", "OT1", "ELITE").get("count").asLong()).isEqualTo(7);
        assertThat(cell(p, "46", "OT2", "ELITE").get("count").asLong()).isZero();
        assertThat(json.body()).doesNotContain(taxCode, "@example.com", "Thử nghiệm");

        Api.Reply csv = Api.anonymous(port).get("/open/assessment.csv?framework=open-test");
        assertThat(csv.contentType()).startsWith("text/csv");
        Iterable<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body().substring(1)));
        int rows = 0;
        for (CSVRecord r : records) {
            rows++;
            for (String field : r) {
                assertThat(field).as("a cell a spreadsheet would run").doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("@");
            }
            if (r.get("province_code").equals("44") && r.get("industry_code").equals("OT1") && r.get("level").equals("ELITE")) {
                assertThat(r.get("enterprises")).isEqualTo("<5");
                assertThat(r.get("industry_name")).startsWith("'=HYPERLINK");
            }
        }
        assertThat(rows).isEqualTo(34 * 2 * 3);
        assertThat(Api.anonymous(port).get("/open/assessment.json?framework=dti-province").status())
                .as("an agency framework is not published here").isEqualTo(404);
    }

    private static JsonNode cell(JsonNode p, String province, String industry, String level) {
        for (JsonNode c : p.get("cells")) {
            if (c.get("provinceCode").asString().equals(province) && c.get("industryCode").asString().equals(industry)
                    && c.get("level").asString().equals(level)) {
                return c;
            }
        }
        throw new AssertionError(province + "/" + industry + "/" + level);
    }
}
