package vn.steerboard.assessment;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.Client;

/**
 * An enterprise as a browser-less client: its own cookies (the session), its own client address (so the abuse limits
 * of one test do not meet another's), the CSRF token of its session, and the mail it was sent (read from the outbox,
 * as its mailbox would receive it).
 */
public final class EnterpriseClient {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 10_000_000));
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    public final Client client;
    public final String taxCode;
    public final String email;
    private final JdbcClient jdbc;
    private String csrf;

    private EnterpriseClient(int port, JdbcClient jdbc, String taxCode) {
        this.client = Client.from(port, "10.17." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1));
        this.jdbc = jdbc;
        this.taxCode = taxCode;
        this.email = "dn" + taxCode + "@example.com";
    }

    public static EnterpriseClient fresh(int port, JdbcClient jdbc) {
        return new EnterpriseClient(port, jdbc, taxCode());
    }

    /** A valid 10-digit tax code nobody used yet: nine digits and the check digit of the quality engine's rule. */
    public static String taxCode() {
        while (true) {
            String nine = String.format("%09d", 800_000_000 + SERIAL.incrementAndGet());
            int[] w = {31, 29, 23, 19, 17, 13, 7, 5, 3};
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += w[i] * (nine.charAt(i) - '0');
            }
            int check = 10 - sum % 11;
            if (check < 10) {
                return nine + check;
            }
        }
    }

    /** A tax code whose check digit is wrong. */
    static String badCheckDigit() {
        String good = taxCode();
        return good.substring(0, 9) + ((good.charAt(9) - '0' + 1) % 10);
    }

    public String csrf() {
        if (csrf == null) {
            csrf = Api.JSON.readTree(client.get("/api/assessment/csrf").body()).get("token").asString();
        }
        return csrf;
    }

    public Client.Reply post(String path, Object body) {
        return client.postJson(path, body instanceof String s ? s : Api.JSON.writeValueAsString(body), "X-CSRF-TOKEN", csrf());
    }

    public Client.Reply put(String path, Object body) {
        return client.put(path, "application/json", Api.JSON.writeValueAsString(body), "X-CSRF-TOKEN", csrf());
    }

    public Client.Reply signUp(String vsic, String size, String province) {
        return post("/api/assessment/enterprises", Map.of("taxCode", taxCode, "name", "Công ty TNHH Thử nghiệm " + taxCode,
                "vsic", vsic, "sizeClass", size, "provinceCode", province, "email", email));
    }

    /** The link token of the latest mail to this enterprise, from the outbox. */
    public String mailedToken() {
        String body = jdbc.sql("SELECT body FROM assessment_mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1")
                .param(email).query(String.class).single();
        Matcher m = TOKEN.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no token in " + body);
        }
        return m.group(1);
    }

    /** Signs up and opens the session with the mailed link. */
    public EnterpriseClient signedIn(String vsic, String size, String province) {
        Client.Reply signUp = signUp(vsic, size, province);
        if (signUp.status() != 202) {
            throw new IllegalStateException("sign-up: " + signUp);
        }
        Client.Reply opened = post("/api/assessment/session", Map.of("token", mailedToken()));
        if (opened.status() != 200) {
            throw new IllegalStateException("session: " + opened);
        }
        return this;
    }

    public JsonNode start(String framework) {
        Client.Reply started = post("/api/assessment/me/assessments", Map.of("framework", framework));
        if (started.status() != 201) {
            throw new IllegalStateException("start: " + started);
        }
        return Api.JSON.readTree(started.body());
    }

    public Client.Reply answer(String ref, Map<String, Object> answers) {
        return put("/api/assessment/me/assessments/" + ref + "/answers", answers);
    }

    public Client.Reply complete(String ref) {
        return post("/api/assessment/me/assessments/" + ref + "/completion", "{}");
    }

    static Map<String, Object> value(String value) {
        return Map.of("value", value);
    }

    /** Signs up in the province, answers every criterion at its best and completes: the reference of the assessment. */
    public static String completedAssessment(int port, JdbcClient jdbc, String province) {
        EnterpriseClient e = fresh(port, jdbc).signedIn("4711", "SMALL", province);
        JsonNode started = e.start("sme-dx");
        String ref = started.get("ref").asString();
        e.answer(ref, bestAnswers(Api.JSON.readTree(Api.anonymous(port).get("/api/assessment/frameworks/sme-dx/"
                + started.get("frameworkVersion").asInt()).body()), started.get("applicable")));
        Client.Reply done = e.complete(ref);
        if (done.status() != 200) {
            throw new IllegalStateException("complete: " + done);
        }
        return ref;
    }

    /** The best answer to every applicable criterion, from the framework as the API answers it. */
    public static Map<String, Object> bestAnswers(JsonNode framework, JsonNode applicable) {
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        java.util.Set<String> wanted = new java.util.HashSet<>();
        applicable.forEach(a -> wanted.add(a.asString()));
        for (JsonNode pillar : framework.get("pillars")) {
            for (JsonNode sub : pillar.get("subIndices")) {
                for (JsonNode c : sub.get("criteria")) {
                    if (!wanted.contains(c.get("code").asString())) {
                        continue;
                    }
                    String value = switch (c.get("type").asString()) {
                        case "CHOICE" -> c.get("choices").get(c.get("choices").size() - 1).get("code").asString();
                        case "YES_NO" -> "yes";
                        case "PERCENTAGE" -> "100";
                        case "NUMBER" -> String.valueOf(c.get("bands").get(c.get("bands").size() - 1).get("from").asLong());
                        default -> "https://example.com/bao-cao-du-lieu.pdf";
                    };
                    answers.put(c.get("code").asString(), Map.of("value", value));
                }
            }
        }
        return answers;
    }
}
