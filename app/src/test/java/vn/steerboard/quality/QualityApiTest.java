package vn.steerboard.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.quality.engine.QualityEngine;
import vn.steerboard.quality.engine.ScanReport;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.report.ReportWriters;
import vn.steerboard.quality.engine.suite.SuiteReader;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;

/** Registering databases, scanning them where they are, uploading reports, ranking, over real HTTP. */
@IntegrationTest
class QualityApiTest {

    private static final String SUITE = "table: person\nprimary_key: id\nchecks:\n"
            + "  - type: completeness\n    column: cccd\n"
            + "  - type: dictionary\n    column: cccd\n    element: cccd\n"
            + "  - type: uniqueness\n    column: cccd\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static Map<String, Object> source(String unit, String kind, String location, String password) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("ownerUnit", unit);
        draft.put("name", "CSDL kiểm thử " + UUID.randomUUID());
        draft.put("nationalDatabase", "Cơ sở dữ liệu quốc gia về dân cư");
        draft.put("kind", kind);
        draft.put("location", location);
        draft.put("username", "sa");
        draft.put("password", password);
        draft.put("suiteYaml", SUITE);
        return draft;
    }

    private Api.Reply putSuite(String user, long id, String yaml) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/quality/sources/" + id + "/suite"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes()))
                .header("Content-Type", "application/yaml").PUT(HttpRequest.BodyPublishers.ofString(yaml)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(response.statusCode(), response.body(), "");
    }

    private JsonNode waitForScan(Api api, long scanId) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            JsonNode scan = api.get("/api/quality/scans/" + scanId).json();
            if (!"RUNNING".equals(scan.get("status").asString())) {
                return scan;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("scan " + scanId + " did not finish");
    }

    @Test
    void theDemoDatabasesAreRankedOnTheirWilsonBound() {
        JsonNode ranking = Api.as(port, "viewer").get("/api/quality/ranking").json();
        assertThat(ranking.size()).isGreaterThanOrEqualTo(5);
        double previous = Double.MAX_VALUE;
        for (JsonNode row : ranking) {
            assertThat(row.get("rankingScore").asDouble()).isLessThanOrEqualTo(previous)
                    .isLessThanOrEqualTo(row.get("databaseScore").asDouble());
            previous = row.get("rankingScore").asDouble();
        }
        JsonNode retired = Api.as(port, "admin").get("/api/quality/retired-codes").json();
        assertThat(retired.toString()).contains("successor");
    }

    @Test
    void aDatabaseIsScannedWhereItIsAndItsPasswordIsNeverShown() throws Exception {
        String url = "jdbc:h2:mem:agency-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection source = DriverManager.getConnection(url, "sa", "s3cret-Pw");
             Statement statement = source.createStatement()) {
            statement.execute("CREATE TABLE person (id INT PRIMARY KEY, cccd VARCHAR(20))");
            statement.execute("INSERT INTO person VALUES (1, '001095012345'), (2, '001095012345'), (3, NULL), (4, '12')");
            Api officer = Api.as(port, "hanoi.officer");
            Api.Reply created = officer.post("/api/quality/sources", source("01", "JDBC", url, "s3cret-Pw"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.body()).doesNotContain("s3cret-Pw");
            assertThat(created.json().get("credentialsStored").asBoolean()).isTrue();
            long id = created.json().get("id").asLong();
            assertThat(jdbc.sql("SELECT secret_cipher FROM quality_source WHERE id = ?").param(id).query(String.class).single())
                    .doesNotContain("s3cret");
            assertThat(officer.get("/api/quality/sources/" + id).body()).doesNotContain("s3cret-Pw");

            Api.Reply started = officer.post("/api/quality/sources/" + id + "/scans", Map.of());
            assertThat(started.status()).isEqualTo(202);
            JsonNode scan = waitForScan(officer, started.json().get("id").asLong());
            assertThat(scan.get("status").asString()).as(scan.toString()).isEqualTo("SUCCEEDED");
            assertThat(scan.get("rows").asLong()).isEqualTo(4);
            assertThat(scan.get("reportJson").asString()).doesNotContain("001095012345").contains("0010******45");
            long scanId = scan.get("id").asLong();
            assertThat(jdbc.sql("SELECT passed || '/' || checked FROM quality_check_result WHERE scan_id = ? AND check_id = 'completeness_cccd'")
                    .param(scanId).query(String.class).single()).isEqualTo("3/4");
            assertThat(jdbc.sql("SELECT passed || '/' || checked FROM quality_check_result WHERE scan_id = ? AND check_id = 'uniqueness_cccd'")
                    .param(scanId).query(String.class).single()).isEqualTo("2/3");
            // another province's officer neither reads nor scans it
            assertThat(Api.as(port, "hanoi.leader").get("/api/quality/sources/" + id).status()).isEqualTo(200);
            assertThat(Api.as(port, "badinh.officer").get("/api/quality/sources/" + id).status()).isEqualTo(403);
            assertThat(Api.as(port, "ngocha.officer").post("/api/quality/sources/" + id + "/scans", Map.of()).status()).isEqualTo(403);
            assertThat(Api.as(port, "bkhcn.officer").get("/api/quality/sources/" + id).status()).isEqualTo(403);
        }
    }

    @Test
    void anUnreachableSourceFailsCleanlySayingWhyAndSavesNoResult() throws Exception {
        Api officer = Api.as(port, "hanoi.officer");
        long id = officer.post("/api/quality/sources", source("01", "JDBC",
                "jdbc:postgresql://127.0.0.1:1/nowhere", "x")).json().get("id").asLong();
        JsonNode scan = waitForScan(officer, officer.post("/api/quality/sources/" + id + "/scans", Map.of()).json().get("id").asLong());
        assertThat(scan.get("status").asString()).isEqualTo("FAILED");
        assertThat(scan.get("error").asString()).contains("Cannot connect").doesNotContain("password=x");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quality_check_result WHERE scan_id = ?").param(scan.get("id").asLong())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aMalformedSuiteIsRefusedNamingItsLineAndField() throws Exception {
        Api officer = Api.as(port, "hanoi.officer");
        long id = officer.post("/api/quality/sources", source("01", "UPLOAD", null, null)).json().get("id").asLong();
        Api.Reply refused = putSuite("hanoi.officer", id, "table: person\nchecks:\n  - type: completness\n    column: cccd\n");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("line 3", "'type'", "completness");
        assertThat(putSuite("hanoi.officer", id, SUITE).status()).isEqualTo(200);
    }

    @Test
    void anAgencyUploadsItsReportWithItsOwnTokenOnly() throws Exception {
        Api officer = Api.as(port, "hanoi.officer");
        long id = officer.post("/api/quality/sources", source("01", "UPLOAD", null, null)).json().get("id").asLong();
        ScanReport report;
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:upload-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
             Statement statement = h2.createStatement()) {
            statement.execute("CREATE TABLE person (id INT PRIMARY KEY, cccd VARCHAR(20))");
            statement.execute("INSERT INTO person VALUES (1, '001095012345'), (2, '079303000001')");
            report = new QualityEngine(Dictionary.standard(), Clock.systemUTC()).scan(
                    new SuiteReader(Dictionary.standard()).read(SUITE), h2, "inside the agency", QualityEngine.Options.defaults());
        }
        Api admin = Api.as(port, "admin");
        String hanoiToken = admin.post("/api/admin/tokens", Map.of("name", "hanoi-dc-" + UUID.randomUUID(), "role", "OFFICER",
                "unitCode", "01")).json().get("secret").asString();
        String hcmToken = admin.post("/api/admin/tokens", Map.of("name", "hcm-dc-" + UUID.randomUUID(), "role", "OFFICER",
                "unitCode", "79")).json().get("secret").asString();
        Api.Reply foreign = Api.withToken(port, hcmToken).post("/api/quality/sources/" + id + "/scans/upload", ReportWriters.json(report));
        assertThat(foreign.status()).isEqualTo(403);
        Api.Reply uploaded = Api.withToken(port, hanoiToken).post("/api/quality/sources/" + id + "/scans/upload", ReportWriters.json(report));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json().get("origin").asString()).isEqualTo("UPLOAD");
        assertThat(uploaded.json().get("databaseScore").asDouble()).isEqualTo(report.scores().database());
        Api.Reply garbage = Api.withToken(port, hanoiToken).post("/api/quality/sources/" + id + "/scans/upload", "{\"checks\": 5}");
        assertThat(garbage.status()).isEqualTo(400);
    }
}
