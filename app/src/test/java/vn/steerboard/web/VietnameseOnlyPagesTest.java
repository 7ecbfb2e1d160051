package vn.steerboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.IntegrationTest;

/**
 * Every page, rendered in Vietnamese in headless Chromium, says nothing in developer English: no unresolved
 * message key, no exception text, no raw state or action code, no decimal point, no ISO date. The pages are
 * found from the application's own mappings, so a new page is checked the day it lands (a path variable without
 * a sample here fails the test, asking for one). Form errors are checked too, after a bad submission.
 */
@IntegrationTest
class VietnameseOnlyPagesTest {

    /** Text that only a developer should ever read. */
    private static final Map<String, Pattern> ENGLISH = new LinkedHashMap<>();

    static {
        ENGLISH.put("unresolved message key", Pattern.compile("\\?\\?[\\w.]+\\?\\?"));
        ENGLISH.put("exception text", Pattern.compile("(?i)exception|has invalid value|Parameter '|Field '|not a number|"
                + "nothing was (saved|changed|imported)|may not (read|change|submit|approve)|must be between|is required|"
                + "does not exist|java\\.|Whitelabel|stack ?trace"));
        ENGLISH.put("raw state or action code", Pattern.compile("\\b(SUCCEEDED|FAILED|RUNNING|QUEUED|SIGN_IN|SIGN_OUT|CREATE|"
                + "UPDATE|DELETE|ACCESS_DENIED|SUBMISSION_\\w+|COMPLETED_ON_TIME|COMPLETED_LATE|IN_PROGRESS|NOT_STARTED|"
                + "OVERDUE|SUBMITTED|APPROVED|RETURNED|ON_TRACK|AT_RISK|OFF_TRACK)\\b"));
        ENGLISH.put("decimal point", Pattern.compile("(?<![\\d.,/])\\d{1,3}\\.\\d{1,2}(?![\\d.])(?!\\s*(MB|KB))"));
        ENGLISH.put("ISO date", Pattern.compile("\\b20\\d\\d-[01]\\d-[0-3]\\d\\b"));
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void everyPageSpeaksVietnameseToAnAdministratorAndToACommuneOfficer() {
        // a refused request is audited with the request line as its subject: the audit page must show it as data
        assertThat(Api.as(port, "badinh.officer").delete("/api/admin/sign-in-locks").status()).isEqualTo(403);
        Map<String, String> samples = samples();
        List<String> pages = pages(samples);
        assertThat(pages).hasSizeGreaterThan(25);
        List<String> defects = new ArrayList<>();
        for (String user : List.of("admin", "badinh.officer")) {
            try (Browser browser = Browser.open(port, 1440, 1000)) {
                browser.signIn(user, Api.DEMO_PASSWORD);
                for (String page : pages) {
                    browser.go(page);
                    check(user + " " + page, vietnameseText(browser), defects);
                }
            }
        }
        assertThat(defects).as("English or developer text on Vietnamese pages").isEmpty();
    }

    @Test
    void formErrorsAreSaidInVietnamese() {
        List<String> defects = new ArrayList<>();
        try (Browser browser = Browser.open(port, 1280, 1000)) {
            browser.signIn("badinh.officer", Api.DEMO_PASSWORD);
            browser.go("/indicators/submit?dataSet=CDS_XA&unit=00004&period=2099Q1");
            // a browser would refuse letters in a number field; a hostile or old one sends them anyway
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("var f = document.getElementById('submit-form');"
                    + "var i = f.querySelector(\"input[name^='v_']\"); i.type = 'text'; i.value = 'có'; f.submit();");
            browser.waitFor(By.id("submit-problems"));
            String text = browser.text();
            assertThat(text).contains("không phải là số");
            check("submit with a word for a number", text, defects);
        }
        assertThat(defects).isEmpty();
    }

    /**
     * The page's visible text without what it marks as English on purpose ({@code lang="en"}): records kept as they
     * were written, such as an audit entry's own detail, which a page may show but must not translate; and what it
     * marks as no language at all ({@code lang="zxx"}), such as the section numbers of Decision 766 (3.0, 2.2).
     */
    private static String vietnameseText(Browser browser) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.querySelectorAll('[lang=en], [lang=zxx]').forEach(e => e.remove());");
        return browser.text();
    }

    private static void check(String where, String text, List<String> defects) {
        ENGLISH.forEach((kind, pattern) -> {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                int from = Math.max(0, m.start() - 40);
                defects.add(where + ": " + kind + " «" + text.substring(from, Math.min(text.length(), m.end() + 40))
                        .replace('\n', ' ') + "»");
            }
        });
    }

    /** Sample values for path variables, from the demo through the API. */
    private Map<String, String> samples() {
        Api admin = Api.as(port, "admin");
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("code", "01");
        samples.put("unit", "01");
        JsonNode tasks = admin.get("/api/tasks?asOf=2025-11-15&size=1").json();
        samples.put("/tasks/{id}", tasks.get("content").get(0).get("id").asString());
        JsonNode submissions = admin.get("/api/indicators/submissions?limit=1").json();
        JsonNode firstSubmission = submissions.isArray() ? submissions.get(0) : submissions.get("content").get(0);
        samples.put("/indicators/submissions/{id}", firstSubmission.get("id").asString());
        JsonNode sources = admin.get("/api/quality/sources").json();
        JsonNode firstSource = sources.isArray() ? sources.get(0) : sources.get("content").get(0);
        samples.put("/quality/sources/{id}", firstSource.get("id").asString());
        samples.put("/quality/sources/{id}/scans", firstSource.get("id").asString());
        // an agency's DTI self-assessment with some answers, as its page shows it to MOST and refuses it to others
        String canTho = vn.steerboard.support.TestFixtures.unit("92", "VietnameseOnlyPagesTest");
        Api agency = Api.as(port, vn.steerboard.support.TestFixtures.account(port, "walk.ct.officer", "OFFICER", canTho));
        String agencyRef = agency.post("/api/assessment/agencies", java.util.Map.of("unit", canTho, "framework", "dti-province",
                "year", 2026)).json().get("ref").asString();
        agency.put("/api/assessment/agencies/" + agencyRef + "/answers", java.util.Map.of("D1C1", java.util.Map.of("value", "72,5",
                "evidence", "Báo cáo 12/BC-UBND")));
        samples.put("/assessments/agencies/{ref}", agencyRef);
        samples.put("/assessments/reviews/{ref}", vn.steerboard.assessment.EnterpriseClient.completedAssessment(port, jdbc, "01"));
        samples.put("/indicators/{code}", "CHU_KY_SO");
        samples.put("/indicators/{code}/ranking", "CHU_KY_SO");
        samples.put("/indicators/{code}/values", "CHU_KY_SO");
        return samples;
    }

    /** Every GET page of a page controller (not the API, not files, not live fragments), with samples filled in. */
    private List<String> pages(Map<String, String> samples) {
        List<String> pages = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            RequestMappingInfo info = entry.getKey();
            boolean get = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            if (!get || handler.getBeanType().isAnnotationPresent(RestController.class)
                    || handler.getBeanType().getName().startsWith("org.springframework")) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api") || pattern.startsWith("/open") || pattern.contains("/live")
                        || pattern.matches(".*\\.(xlsx|csv|json|pdf)$") || pattern.startsWith("/error")
                        || pattern.contains("/file") || pattern.startsWith("/reports") || pattern.contains("/attachments")
                        || pattern.equals("/login") || pattern.equals("/logout")
                        || pattern.startsWith("/swagger") || pattern.startsWith("/v3/api-docs") // developer documentation
                        || pattern.startsWith("/assessment/self/")) { // an enterprise's own pages: staff are refused there
                    continue;
                }
                String path = fill(pattern, samples);
                if (path == null) {
                    missing.add(pattern);
                } else {
                    pages.add(path + (path.contains("?") ? "&" : "?") + "asOf=2025-11-15");
                }
            }
        }
        assertThat(missing).as("page paths with a variable that has no sample in this test").isEmpty();
        pages.add("/login?lang=vi");
        return pages.stream().distinct().sorted().toList();
    }

    private static String fill(String pattern, Map<String, String> samples) {
        if (samples.containsKey(pattern)) {
            return pattern.replaceAll("\\{[^}]+}", samples.get(pattern));
        }
        Matcher variables = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(pattern);
        StringBuilder filled = new StringBuilder();
        while (variables.find()) {
            String sample = samples.get(variables.group(1));
            if (sample == null) {
                return null;
            }
            variables.appendReplacement(filled, sample);
        }
        variables.appendTail(filled);
        return filled.toString();
    }
}
