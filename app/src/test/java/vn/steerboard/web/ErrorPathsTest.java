package vn.steerboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.DemoFacts;

/**
 * Every error path answers a problem detail to the API and an HTML page in the user's language to a browser: the
 * size filter, security, unknown routes and unknown ids (the database outage is {@link DatabaseOutageTest}).
 */
@IntegrationTest
class ErrorPathsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String accept, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> reply, int status) {
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(status);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(Api.JSON.readTree(reply.body()).get("status").asInt()).isEqualTo(status);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\"trace\"");
    }

    private static void assertPage(HttpResponse<String> reply, int status, String vietnamese) {
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(status);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).contains("text/html");
        assertThat(reply.body()).contains(vietnamese).doesNotContain("Whitelabel").doesNotContain("Exception");
    }

    @Test
    void unknownRoutesAndIds() throws Exception {
        assertProblem(get("/api/nothing-here", "application/json", DemoFacts.ADMIN), 404);
        assertProblem(get("/api/tasks/999999", "application/json", DemoFacts.ADMIN), 404);
        assertProblem(get("/api/indicators/submissions/999999", "application/json", DemoFacts.ADMIN), 404);
        assertProblem(get("/api/tasks/abc", "application/json", DemoFacts.ADMIN), 400);
        String browser = "text/html,application/xhtml+xml";
        assertPage(get("/nothing-here", browser, DemoFacts.ADMIN), 404, "Không tìm thấy trang");
        assertPage(get("/tasks/999999", browser, DemoFacts.ADMIN), 404, "Không tìm thấy trang");
        assertPage(get("/scorecard/ZZZ", browser, DemoFacts.ADMIN), 404, "Không tìm thấy trang");
        assertPage(get("/indicators/NOPE", browser, DemoFacts.ADMIN), 404, "Không tìm thấy trang");
        assertPage(get("/indicators/NOPE?lang=en", browser, DemoFacts.ADMIN), 404, "Page not found");
        // a client that does not ask for HTML gets the problem detail, wherever it asks
        assertProblem(get("/tasks/999999", "application/json", DemoFacts.ADMIN), 404);
    }

    @Test
    void securityAnswersProblemsToTheApiAndPagesToBrowsers() throws Exception {
        assertProblem(get("/api/tasks", "application/json", null), 401);
        assertProblem(get("/api/admin/audit", "application/json", DemoFacts.VIEWER), 403);
        HttpResponse<String> page = get("/admin/audit", "text/html", DemoFacts.VIEWER);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Không có quyền truy cập");
        assertThat(get("/tasks", "text/html", null).statusCode()).isEqualTo(302); // to the sign-in page
    }

    /** What the server sent until it closed the connection, finished the answer, or went quiet. */
    private static String answer(InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                read.write(buffer, 0, n);
                String text = read.toString(StandardCharsets.UTF_8);
                if (text.contains("\r\n0\r\n\r\n") || text.contains("</html>") || text.endsWith("}")) {
                    break;
                }
            }
        } catch (java.net.SocketTimeoutException quiet) {
            // the answer is what came
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBodyAboveTheLimitIs413NamingItBeforeTheBodyIsRead() throws Exception {
        for (String accept : new String[] {"application/json", "text/html"}) {
            try (Socket socket = new Socket("localhost", port)) {
                socket.setSoTimeout(5_000);
                OutputStream out = socket.getOutputStream();
                String auth = Base64.getEncoder().encodeToString(("admin:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
                // 100 MB announced, not one byte of it sent: the answer comes anyway
                out.write(("POST /api/indicators/values HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Accept: " + accept + "\r\nAuthorization: Basic " + auth + "\r\nContent-Length: 104857600\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                String answer = answer(in);
                assertThat(answer).startsWith("HTTP/1.1 413");
                assertThat(answer).contains("application/problem+json").contains("16 MB");
            }
        }
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("POST /tasks/1/report HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data;"
                    + " boundary=x\r\nAccept: text/html\r\nContent-Length: 104857600\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = answer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("text/html").contains("Yêu cầu quá lớn").contains("32 MB");
        }
        // a batch with more values than documented: 413 naming the limit
        StringBuilder many = new StringBuilder("{\"values\":[");
        for (int i = 0; i < 100_001; i++) {
            many.append(i == 0 ? "" : ",").append("{}");
        }
        Api.Reply tooMany = Api.as(port, DemoFacts.ADMIN).post("/api/indicators/values", many.append("]}").toString());
        assertThat(tooMany.status()).isEqualTo(413);
        assertThat(tooMany.json().get("limit").asString()).isEqualTo("100000 values per batch");
    }
}
