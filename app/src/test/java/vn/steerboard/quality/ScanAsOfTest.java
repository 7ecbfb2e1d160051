package vn.steerboard.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;

/**
 * {@code POST /api/quality/sources/{id}/scans?asOf=yyyy-mm-dd} over real HTTP: the day is the reference of
 * freshness, not_in_future and codes in force, the report records it, and two scans of the same data as of the same
 * day give the same report apart from its timing fields and the scan's ids.
 */
@IntegrationTest
class ScanAsOfTest {

    private static final String SUITE = """
            table: registry
            checks:
              - {id: fresh_30, type: freshness, column: updated_at, days: 30}
              - {id: birth_not_future, type: range, column: birth_date, not_in_future: true}
              - {id: province_in_force, type: dictionary, column: province_code, element: province_code}
            """;
    /** Province 02 (Hà Giang) was in force until 30 June 2025; one birth date lies between the two as-of days. */
    private static final String CSV = """
            id,province_code,updated_at,birth_date
            1,01,2025-05-20,1990-01-01
            2,02,2025-01-01,2025-08-01
            3,79,2025-05-30,1980-05-05
            """;
    private static final List<String> TIMING = List.of("scannedAt", "durationMillis", "sqlMillis", "javaMillis");

    @LocalServerPort
    int port;

    private void putFile(String user, String unit, String name, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/quality/units/" + unit + "/files/" + name))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes()))
                .header("Content-Type", "text/csv").PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private JsonNode scan(Api api, long source, String asOf) throws InterruptedException {
        Api.Reply started = api.post("/api/quality/sources/" + source + "/scans" + (asOf == null ? "" : "?asOf=" + asOf), Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long id = started.json().get("id").asLong();
        for (int i = 0; i < 300; i++) {
            JsonNode scan = api.get("/api/quality/scans/" + id).json();
            if (!"RUNNING".equals(scan.get("status").asString())) {
                assertThat(scan.get("status").asString()).as(scan.toString()).isEqualTo("SUCCEEDED");
                return Api.JSON.readTree(scan.get("reportJson").asString());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("scan " + id + " did not finish");
    }

    private static String withoutTiming(JsonNode report) {
        ObjectNode copy = (ObjectNode) report.deepCopy();
        TIMING.forEach(copy::remove);
        return copy.toString();
    }

    private static long failed(JsonNode report, String check) {
        for (JsonNode c : report.get("checks")) {
            if (c.get("id").asString().equals(check)) {
                return c.get("failed").asLong();
            }
        }
        throw new AssertionError("no check " + check + " in " + report);
    }

    @Test
    void aServerScanAsOfADayIsReproducibleAndRecordsTheDay() throws Exception {
        String unit = TestFixtures.unit("00082", "ScanAsOfTest"); // Phường Cửa Nam, Hà Nội
        String officer = TestFixtures.account(port, "fx.cuanam.officer", "OFFICER", unit);
        Api api = Api.as(port, officer);
        putFile(officer, unit, "registry-asof.csv", CSV);
        Map<String, Object> draft = new HashMap<>();
        draft.put("ownerUnit", unit);
        draft.put("name", "Sổ hộ tịch Cửa Nam (as of)");
        draft.put("kind", "FILE");
        draft.put("location", "registry-asof.csv");
        draft.put("suiteYaml", SUITE);
        Api.Reply created = api.post("/api/quality/sources", draft);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long source = created.json().get("id").asLong();

        JsonNode first = scan(api, source, "2025-06-01");
        JsonNode second = scan(api, source, "2025-06-01");
        assertThat(first.get("asOf").asString()).isEqualTo("2025-06-01");
        assertThat(withoutTiming(second)).isEqualTo(withoutTiming(first));
        // as of 1 June 2025: row 2 is stale and born in the future; province 02 is still in force
        assertThat(failed(first, "fresh_30")).isEqualTo(1);
        assertThat(failed(first, "birth_not_future")).isEqualTo(1);
        assertThat(failed(first, "province_in_force")).isZero();

        // another day is another reference: everything stale, nobody born in the future, 02 retired
        JsonNode later = scan(api, source, "2026-11-01");
        assertThat(later.get("asOf").asString()).isEqualTo("2026-11-01");
        assertThat(failed(later, "fresh_30")).isEqualTo(3);
        assertThat(failed(later, "birth_not_future")).isZero();
        assertThat(failed(later, "province_in_force")).isEqualTo(1);
        // the Vietnamese way of typing the day means the same day
        assertThat(withoutTiming(scan(api, source, "01/06/2025"))).isEqualTo(withoutTiming(first));
        // without asOf: today in Vietnam (the tests' pinned day)
        assertThat(scan(api, source, null).get("asOf").asString()).isEqualTo(TestFixtures.today().toString());

        for (String bad : List.of("2025-13-01", "yesterday", "1999-12-31", "2025-06-01'%20OR%201=1")) {
            Api.Reply refused = api.post("/api/quality/sources/" + source + "/scans?asOf=" + bad, Map.of());
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).contains("asOf");
        }
    }
}
