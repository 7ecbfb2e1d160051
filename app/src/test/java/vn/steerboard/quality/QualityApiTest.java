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
import vn.steerboard.support.DemoFacts;

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
        JsonNode ranking = Api.as(port, DemoFacts.VIEWER).get("/api/quality/ranking").json();
        assertThat(ranking.size()).isGreaterThanOrEqualTo(5);
        double previous = Double.MAX_VALUE;
        for (JsonNode row : ranking) {
            assertThat(row.get("rankingScore").asDouble()).isLessThanOrEqualTo(previous)
                    .isLessThanOrEqualTo(row.get("databaseScore").asDouble());
            previous = row.get("rankingScore").asDouble();
        }
        JsonNode retired = Api.as(port, DemoFacts.ADMIN).get("/api/quality/retired-codes").json();
        assertThat(retired.toString()).contains("mã kế thừa");       // findings in the reader's language: Vietnamese
        assertThat(Api.as(port, DemoFacts.ADMIN).get("/api/quality/retired-codes?lang=en").body()).contains("successor");
    }

    /** An allow-list entry for the duration of one test; removed afterwards so other tests see the list empty. */
    private AutoCloseable allow(String host, int port, String database) {
        Api admin = Api.as(this.port, DemoFacts.ADMIN);
        Map<String, Object> entry = new HashMap<>();
        entry.put("host", host);
        entry.put("port", port);
        entry.put("database", database);
        Api.Reply added = admin.post("/api/admin/quality/hosts", entry);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long id = added.json().get("id").asLong();
        return () -> assertThat(admin.delete("/api/admin/quality/hosts/" + id).status()).isEqualTo(204);
    }

    @Test
    void aDatabaseIsScannedWhereItIsAndItsPasswordIsNeverShown() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(vn.steerboard.support.TestDatabase.pgUnreachableReason() == null,
                "a server-side JDBC scan needs a PostgreSQL to connect to");
        URI pg = URI.create(vn.steerboard.support.TestDatabase.pgUrl().substring("jdbc:".length()));
        String database = pg.getPath().substring(1);
        String schema = "agency_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection source = DriverManager.getConnection(vn.steerboard.support.TestDatabase.pgUrl(),
                vn.steerboard.support.TestDatabase.pgUser(), vn.steerboard.support.TestDatabase.pgPassword());
             Statement statement = source.createStatement();
             AutoCloseable allowed = allow(pg.getHost(), pg.getPort(), database)) {
            statement.execute("CREATE SCHEMA " + schema);
            statement.execute("CREATE TABLE " + schema + ".person (id INT PRIMARY KEY, cccd VARCHAR(20))");
            statement.execute("INSERT INTO " + schema + ".person VALUES (1, '001095012345'), (2, '001095012345'), (3, NULL), (4, '12')");
            Api officer = Api.as(port, DemoFacts.HANOI_OFFICER);
            Map<String, Object> draft = source("01", "JDBC", "jdbc:postgresql://" + pg.getHost() + ":" + pg.getPort() + "/"
                    + database + "?sslmode=disable", vn.steerboard.support.TestDatabase.pgPassword());
            draft.put("username", vn.steerboard.support.TestDatabase.pgUser());
            draft.put("suiteYaml", SUITE.replace("table: person", "table: " + schema + ".person"));
            Api.Reply created = officer.post("/api/quality/sources", draft);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.json().has("password")).isFalse();
            assertThat(created.json().get("credentialsStored").asBoolean()).isTrue();
            long id = created.json().get("id").asLong();
            assertThat(jdbc.sql("SELECT secret_cipher FROM quality_source WHERE id = ?").param(id).query(String.class).single())
                    .doesNotContain(vn.steerboard.support.TestDatabase.pgPassword());

            Api.Reply started = officer.post("/api/quality/sources/" + id + "/scans", Map.of());
            assertThat(started.status()).isEqualTo(202);
            JsonNode scan = waitForScan(officer, started.json().get("id").asLong());
            assertThat(scan.get("status").asString()).as(scan.toString()).isEqualTo("SUCCEEDED");
            assertThat(scan.get("rows").asLong()).isEqualTo(4);
            assertThat(scan.get("reportJson").asString()).doesNotContain("001095012345").doesNotContain("0010")
                    .contains("00********45");
            long scanId = scan.get("id").asLong();
            assertThat(jdbc.sql("SELECT passed || '/' || checked FROM quality_check_result WHERE scan_id = ? AND check_id = 'completeness_cccd'")
                    .param(scanId).query(String.class).single()).isEqualTo("3/4");
            assertThat(jdbc.sql("SELECT passed || '/' || checked FROM quality_check_result WHERE scan_id = ? AND check_id = 'uniqueness_cccd'")
                    .param(scanId).query(String.class).single()).isEqualTo("2/3");
            // another province's officer neither reads nor scans it
            assertThat(Api.as(port, DemoFacts.HANOI_LEADER).get("/api/quality/sources/" + id).status()).isEqualTo(200);
            assertThat(Api.as(port, DemoFacts.BADINH_OFFICER).get("/api/quality/sources/" + id).status()).isEqualTo(403);
            assertThat(Api.as(port, DemoFacts.NGOCHA_OFFICER).post("/api/quality/sources/" + id + "/scans", Map.of()).status()).isEqualTo(403);
            assertThat(Api.as(port, DemoFacts.BKHCN_OFFICER).get("/api/quality/sources/" + id).status()).isEqualTo(403);
        } finally {
            try (Connection source = DriverManager.getConnection(vn.steerboard.support.TestDatabase.pgUrl(),
                    vn.steerboard.support.TestDatabase.pgUser(), vn.steerboard.support.TestDatabase.pgPassword());
                 Statement statement = source.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void anUnreachableSourceFailsCleanlySayingWhyAndSavesNoResult() throws Exception {
        Api officer = Api.as(port, DemoFacts.HANOI_OFFICER);
        long id;
        try (AutoCloseable allowed = allow("127.0.0.1", 1, null)) {
            Api.Reply created = officer.post("/api/quality/sources", source("01", "JDBC", "jdbc:postgresql://127.0.0.1:1/nowhere", "x"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            id = created.json().get("id").asLong();
            JsonNode scan = waitForScan(officer, officer.post("/api/quality/sources/" + id + "/scans", Map.of()).json().get("id").asLong());
            assertThat(scan.get("status").asString()).isEqualTo("FAILED");
            // classified, with the driver's own words (which differ between a closed and an open port) left out
            assertThat(scan.get("error").asString()).contains("Cannot connect", "cannot connect to the database")
                    .doesNotContainIgnoringCase("refused").doesNotContain("password=x");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM quality_check_result WHERE scan_id = ?").param(scan.get("id").asLong())
                    .query(Long.class).single()).isZero();
        }
        // once the host leaves the list, the next scan is refused before any connection
        JsonNode again = waitForScan(officer, officer.post("/api/quality/sources/" + id + "/scans", Map.of()).json().get("id").asLong());
        assertThat(again.get("error").asString()).contains("not on the list of hosts");
    }

    @Test
    void aMalformedSuiteIsRefusedNamingItsLineAndField() throws Exception {
        Api officer = Api.as(port, DemoFacts.HANOI_OFFICER);
        long id = officer.post("/api/quality/sources", source("01", "UPLOAD", null, null)).json().get("id").asLong();
        Api.Reply refused = putSuite(DemoFacts.HANOI_OFFICER, id, "table: person\nchecks:\n  - type: completness\n    column: cccd\n");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("line 3", "'type'", "completness");
        assertThat(putSuite(DemoFacts.HANOI_OFFICER, id, SUITE).status()).isEqualTo(200);
    }

    @Test
    void anAgencyUploadsItsReportWithItsOwnTokenOnly() throws Exception {
        Api officer = Api.as(port, DemoFacts.HANOI_OFFICER);
        long id = officer.post("/api/quality/sources", source("01", "UPLOAD", null, null)).json().get("id").asLong();
        ScanReport report;
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:upload-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
             Statement statement = h2.createStatement()) {
            statement.execute("CREATE TABLE person (id INT PRIMARY KEY, cccd VARCHAR(20))");
            statement.execute("INSERT INTO person VALUES (1, '001095012345'), (2, '079303000001')");
            report = new QualityEngine(Dictionary.standard(), Clock.systemUTC()).scan(
                    new SuiteReader(Dictionary.standard()).read(SUITE), h2, "inside the agency", QualityEngine.Options.defaults());
        }
        Api admin = Api.as(port, DemoFacts.ADMIN);
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

    @Test
    void aTamperedUploadIsScoredFromItsCountsAloneAndOnlyItsBoundTokenMayUpload() throws Exception {
        Api officer = Api.as(port, DemoFacts.HANOI_OFFICER);
        String suite = SUITE + "  - {id: status_ok, type: allowed_values, column: status, values: [ACTIVE], importance: 3}\n";
        Map<String, Object> draft = source("01", "UPLOAD", null, null);
        draft.put("suiteYaml", suite);
        long id = officer.post("/api/quality/sources", draft).json().get("id").asLong();
        ScanReport honest;
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:tamper-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
             Statement statement = h2.createStatement()) {
            statement.execute("CREATE TABLE person (id INT PRIMARY KEY, cccd VARCHAR(20), status VARCHAR(10))");
            statement.execute("INSERT INTO person VALUES (1, '001095012345', 'ACTIVE'), (2, '079303000001', 'GONE'),"
                    + " (3, '12', 'GONE'), (4, NULL, 'ACTIVE')");
            honest = new QualityEngine(Dictionary.standard(), Clock.systemUTC()).scan(
                    new SuiteReader(Dictionary.standard()).read(suite), h2, "inside the agency", QualityEngine.Options.defaults());
        }
        assertThat(honest.scores().database()).isLessThan(100);
        // the agency edits its report: a perfect score and band, the failing check made unimportant, a personal
        // value slipped into the examples in clear, and a foreign sharing claim
        tools.jackson.databind.node.ObjectNode tampered = (tools.jackson.databind.node.ObjectNode) Api.JSON.readTree(
                ReportWriters.json(honest));
        tools.jackson.databind.node.ObjectNode scores = (tools.jackson.databind.node.ObjectNode) tampered.get("scores");
        scores.put("database", 100.0);
        scores.put("band", "A");
        for (JsonNode check : tampered.get("checks")) {
            tools.jackson.databind.node.ObjectNode c = (tools.jackson.databind.node.ObjectNode) check;
            if (c.get("id").asString().equals("status_ok")) {
                c.put("importance", 0.01);
                c.put("criterion", "SHARED");
            }
            if (c.get("id").asString().equals("dictionary_cccd")) {
                ((tools.jackson.databind.node.ArrayNode) c.get("examples")).add("079303000001");
            }
            if (c.get("id").asString().equals("shared_declared")) {
                c.put("failed", 0);
            }
        }
        Api admin = Api.as(port, DemoFacts.ADMIN);
        String token = admin.post("/api/admin/tokens", Map.of("name", "hanoi-upload-" + UUID.randomUUID(), "role", "OFFICER",
                "unitCode", "01")).json().get("secret").asString();
        Api.Reply uploaded = Api.withToken(port, token).post("/api/quality/sources/" + id + "/scans/upload", tampered.toString());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json().get("databaseScore").asDouble()).isEqualTo(honest.scores().database());
        assertThat(uploaded.json().get("band").asString()).isEqualTo(honest.scores().band());
        assertThat(uploaded.json().get("reportJson").asString()).doesNotContain("079303000001").contains("07********01");
        long scanId = uploaded.json().get("id").asLong();
        assertThat(jdbc.sql("SELECT claimed_score FROM quality_scan WHERE id = ?").param(scanId).query(Double.class).single())
                .isEqualTo(100.0);
        assertThat(jdbc.sql("SELECT report_signature FROM quality_scan WHERE id = ?").param(scanId).query(String.class).single())
                .isNotBlank();
        // a check the server's suite does not have, or one left out, is refused naming it
        tools.jackson.databind.node.ObjectNode dropped = (tools.jackson.databind.node.ObjectNode) Api.JSON.readTree(
                ReportWriters.json(honest));
        ((tools.jackson.databind.node.ArrayNode) dropped.get("checks")).remove(3);
        Api.Reply missing = Api.withToken(port, token).post("/api/quality/sources/" + id + "/scans/upload", dropped.toString());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asString()).contains("status_ok", "missing");
        // the source's reports are now tied to that token: another token of the same unit is refused and audited
        String other = admin.post("/api/admin/tokens", Map.of("name", "hanoi-other-" + UUID.randomUUID(), "role", "OFFICER",
                "unitCode", "01")).json().get("secret").asString();
        Api.Reply foreign = Api.withToken(port, other).post("/api/quality/sources/" + id + "/scans/upload", ReportWriters.json(honest));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ACCESS_DENIED' AND entity_type = 'quality-source'"
                + " AND entity_id = ?").param(String.valueOf(id)).query(Long.class).single()).isPositive();
    }
}
