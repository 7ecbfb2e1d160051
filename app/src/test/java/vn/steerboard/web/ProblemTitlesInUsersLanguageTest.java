package vn.steerboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.support.Api;
import vn.steerboard.support.Client;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.TestFixtures;
import vn.steerboard.support.IntegrationTest;

/**
 * The {@code title} of RFC 9457 problem details in the user's language, like the {@code detail}: Vietnamese words for
 * a client that asks for Vietnamese (Accept-Language: vi), the English title it always had for any other client. Real
 * HTTP for the common families: 400, 401, 403, 404, 409, 413, 428, 429 (503 is in {@code DatabaseOutageTest}, which
 * loses its own database). The answers come from Spring MVC's handlers, the error controller and the security filters.
 */
@IntegrationTest
class ProblemTitlesInUsersLanguageTest {

    @LocalServerPort
    int port;

    private static String title(Api.Reply reply) {
        return reply.json().get("title").asString();
    }

    private void both(Api vietnamese, Api english, String path, int status, String vi, String en) {
        Api.Reply v = vietnamese.get(path);
        assertThat(v.status()).as(path).isEqualTo(status);
        assertThat(v.contentType()).contains("application/problem+json");
        assertThat(title(v)).as(path).isEqualTo(vi);
        Api.Reply e = english.get(path);
        assertThat(e.status()).isEqualTo(status);
        assertThat(title(e)).as(path).isEqualTo(en);
    }

    @Test
    void badRequestsUnauthenticatedForbiddenAndNotFound() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        both(admin.inVietnamese(), admin, "/api/tasks/summary?asOf=hom-qua", 400, "Tham số không hợp lệ", "Invalid parameter");
        both(admin.inVietnamese(), admin, "/api/org-units/XX999", 404, "Không tìm thấy", "Not found");
        Api unknownToken = Api.withToken(port, "sbt_khong-co-khoa-nay").from(Client.ownAddress()); // refused: own address
        both(unknownToken.inVietnamese(), unknownToken, "/api/me", 401, "Chưa đăng nhập", "Unauthenticated");
        Api anonymous = Api.anonymous(port);
        both(anonymous.inVietnamese(), anonymous, "/api/tasks", 401, "Chưa đăng nhập", "Unauthenticated");

        Api viewer = Api.as(port, DemoFacts.VIEWER);
        Api.Reply forbidden = viewer.inVietnamese().post("/api/admin/users", Map.of("username", "x"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(title(forbidden)).isEqualTo("Không có quyền thực hiện");
        assertThat(title(viewer.post("/api/admin/users", Map.of("username", "x")))).isEqualTo("Forbidden");

        Api.Reply unreadable = admin.inVietnamese().post("/api/admin/users", "{khong phai json");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(title(unreadable)).isEqualTo("Không đọc được nội dung yêu cầu");
        assertThat(title(admin.post("/api/admin/users", "{khong phai json"))).isEqualTo("Request body not understood");
    }

    /**
     * A refusal of input that is not a file is titled by what was refused, not "Tệp bị từ chối": a submission whose
     * values break a rule (online procedures above the total) is "Báo cáo bị từ chối…", its type {@code
     * rejected-submission}; the English client keeps its English title, and nothing is stored.
     */
    @Test
    void aRefusedSubmissionIsNotCalledARefusedFile() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        String unit = "56"; // Khánh Hòa: nothing is written, so no test's unit is touched
        Map<String, Object> body = Map.of("dataSet", DemoFacts.PROVINCE_DATA_SET, "unit", unit, "period", TestFixtures.MONTH,
                "values", Map.of("TTHC_TONG", 2000, "TTHC_TRUC_TUYEN", 2500));
        int before = admin.get("/api/indicators/submissions?unit=" + unit + "&period=" + TestFixtures.MONTH).json().size();
        Api.Reply vi = admin.inVietnamese().post("/api/indicators/submissions", body);
        assertThat(vi.status()).as(vi.body()).isEqualTo(400);
        assertThat(vi.json().get("type").asString()).endsWith("/problems/rejected-submission");
        assertThat(title(vi)).isEqualTo("Báo cáo bị từ chối, không có gì được lưu");
        Api.Reply en = admin.post("/api/indicators/submissions", body);
        assertThat(en.status()).isEqualTo(400);
        assertThat(title(en)).isEqualTo("Submission rejected, nothing saved");
        assertThat(admin.get("/api/indicators/submissions?unit=" + unit + "&period=" + TestFixtures.MONTH).json().size())
                .as("nothing stored").isEqualTo(before);
    }

    /**
     * Security: what a client types cannot choose the refusal's kind or title. Element codes that are markup, a
     * message key, SQL and a bidi override, and a value that names a bundle key, are refused as a submission (the
     * code's own type and title), returned as JSON data only (never HTML), and nothing is stored.
     */
    @Test
    void hostileCodesInARefusedSubmissionAreDataNotItsTitle() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        String unit = "56";
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("\"><script>alert(1)</script>", 1);
        values.put("problem.title.rejected-file", 2);
        values.put("TTHC_TONG'); DROP TABLE data_value; --", 3);
        values.put("\u202eTTHC_TONG", 4);
        values.put("TTHC_TONG", "problem.title.status.500");
        Map<String, Object> body = Map.of("dataSet", DemoFacts.PROVINCE_DATA_SET, "unit", unit, "period", TestFixtures.MONTH,
                "values", values);
        int before = admin.get("/api/indicators/submissions?unit=" + unit + "&period=" + TestFixtures.MONTH).json().size();
        Api.Reply vi = admin.inVietnamese().post("/api/indicators/submissions", body);
        assertThat(vi.status()).as(vi.body()).isEqualTo(400);
        assertThat(vi.contentType()).contains("application/problem+json");
        assertThat(vi.json().get("type").asString()).matches(".*/problems/(rejected-submission|unreadable-body|invalid-parameter)");
        assertThat(title(vi)).isIn("Báo cáo bị từ chối, không có gì được lưu", "Không đọc được nội dung yêu cầu",
                "Tham số không hợp lệ");
        assertThat(admin.get("/api/indicators/submissions?unit=" + unit + "&period=" + TestFixtures.MONTH).json().size())
                .as("nothing stored").isEqualTo(before);
        values.remove("TTHC_TONG");
        Api.Reply codes = admin.inVietnamese().post("/api/indicators/submissions", Map.of("dataSet",
                DemoFacts.PROVINCE_DATA_SET, "unit", unit, "period", TestFixtures.MONTH, "values", values));
        assertThat(codes.status()).as(codes.body()).isEqualTo(400);
        assertThat(codes.json().get("type").asString()).endsWith("/problems/rejected-submission");
        assertThat(title(codes)).isEqualTo("Báo cáo bị từ chối, không có gì được lưu");
        assertThat(admin.get("/api/indicators/submissions?unit=" + unit + "&period=" + TestFixtures.MONTH).json().size())
                .as("nothing stored").isEqualTo(before);
        assertThat(admin.get("/api/tasks/summary").status()).as("the tables are all there").isEqualTo(200);
    }

    /**
     * The detail of an answer the error controller gives (no handler said anything of its own: an unknown route, a
     * method the route does not take) from the bundles in the client's language, never Spring's English words.
     */
    @Test
    void theErrorControllersDetailIsInTheUsersLanguage() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Api.Reply unknown = admin.inVietnamese().get("/api/khong-co-duong-nay");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).contains("application/problem+json");
        assertThat(title(unknown)).isEqualTo("Không tìm thấy");
        assertThat(unknown.json().get("detail").asString()).isEqualTo("Không có tài nguyên hoặc đường dẫn này");
        Api.Reply unknownEnglish = admin.get("/api/khong-co-duong-nay");
        assertThat(unknownEnglish.status()).isEqualTo(404);
        assertThat(unknownEnglish.json().get("detail").asString()).doesNotContain("Không");

        Api.Reply method = admin.inVietnamese().delete("/api/me");
        assertThat(method.status()).isEqualTo(405);
        assertThat(title(method)).isEqualTo("Phương thức không được phép");
        assertThat(method.json().get("detail").asString()).isEqualTo("Đường dẫn này không nhận phương thức đó");
    }

    @Test
    void aStaleOrUnversionedChangeIsAConflictOrAPreconditionInTheUsersWords() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        String unit = TestFixtures.unit("03664", "ProblemTitlesInUsersLanguageTest"); // Phường Chiềng An, Sơn La
        Map<String, Object> task = new HashMap<>();
        task.put("code", "TITLES-" + System.nanoTime() % 1_000_000);
        task.put("planCode", DemoFacts.PLAN_2026);
        task.put("title", "Kiểm tra tiêu đề lỗi");
        task.put("responsiblePerson", "Trần Thị Bình");
        task.put("startDate", "2026-02-01");
        task.put("deadline", "2027-12-31");
        task.put("leadUnit", unit);
        task.put("coordinatingUnits", List.of("BCA"));
        task.put("approverUnit", "14");
        task.put("deliverable", "Sản phẩm");
        task.put("sourceNumber", "01/KH-BCĐ");
        task.put("sourceDate", "2026-01-15");
        Api.Reply created = admin.post("/api/tasks", task);
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        long id = created.json().get("id").asLong();
        long version = created.json().get("version").asLong();
        task.put("title", "Đổi tên");

        Api.Reply unversioned = admin.inVietnamese().put("/api/tasks/" + id, task);
        assertThat(unversioned.status()).isEqualTo(428);
        assertThat(title(unversioned)).isEqualTo("Quyết định phải nêu phiên bản đã được xem");
        assertThat(title(admin.put("/api/tasks/" + id, task))).isEqualTo("The decision must name what it was shown");

        task.put("version", version);
        assertThat(admin.put("/api/tasks/" + id, task).status()).isEqualTo(200);
        Api.Reply stale = admin.inVietnamese().put("/api/tasks/" + id, task);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(title(stale)).isEqualTo("Xung đột với dữ liệu hiện tại");
        assertThat(title(admin.put("/api/tasks/" + id, task))).isEqualTo("Conflict with the current state");
    }

    @Test
    void tooLargeFromTheHandlerAndFromTheRequestLimitBeforeTheBodyIsRead() throws Exception {
        StringBuilder many = new StringBuilder("{\"values\":[");
        for (int i = 0; i < 100_001; i++) {
            many.append(i == 0 ? "" : ",").append("{}");
        }
        String body = many.append("]}").toString();
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Api.Reply tooMany = admin.inVietnamese().post("/api/indicators/values", body);
        assertThat(tooMany.status()).isEqualTo(413);
        assertThat(title(tooMany)).isEqualTo("Yêu cầu quá lớn");
        assertThat(title(admin.post("/api/indicators/values", body))).isEqualTo("Request too large");

        for (String language : List.of("vi", "en")) {
            try (Socket socket = new Socket("localhost", port)) {
                socket.setSoTimeout(5_000);
                OutputStream out = socket.getOutputStream();
                String auth = Base64.getEncoder().encodeToString(("admin:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
                out.write(("POST /api/indicators/values HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Accept: application/json\r\nAccept-Language: " + language + "\r\nAuthorization: Basic " + auth
                        + "\r\nContent-Length: 104857600\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = answer(socket.getInputStream());
                assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json");
                assertThat(answer).contains(language.equals("vi") ? "\"title\":\"Yêu cầu quá lớn\"" : "\"title\":\"Content Too Large\"");
                // the detail too, from the bundles (the limit refuses the declared length before reading a byte)
                assertThat(answer).contains(language.equals("vi") ? "\"detail\":\"Yêu cầu lớn hơn giới hạn"
                        : "\"detail\":\"The request is larger than the limit of");
            }
        }
    }

    @Test
    void tooManyFailedSignInsIsSaidInTheUsersWords() {
        String username = TestFixtures.account(port, "titles.throttle." + System.nanoTime() % 100_000, "VIEWER",
                TestFixtures.unit("03664", "ProblemTitlesInUsersLanguageTest"));
        long n = System.nanoTime();
        String address = "203.0." + (n / 256 % 256) + "." + (n % 256);
        Client.Reply refused = null;
        // wrong passwords until the throttle answers (the delays begin after the free failures; the lock at the latest)
        for (int attempt = 0; attempt < 12 && (refused == null || refused.status() != 429); attempt++) {
            refused = Client.from(port, address).get("/api/me", "Authorization", Client.basic(username, "sai-mat-khau"),
                    "Accept-Language", "vi");
        }
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("\"title\":\"Quá nhiều lần đăng nhập sai\"");
        Client.Reply english = Client.from(port, address).get("/api/me", "Authorization", Client.basic(username, "sai-mat-khau"));
        assertThat(english.status()).isEqualTo(429);
        assertThat(english.body()).contains("\"title\":\"Too many failed sign-ins\"");
    }

    private static String answer(InputStream in) throws java.io.IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0;) {
                read.write(buffer, 0, n);
            }
        } catch (java.net.SocketTimeoutException enough) {
            // the server keeps the connection open: what came is the answer
        }
        return read.toString(StandardCharsets.UTF_8);
    }
}
