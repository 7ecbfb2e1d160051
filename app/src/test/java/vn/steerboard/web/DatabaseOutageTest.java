package vn.steerboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.steerboard.SteerboardApplication;
import vn.steerboard.support.Api;

/**
 * A lost database: the real server on its own H2 reached over TCP, the TCP server then stopped. Every request gets
 * 503 within the configured connection timeout (not Hikari's 30 s), as a problem detail to the API and an HTML page
 * to browsers; valid credentials and a signed-in session are not told to sign in.
 */
@org.junit.jupiter.api.Tag("outage")
class DatabaseOutageTest {

    @Test
    void aLostDatabaseIsA503QuicklyAndNobodyIsToldToSignIn() throws Exception {
        int dbPort;
        try (ServerSocket free = new ServerSocket(0)) {
            dbPort = free.getLocalPort();
        }
        Server database = Server.createTcpServer("-tcpPort", String.valueOf(dbPort), "-ifNotExists", "-tcpPassword",
                "outage").start();
        ConfigurableApplicationContext app = null;
        try {
            // as arguments, so they win over application.yml (builder properties would be mere defaults)
            app = new SpringApplicationBuilder(SteerboardApplication.class).run(
                    "--server.port=0",
                    "--spring.datasource.url=jdbc:h2:tcp://localhost:" + dbPort + "/mem:outage-" + java.util.UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "--spring.datasource.username=sa", "--spring.datasource.password=",
                    "--spring.datasource.hikari.connection-timeout=1500",
                    "--steerboard.demo.enabled=false");
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            jdbc.update("MERGE INTO app_user (username, display_name, password_hash, role, enabled, created_at) KEY (username)"
                    + " VALUES ('outage.admin', 'Outage', ?, 'ADMIN', TRUE, ?)",
                    app.getBean(PasswordEncoder.class).encode(Api.DEMO_PASSWORD), OffsetDateTime.now());
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            String base = "http://localhost:" + port;
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            // a browser signs in with the form while the database is there
            String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
            assertThat(csrf.find()).isTrue();
            String form = "username=outage.admin&password=" + URLEncoder.encode(Api.DEMO_PASSWORD, StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
            String basic = "Basic " + Base64.getEncoder().encodeToString(("outage.admin:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
            HttpClient client = HttpClient.newHttpClient();
            assertThat(client.send(HttpRequest.newBuilder(URI.create(base + "/api/tasks")).header("Authorization", basic).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

            // the database is gone: the server shut down, every open connection cut
            Server.shutdownTcpServer("tcp://localhost:" + dbPort, "outage", true, false);
            database.stop(); // and this server object itself: its listener and every session it holds are closed

            long started = System.nanoTime();
            HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create(base + "/api/tasks")).header("Authorization", basic)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(api.body()).doesNotContain("Sign-in required").doesNotContain("Exception");
            // the problem's title in the user's language, like its detail; English for a client that asks for none
            assertThat(api.body()).contains("\"title\":\"Service Unavailable\"")
                    .contains("\"detail\":\"The database is not reachable at the moment; retry shortly (nothing was changed)\"");
            HttpResponse<String> vietnamese = client.send(HttpRequest.newBuilder(URI.create(base + "/api/tasks"))
                    .header("Authorization", basic).header("Accept", "application/json").header("Accept-Language", "vi")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(vietnamese.statusCode()).isEqualTo(503);
            assertThat(vietnamese.body()).contains("\"title\":\"Hệ thống tạm thời gián đoạn\"")
                    .contains("\"detail\":\"Hiện không truy cập được cơ sở dữ liệu; vui lòng thử lại sau ít phút"
                            + " (không có gì bị thay đổi)\"").doesNotContain("The database");
            // a token the node cannot look up (the security filters answer) and a session cookie: the same words
            HttpResponse<String> vietnameseToken = client.send(HttpRequest.newBuilder(URI.create(base + "/api/tasks"))
                    .header("Authorization", "Bearer sbt_whatever").header("Accept", "application/json")
                    .header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(vietnameseToken.statusCode()).isEqualTo(503);
            assertThat(vietnameseToken.body()).contains("\"title\":\"Hệ thống tạm thời gián đoạn\"")
                    .contains("Hiện không truy cập được cơ sở dữ liệu").doesNotContain("The database");
            HttpResponse<String> vietnameseSession = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/tasks"))
                    .header("Accept", "application/json").header("Accept-Language", "vi").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(vietnameseSession.statusCode()).isEqualTo(503);
            assertThat(vietnameseSession.body()).contains("Hiện không truy cập được cơ sở dữ liệu").doesNotContain("The database");
            assertThat(seconds).as("answered within the configured connection timeout, not Hikari's default 30 s").isLessThan(15);

            HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(503);
            assertThat(home.headers().firstValue("Content-Type").orElse("")).contains("text/html");
            assertThat(home.body()).contains("Hệ thống tạm thời gián đoạn");

            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/tasks")).header("Accept", "text/html").GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(503);
            // the session is in the database, which this node cannot read now: not named, but not signed out either
            assertThat(page.body()).contains("Bạn vẫn đang đăng nhập").doesNotContain("name=\"password\"")
                    .doesNotContain("id=\"sign-in\"");

            HttpResponse<String> unknownToken = client.send(HttpRequest.newBuilder(URI.create(base + "/api/tasks"))
                    .header("Authorization", "Bearer sbt_whatever").header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(unknownToken.statusCode()).isEqualTo(503);
            assertThat(unknownToken.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        } finally {
            if (app != null) {
                app.close();
            }
            database.stop();
        }
    }
}
