package vn.steerboard.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like client with its own cookies and any headers (X-Forwarded-For for a client address behind the
 * proxy, Authorization, ...), no redirects followed: for sign-in, CSRF and cookie tests.
 */
public final class Client {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;
    private final List<String> headers = new ArrayList<>();

    public Client(int port) {
        this.base = "http://localhost:" + port;
    }

    private static final java.util.concurrent.atomic.AtomicLong ADDRESSES =
            new java.util.concurrent.atomic.AtomicLong(System.nanoTime() % 100_000);

    /**
     * An address no other caller in this run uses, in 198.18.0.0/15 (set aside for tests of networks, RFC 2544): for
     * a test whose refused credentials must count towards a throttle of their own, never the shared one of localhost.
     */
    public static String ownAddress() {
        long n = ADDRESSES.incrementAndGet() % 131_072;
        return "198." + (18 + n / 65_536) + "." + (n / 256 % 256) + "." + (n % 256);
    }

    /** A client whose requests come, as the proxy says, from {@code address}. */
    public static Client from(int port, String address) {
        return new Client(port).header("X-Forwarded-For", address);
    }

    public Client header(String name, String value) {
        headers.add(name);
        headers.add(value);
        return this;
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public record Reply(int status, String body, HttpResponse<String> response) {
        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Reply get(String path, String... extra) {
        return send(builder(path, extra).GET());
    }

    public Reply post(String path, String contentType, String body, String... extra) {
        return send(builder(path, extra).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply put(String path, String contentType, String body, String... extra) {
        return send(builder(path, extra).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply delete(String path, String... extra) {
        return send(builder(path, extra).DELETE());
    }

    public Reply postJson(String path, String json, String... extra) {
        return post(path, "application/json", json, extra);
    }

    /** The sign-in form as a browser fills it: the page (for its CSRF token), then the post. */
    public Reply signIn(String username, String password) {
        String token = csrfToken("/login");
        return post("/login", "application/x-www-form-urlencoded", "username=" + enc(username) + "&password=" + enc(password)
                + "&_csrf=" + enc(token));
    }

    /** The CSRF token of the form on a page. */
    public String csrfToken(String page) {
        Reply reply = get(page);
        Matcher m = CSRF.matcher(reply.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + page + ": " + reply.status());
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    public static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder builder(String path, String... extra) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, application/problem+json, text/html");
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            builder.header(headers.get(i), headers.get(i + 1));
        }
        for (int i = 0; i + 1 < extra.length; i += 2) {
            builder.header(extra[i], extra[i + 1]);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
