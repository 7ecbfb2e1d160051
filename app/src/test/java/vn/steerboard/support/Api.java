package vn.steerboard.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against the running application, as another system or a script would call it. */
public final class Api {

    public static final String DEMO_PASSWORD = "Steerboard@2025";
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;
    private final String language;
    /** The client's address as the proxy says it (X-Forwarded-For), or null for the test machine's own. */
    private final String address;

    private Api(String base, String authorization) {
        this(base, authorization, null);
    }

    private Api(String base, String authorization, String language) {
        this(base, authorization, language, null);
    }

    private Api(String base, String authorization, String language, String address) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
        this.address = address;
    }

    /** The same caller asking for answers in Vietnamese (Accept-Language: vi), as a Vietnamese client would. */
    public Api inVietnamese() {
        return new Api(base, authorization, "vi", address);
    }

    /**
     * The same caller from an address of its own (X-Forwarded-For, as the proxy says it): credentials refused on
     * purpose count towards the sign-in throttle of their address, so a test that sends them takes an address no
     * other test uses ({@link Client#ownAddress()}) and never locks out the shared one.
     */
    public Api from(String address) {
        return new Api(base, authorization, language, address);
    }

    public static Api anonymous(int port) {
        return new Api("http://localhost:" + port, null);
    }

    public static Api as(int port, String username) {
        return as(port, username, DEMO_PASSWORD);
    }

    public static Api as(int port, String username, String password) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api("http://localhost:" + port, "Basic " + basic);
    }

    /**
     * A second ADMIN account ("admin.approver", created on first use), for four eyes: what "admin" submitted is
     * approved by another ADMIN.
     */
    public static Api secondAdmin(int port) {
        Api admin = as(port, DemoFacts.ADMIN);
        if (admin.get("/api/users").body().contains("\"admin.approver\"")) {
            return as(port, "admin.approver");
        }
        Reply created = admin.post("/api/admin/users", java.util.Map.of("username", "admin.approver", "displayName",
                "Thư ký Ban Chỉ đạo (phê duyệt)", "password", DEMO_PASSWORD, "role", "ADMIN"));
        if (created.status() != 201 && !created.body().contains("already exists")) {
            throw new IllegalStateException("could not create the second ADMIN: " + created);
        }
        return as(port, "admin.approver");
    }

    public static Api withToken(int port, String token) {
        return new Api("http://localhost:" + port, "Bearer " + token);
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A binary download (a PDF, a workbook): the bytes as sent. */
    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Reply post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Reply post(String path, Object body, String headerName, String headerValue) {
        return send(request(path).header("Content-Type", "application/json").header(headerName, headerValue)
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    /** A multipart/form-data upload of one file in the part "file". */
    public Reply upload(String path, String fileName, byte[] content) {
        String boundary = "----steerboard" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    private static String json(Object body) {
        return body instanceof String text ? text : JSON.writeValueAsString(body);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept",
                "application/json, application/problem+json, text/html");
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        if (address != null) {
            builder.header("X-Forwarded-For", address);
        }
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String body, String contentType) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
