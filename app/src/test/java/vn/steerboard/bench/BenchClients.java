package vn.steerboard.bench;

import java.util.Map;
import vn.steerboard.support.Api;
import vn.steerboard.support.TestFixtures;

/**
 * The benchmarks' bulk clients: a personal API token of the demo ADMIN, issued through the API as a client would; valid
 * for the longest term, since a second node started by a benchmark runs on the real clock, not the tests' pinned day.
 */
final class BenchClients {

    private BenchClients() {
    }

    static String token(int port, String purpose) {
        Api.Reply issued = Api.as(port, "admin").post("/api/me/tokens", Map.of("name", purpose + " " + System.nanoTime(),
                "expiresOn", TestFixtures.today().plusDays(366).toString()));
        if (issued.status() != 201) {
            throw new IllegalStateException("no API token for the benchmark: " + issued);
        }
        return issued.json().get("secret").asString();
    }
}
