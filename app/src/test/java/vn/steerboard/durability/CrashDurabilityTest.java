package vn.steerboard.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.SteerboardApplication;
import vn.steerboard.support.DemoFacts;

/**
 * Durability by default: the real server in a child JVM on a fresh embedded H2 file database (the default
 * settings, only the working directory differs), clients pushing bulk batches with Idempotency-Keys, the server
 * killed with SIGKILL while they push, then restarted. Every batch that was answered 200 must be there exactly
 * once, and resending it must change nothing. No timing is asserted: the kill comes after a number of answers.
 */
class CrashDurabilityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CLIENTS = 4;
    private static final int VALUES_PER_BATCH = 20;
    private static final int KILL_AFTER_ACKNOWLEDGED = 40;
    private static final int MAX_BATCHES_PER_CLIENT = 30;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path home;
    private Process server;
    private int port;

    record Batch(String key, String token, String body, List<String> communes, int value) {
    }

    @AfterEach
    void stopAndClean() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor();
        }
        if (home != null) {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void everyAcknowledgedBatchSurvivesAKillExactlyOnce() throws Exception {
        home = Files.createTempDirectory("steerboard-crash");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long t0 = System.nanoTime();
        start("first");
        System.out.printf("crash test: first start %.0f s%n", (System.nanoTime() - t0) / 1e9);

        List<String> tokens = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            JsonNode issued = send("POST", "/api/admin/tokens", basic(DemoFacts.ADMIN, "Steerboard@2025"),
                    "{\"name\":\"crash-client-" + c + "\",\"role\":\"ADMIN\"}", null).json();
            tokens.add(issued.get("secret").asString());
        }
        List<String> communes = communes(CLIENTS * MAX_BATCHES_PER_CLIENT * VALUES_PER_BATCH);

        Map<String, Batch> sent = new ConcurrentHashMap<>();
        Map<String, JsonNode> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger answers = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                for (int b = 0; b < MAX_BATCHES_PER_CLIENT; b++) {
                    Batch batch = batch(client, b, tokens.get(client), communes);
                    sent.put(batch.key(), batch);
                    try {
                        Reply reply = send("POST", "/api/indicators/values", "Bearer " + batch.token(), batch.body(), batch.key());
                        if (reply.status() == 200) {
                            acknowledged.put(batch.key(), reply.json());
                            if (answers.incrementAndGet() >= KILL_AFTER_ACKNOWLEDGED) {
                                enough.countDown();
                            }
                        }
                    } catch (IOException killed) {
                        return; // the server is gone: this batch is unacknowledged
                    }
                }
                enough.countDown();
            });
            thread.start();
            clients.add(thread);
        }
        enough.await();
        // SIGKILL (Process.destroyForcibly on Linux): no shutdown hook, no H2 close
        server.destroyForcibly().waitFor();
        for (Thread client : clients) {
            client.join();
        }
        Map<String, JsonNode> answered = new LinkedHashMap<>(acknowledged);
        assertThat(answered.size()).isGreaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED);
        System.out.printf("crash test: %d batches sent, %d acknowledged before SIGKILL%n", sent.size(), answered.size());

        long t1 = System.nanoTime();
        start("after the kill");
        System.out.printf("crash test: restart %.0f s%n", (System.nanoTime() - t1) / 1e9);
        String reader = "Bearer " + tokens.get(0);
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : answered.entrySet()) {
            Batch batch = sent.get(entry.getKey());
            List<Long> ids = new ArrayList<>();
            entry.getValue().get("submissionIds").forEach(id -> ids.add(id.asLong()));
            assertThat(ids).as("batch %s", batch.key()).hasSize(VALUES_PER_BATCH);
            for (int i = 0; i < ids.size(); i++) {
                Reply reply = send("GET", "/api/indicators/submissions/" + ids.get(i), reader, null, null);
                if (reply.status() != 200 || !batch.communes().get(i).equals(reply.json().get("unitCode").asString())
                        || reply.json().get("values").get("TO_CNS").asDouble() != batch.value()) {
                    lost.add(batch.key() + " submission " + ids.get(i) + ": " + reply.status());
                    continue;
                }
                assertThat(reply.json().get("history")).as("written once").hasSize(1);
            }
        }
        assertThat(lost).as("acknowledged batches lost by the kill (of %d)", answered.size()).isEmpty();
        for (Map.Entry<String, JsonNode> entry : answered.entrySet()) {
            Batch batch = sent.get(entry.getKey());
            // resending the acknowledged batch with its key is answered from the first time and writes nothing
            Reply again = send("POST", "/api/indicators/values", "Bearer " + batch.token(), batch.body(), batch.key());
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().get("replayed").asBoolean()).as("batch %s replayed", batch.key()).isTrue();
            assertThat(again.json().get("submissionIds")).isEqualTo(entry.getValue().get("submissionIds"));
        }
        // the batches in flight at the kill: whole or absent; resent, they are there once
        for (Batch batch : sent.values()) {
            if (!answered.containsKey(batch.key())) {
                Reply resent = send("POST", "/api/indicators/values", "Bearer " + batch.token(), batch.body(), batch.key());
                assertThat(resent.status()).as(resent.body()).isEqualTo(200);
            }
        }
        System.out.printf("crash test: checked and resent in %.0f s%n", (System.nanoTime() - t1) / 1e9);
        server.destroy();
        server.waitFor();

        // the database itself, with the server stopped: each commune's value exactly once, one step each
        String url = "jdbc:h2:file:" + home.resolve("data/steerboard").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            for (Batch batch : sent.values()) {
                for (String commune : batch.communes()) {
                    assertThat(count(db, "SELECT COUNT(*) FROM data_value WHERE element_code = 'TO_CNS' AND period = '2026Q4'"
                            + " AND unit_code = ?", commune)).as("values of %s", commune).isEqualTo(1);
                    assertThat(count(db, "SELECT COUNT(*) FROM submission_step s JOIN submission m ON m.id = s.submission_id"
                            + " WHERE m.data_set_code = 'CDS_XA' AND m.period = '2026Q4' AND m.unit_code = ?", commune))
                            .isEqualTo(1);
                }
            }
            assertThat(count(db, "SELECT COUNT(*) FROM ingest_request WHERE actor LIKE 'token:crash-client-%'", null))
                    .isEqualTo(sent.size());
        }
    }

    private static long count(Connection db, String sql, String parameter) throws Exception {
        try (var statement = db.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Batch batch(int client, int number, String token, List<String> communes) {
        int from = (client * MAX_BATCHES_PER_CLIENT + number) * VALUES_PER_BATCH;
        List<String> mine = communes.subList(from, from + VALUES_PER_BATCH);
        int value = (client + number) % 2;
        StringBuilder body = new StringBuilder("{\"values\":[");
        for (int i = 0; i < mine.size(); i++) {
            body.append(i == 0 ? "" : ",").append("{\"element\":\"TO_CNS\",\"unit\":\"").append(mine.get(i))
                    .append("\",\"period\":\"2026Q4\",\"value\":").append(value).append('}');
        }
        body.append("]}");
        return new Batch("crash-" + client + "-" + number, token, body.toString(), mine, value);
    }

    private List<String> communes(int wanted) throws IOException {
        List<String> codes = new ArrayList<>();
        for (int page = 0; codes.size() < wanted; page++) {
            JsonNode content = send("GET", "/api/org-units?type=COMMUNE&size=500&page=" + page, null, null, null).json()
                    .get("content");
            assertThat(content.isEmpty()).as("enough communes").isFalse();
            content.forEach(unit -> codes.add(unit.get("code").asString()));
        }
        return codes;
    }

    /** The application's main class with this test's class path, in a working directory of its own (./data). */
    private void start(String what) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                SteerboardApplication.class.getName(), "--server.port=" + port, "--logging.level.root=warn"));
        // only to show what the default guards against: -Dcrash.datasource.url=... runs the child on another URL
        if (System.getProperty("crash.datasource.url") != null) {
            command.add("--spring.datasource.url=" + System.getProperty("crash.datasource.url"));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("server.log").toFile()));
        server = builder.start();
        // bounded wait for the first start (reference and demo data) or the restart; no timing is asserted. The bound
        // only catches a server that hangs: on a loaded 2-core machine (a full suite beside other builds) the first
        // start took over 6 minutes, so it is generous
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("server (%s) died: %s", what, log()).isTrue();
            try {
                if (send("GET", "/actuator/health", null, null, null).body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("server (" + what + ") did not start: " + log());
    }

    private String log() throws IOException {
        Path log = home.resolve("server.log");
        if (!Files.exists(log)) {
            return "(no log)";
        }
        String text = Files.readString(log);
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }

    record Reply(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private Reply send(String method, String path, String authorization, String body, String idempotencyKey)
            throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
