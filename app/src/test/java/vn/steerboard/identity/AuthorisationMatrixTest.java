package vn.steerboard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.support.Api;
import vn.steerboard.support.Client;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.TestFixtures;

/**
 * Every endpoint that changes something, taken from Spring's own handler mappings so that a new one cannot be
 * forgotten, against {anonymous, VIEWER, OFFICER of a sibling commune, OFFICER of another province, LEADER of
 * another ministry, and the submitter as approver where it applies}: each is refused (401/403, or for a page the
 * sign-in redirect), the refusal is audited where signed in, and nothing changes (no change record on the audit
 * trail, and the fixtures read back the same).
 */
@IntegrationTest
class AuthorisationMatrixTest {

    private static final String DATA_SET = "T_MATRIX";
    private static final String PASSWORD = "Ma-tran-quyen-2026";
    private static final String SIBLING = DemoFacts.NGOCHA_OFFICER;
    private static final String OTHER_PROVINCE = "matrix.hcm.officer";
    private static final String OTHER_MINISTRY = "matrix.btp.leader";
    /** The owner of a personal token the others try to revoke (none of the actors). */
    private static final String PERSONAL_OWNER = "matrix.token.owner";
    /** Mappings that change nothing: error and refusal pages any method may reach. */
    private static final Set<String> NOT_CHANGING = Set.of("/error", "/error/forbidden", "/error/throttled");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /**
     * One mutating call with real fixtures; {@code fourEyes}: the author who would approve his own. {@code own}: an
     * endpoint on the caller's own things (notifications), where another's is answered as missing (404), so the
     * refusal leaves no record of its own; the page variant still answers 500 for an unknown id (issue 11 item 15).
     */
    record Case(String method, String path, String contentType, String body, String fourEyes) {
        boolean page() {
            return !path.startsWith("/api/");
        }

        boolean own() {
            return path.contains("/notifications/");
        }
    }

    @Test
    void everyMutatingEndpointRefusesEveryoneOutsideItsScopeAuditsAndChangesNothing() {
        Fixtures f = fixtures();
        Map<String, Case> cases = cases(f);

        // every mutating handler mapping has a case: a new endpoint fails here until it is put in the matrix
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (NOT_CHANGING.contains(pattern)) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.POST) : methods) {
                    if (method != RequestMethod.GET && method != RequestMethod.HEAD && method != RequestMethod.OPTIONS) {
                        endpoints.add(method + " " + pattern + consumes(info));
                    }
                }
            }
        });
        assertThat(endpoints).as("mutating endpoints without a case in this matrix").isSubsetOf(cases.keySet());
        assertThat(endpoints).as("sanity: the handler mappings were read").hasSizeGreaterThan(30);

        Map<String, String> before = snapshot(f);
        long changesBefore = changes();
        List<String> failures = new ArrayList<>();
        for (String endpoint : endpoints) {
            Case c = cases.get(endpoint);
            List<String> actors = new ArrayList<>(List.of(DemoFacts.VIEWER, SIBLING, OTHER_PROVINCE, OTHER_MINISTRY));
            if (c.fourEyes() != null) {
                actors.add(c.fourEyes());
            }
            Client.Reply anonymous = send(new Client(port), c);
            boolean anonymousRefused = anonymous.status() == 401 || anonymous.status() == 403
                    || (c.page() && anonymous.status() == 302 && String.valueOf(anonymous.header("Location")).contains("/login"));
            if (!anonymousRefused) {
                failures.add(endpoint + " anonymous: " + anonymous.status() + " " + abbreviate(anonymous.body()));
            }
            for (String actor : actors) {
                long refusals = refusals(actor);
                String password = actor.startsWith("matrix.") ? PASSWORD : Api.DEMO_PASSWORD;
                Client.Reply reply = send(new Client(port).header("Authorization", Client.basic(actor, password)), c);
                boolean refused = reply.status() == 403 || reply.status() == 401
                        // a page tells the refusal on the page it redirects to
                        || (c.page() && reply.status() == 302 && refusals(actor) > refusals)
                        || (c.own() && (reply.status() == 404 || (c.page() && reply.status() == 500)));
                if (!refused) {
                    failures.add(endpoint + " as " + actor + ": " + reply.status() + " " + abbreviate(reply.body()));
                } else if (refusals(actor) <= refusals && !c.own()) {
                    failures.add(endpoint + " as " + actor + ": refused (" + reply.status() + ") but not audited");
                }
            }
        }
        assertThat(failures).as("requests that were not refused, or not audited").isEmpty();
        assertThat(changes()).as("change records on the audit trail").isEqualTo(changesBefore);
        assertThat(snapshot(f)).as("the fixtures read back").isEqualTo(before);
    }

    private static String consumes(org.springframework.web.servlet.mvc.method.RequestMappingInfo info) {
        var types = info.getConsumesCondition().getConsumableMediaTypes();
        return types.stream().anyMatch(t -> t.toString().startsWith("multipart/")) ? " (multipart)" : "";
    }

    private Map<String, Case> cases(Fixtures f) {
        Map<String, Case> cases = new LinkedHashMap<>();
        String json = "application/json";
        String form = "application/x-www-form-urlencoded";
        String multipart = "multipart";
        String submission = "{\"dataSet\":\"" + DATA_SET + "\",\"unit\":\"00004\",\"period\":\"2026-07\",\"values\":{\"T_MX\":5}}";
        add(cases, "POST", "/api/admin/users", json, "{\"username\":\"matrix.intruder\",\"displayName\":\"X\",\"password\":\""
                + PASSWORD + "\",\"role\":\"ADMIN\"}", null);
        add(cases, "PUT", "/api/admin/users/{username}/enabled", "/api/admin/users/" + OTHER_PROVINCE + "/enabled", json, "false", null);
        add(cases, "POST", "/api/admin/tokens", json, "{\"name\":\"matrix-intruder\",\"role\":\"ADMIN\"}", null);
        add(cases, "DELETE", "/api/admin/tokens/{id}", "/api/admin/tokens/" + f.tokenId, null, null, null);
        // personal tokens: issuing one wider than the account is refused, and so is revoking another account's
        String wider = "{\"name\":\"matrix-wider\",\"expiresOn\":\"" + TestFixtures.today().plusDays(9)
                + "\",\"role\":\"OFFICER\",\"unitCode\":\"01\"}";
        add(cases, "POST", "/api/me/tokens", json, wider, null);
        add(cases, "DELETE", "/api/me/tokens/{id}", "/api/me/tokens/" + f.personalTokenId, null, null, null);
        add(cases, "POST", "/account/tokens", form, "name=matrix-wider&expiresOn=" + TestFixtures.today().plusDays(9)
                + "&role=OFFICER&unitCode=01", null);
        add(cases, "POST", "/account/tokens/{id}/revoke", "/account/tokens/" + f.personalTokenId + "/revoke", form, "", null);
        add(cases, "POST", "/api/admin/users/{username}/tokens", "/api/admin/users/" + OTHER_PROVINCE + "/tokens", json,
                "{\"name\":\"matrix-svc\",\"expiresOn\":\"" + TestFixtures.today().plusDays(9) + "\"}", null);
        add(cases, "DELETE", "/api/admin/users/{username}/tokens/{id}", "/api/admin/users/" + PERSONAL_OWNER + "/tokens/"
                + f.personalTokenId, null, null, null);
        add(cases, "PUT", "/api/org-units/{code}/focal-point", "/api/org-units/00004/focal-point", json,
                "{\"fullName\":\"Kẻ Lạ\",\"position\":\"x\",\"email\":\"x@example.com\",\"phone\":\"000\"}", null);
        add(cases, "POST", "/registry/{code}/focal-point", "/registry/00004/focal-point", form,
                "fullName=Ke+La&position=x&email=x%40example.com&phone=000", null);
        add(cases, "DELETE", "/api/admin/sign-in-locks", "/api/admin/sign-in-locks?kind=ACCOUNT&subject=nobody", null, null, null);
        add(cases, "POST", "/api/admin/deputies", json, "{\"unitCode\":\"01\",\"username\":\"hanoi.officer\",\"reason\":\"tự chỉ định\"}",
                null);
        add(cases, "DELETE", "/api/admin/deputies/{id}", "/api/admin/deputies/" + f.deputyId, null, null, null);
        add(cases, "POST", "/admin/security/lift", form, "kind=ACCOUNT&subject=nobody", null);
        add(cases, "POST", "/admin/security/deputies", form, "unitCode=01&username=hanoi.officer&reason=x", null);
        add(cases, "POST", "/admin/security/deputies/{id}/revoke", "/admin/security/deputies/" + f.deputyId + "/revoke", form, "",
                null);
        // quality
        add(cases, "POST", "/api/quality/sources", json, "{\"ownerUnit\":\"00004\",\"name\":\"CSDL lạ\",\"nationalDatabase\":"
                + "\"Cơ sở dữ liệu quốc gia về dân cư\",\"kind\":\"UPLOAD\"}", null);
        add(cases, "PUT", "/api/quality/sources/{id}/suite", "/api/quality/sources/" + f.sourceId + "/suite", "application/yaml",
                "table: person\nchecks:\n  - type: completeness\n    column: cccd\n", null);
        add(cases, "POST", "/api/quality/sources/{id}/scans", "/api/quality/sources/" + f.sourceId + "/scans", json, "{}", null);
        add(cases, "POST", "/api/quality/sources/{id}/scans/upload", "/api/quality/sources/" + f.sourceId + "/scans/upload", json,
                "{\"checks\":[]}", null);
        add(cases, "PUT", "/api/quality/units/{unit}/files/{name}", "/api/quality/units/00004/files/matrix.csv", "text/csv",
                "cccd,ten\n001,x\n", null);
        add(cases, "POST", "/api/admin/quality/hosts", json, "{\"host\":\"db.example.org\",\"port\":5432,\"note\":\"x\"}", null);
        add(cases, "DELETE", "/api/admin/quality/hosts/{id}", "/api/admin/quality/hosts/999999", null, null, null);
        add(cases, "POST", "/quality/sources/{id}/scan", "/quality/sources/" + f.sourceId + "/scan", form, "", null);
        add(cases, "POST", "/quality/sources/{id}/suite", "/quality/sources/" + f.sourceId + "/suite", form,
                "yaml=table%3A+person", null);
        // tasks
        add(cases, "POST", "/api/tasks/import (multipart)", "/api/tasks/import", multipart, "Mã nhiệm vụ\n", null);
        add(cases, "POST", "/api/tasks", json, "{\"code\":\"MATRIX-INTRUDER\",\"planCode\":\"NQ57-KH2026\",\"title\":\"x\","
                + "\"leadUnit\":\"00004\",\"approverUnit\":\"01\",\"responsiblePerson\":\"x\",\"deliverable\":\"x\","
                + "\"sourceDate\":\"2026-01-05\",\"startDate\":\"2026-01-10\",\"deadline\":\"2027-01-10\"}", null);
        add(cases, "PUT", "/api/tasks/{id}", "/api/tasks/" + f.taskId, json, "{\"code\":\"MATRIX-TASK-1\",\"planCode\":\"NQ57-KH2026\","
                + "\"title\":\"Đổi tên\",\"leadUnit\":\"00004\",\"approverUnit\":\"01\",\"responsiblePerson\":\"x\",\"deliverable\":\"x\","
                + "\"sourceDate\":\"2026-01-05\",\"startDate\":\"2026-01-10\",\"deadline\":\"2027-06-30\"}", null);
        add(cases, "POST", "/api/tasks/{id}/deadline", "/api/tasks/" + f.taskId + "/deadline", json,
                "{\"deadline\":\"2028-01-01\",\"reason\":\"x\"}", null);
        add(cases, "POST", "/api/tasks/{id}/reports", "/api/tasks/" + f.taskId + "/reports", json, "{\"percent\":30}", null);
        add(cases, "POST", "/api/tasks/{id}/reports (multipart)", "/api/tasks/" + f.taskId + "/reports?percent=30", multipart,
                "%PDF-1.4\n", null);
        add(cases, "POST", "/api/tasks/{id}/acceptance", "/api/tasks/" + f.ownTaskId + "/acceptance", json,
                "{\"decision\":\"ACCEPTED\"}", DemoFacts.HANOI_LEADER);
        add(cases, "POST", "/tasks/{id}/report", "/tasks/" + f.taskId + "/report", form, "percent=30", null);
        add(cases, "POST", "/tasks/{id}/decision", "/tasks/" + f.ownTaskId + "/decision", form, "decision=ACCEPTED", DemoFacts.HANOI_LEADER);
        // indicators
        add(cases, "PUT", "/api/indicators/{code}", "/api/indicators/MATRIX_X", json, "{\"nameVi\":\"x\",\"formula\":\"T_MX\"}", null);
        add(cases, "POST", "/api/indicators/submissions", json, submission, null);
        add(cases, "POST", "/api/indicators/values", json, "{\"values\":[{\"element\":\"T_MX\",\"unit\":\"00004\",\"period\":\"2026-07\","
                + "\"value\":5}]}", null);
        add(cases, "POST", "/api/indicators/import (multipart)", "/api/indicators/import", multipart,
                "Mã đơn vị,Kỳ báo cáo,Mã chỉ tiêu dữ liệu,Giá trị\n00004,2026-07,T_MX,5\n", null);
        add(cases, "POST", "/api/indicators/submissions/{id}/approval", "/api/indicators/submissions/" + f.submissionId + "/approval",
                json, "{\"approve\":true}", DemoFacts.HANOI_LEADER);
        add(cases, "PUT", "/api/indicators/{code}/targets/{unit}", "/api/indicators/TTHC_TOAN_TRINH/targets/00004", json,
                "{\"baselineYear\":2025,\"baselineValue\":1,\"targetYear\":2030,\"targetValue\":2}", null);
        add(cases, "POST", "/api/indicators/{code}/ratings/{unit}", "/api/indicators/TTHC_TOAN_TRINH/ratings/00004", json,
                "{\"rating\":\"ON_TRACK\",\"evidence\":\"x\"}", null);
        add(cases, "POST", "/api/admin/indicators/rebuild", json, "{}", null);
        add(cases, "PUT", "/api/admin/indicators/publication", json, "{\"level\":\"COMMUNE\"}", null);
        add(cases, "POST", "/indicators/submit", form, "dataSet=" + DATA_SET + "&unit=00004&period=2026-07&v_T_MX=5", null);
        add(cases, "POST", "/indicators/approvals/{id}", "/indicators/approvals/" + f.submissionId, form, "approve=true", DemoFacts.HANOI_LEADER);
        // delivery: the procedure catalogue is loaded by ADMIN only
        add(cases, "PUT", "/api/delivery/procedures", json, "[{\"code\":\"MATRIX.1\",\"name\":\"Thủ tục lạ\",\"competence\":"
                + "\"PROVINCE\",\"handlingAgencies\":\"Sở X\",\"applicantKind\":\"CITIZEN\",\"feeVnd\":0,"
                + "\"fullyOnlineEligible\":true,\"onlineLevel\":\"FULL\",\"populationData\":true}]", null);
        add(cases, "POST", "/api/delivery/procedures/import (multipart)", "/api/delivery/procedures/import", "multipart",
                "code,name\nMATRIX.2,x\n", null);
        // delivery: the working-day calendar is edited by ADMIN only
        add(cases, "PUT", "/api/delivery/calendar/{day}", "/api/delivery/calendar/2097-01-02", json,
                "{\"kind\":\"DAY_OFF\",\"nameVi\":\"Nghỉ lạ\",\"nameEn\":\"x\",\"source\":\"x\"}", null);
        add(cases, "DELETE", "/api/delivery/calendar/{day}", "/api/delivery/calendar/2026-02-17", null, null, null);
        // delivery: events for unit 00004 only by its officers, those above it and ADMIN; the repair by ADMIN
        add(cases, "POST", "/api/delivery/events", "/api/delivery/events", json, "[{\"kind\":\"DOSSIER_RECEIVED\","
                + "\"dossier\":\"MATRIX-D1\",\"unit\":\"00004\",\"procedure\":\"MATRIX.1\",\"at\":\"2026-11-02T09:00:00+07:00\","
                + "\"channel\":\"ONLINE\",\"workingDays\":5}]", null);
        add(cases, "POST", "/api/delivery/events/import (multipart)", "/api/delivery/events/import", "multipart",
                "kind,dossier,unit,procedure,at,channel,workingDays\nDOSSIER_RECEIVED,MATRIX-D2,00004,MATRIX.1,"
                + "2026-11-02T09:00:00+07:00,ONLINE,5\n", null);
        add(cases, "POST", "/api/admin/delivery/rebuild", json, "{}", null);
        // delivery: how deep the index is published as open data, by ADMIN only
        add(cases, "PUT", "/api/admin/delivery/publication", json, "{\"level\":\"PROVINCE\"}", null);
        // assessment: the framework loader is ADMIN's; reviews are the province's; the enterprise side takes an
        // enterprise session (anonymous: no CSRF token, refused; staff credentials: not an enterprise, refused)
        add(cases, "POST", "/api/admin/assessment/frameworks", "application/yaml", "code: matrix\nversion: 1\n", null);
        add(cases, "POST", "/api/assessment/reviews/{ref}/sample", "/api/assessment/reviews/" + f.assessmentRef + "/sample", json,
                "{}", null);
        add(cases, "POST", "/api/assessment/reviews/{ref}/adjustments", "/api/assessment/reviews/" + f.assessmentRef
                + "/adjustments", json, "{\"criterion\":\"P2C1\",\"answer\":\"no\",\"reason\":\"x\"}", null);
        // assessment: completed assessments imported in bulk by ADMIN or the staff of every province in the batch
        add(cases, "POST", "/api/assessment/imports", json, "{\"framework\":\"sme-dx\",\"assessments\":[{\"taxCode\":"
                + "\"0100109106\",\"name\":\"X\",\"vsic\":\"4711\",\"sizeClass\":\"SMALL\",\"provinceCode\":\"01\","
                + "\"email\":\"x@example.com\",\"answers\":{\"P2C1\":\"no\"}}]}", null);
        add(cases, "POST", "/api/assessment/enterprises", json, "{\"taxCode\":\"0100109106\",\"name\":\"X\",\"vsic\":\"4711\","
                + "\"sizeClass\":\"SMALL\",\"provinceCode\":\"01\",\"email\":\"x@example.com\"}", null);
        add(cases, "POST", "/api/assessment/enterprises/link", json, "{\"taxCode\":\"0100109106\",\"email\":\"x@example.com\"}",
                null);
        add(cases, "POST", "/api/assessment/session", json, "{\"token\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}", null);
        add(cases, "DELETE", "/api/assessment/session", null, null, null);
        add(cases, "POST", "/api/assessment/me/assessments", json, "{\"framework\":\"sme-dx\"}", null);
        add(cases, "PUT", "/api/assessment/me/assessments/{ref}/answers", "/api/assessment/me/assessments/" + f.assessmentRef
                + "/answers", json, "{\"P2C1\":{\"value\":\"no\"}}", null);
        add(cases, "POST", "/api/assessment/me/assessments/{ref}/completion", "/api/assessment/me/assessments/" + f.assessmentRef
                + "/completion", json, "{}", null);
        add(cases, "POST", "/assessment/sign-up", form, "taxCode=0100109106&name=X&vsic=4711&sizeClass=SMALL&provinceCode=01"
                + "&email=x%40example.com", null);
        add(cases, "POST", "/assessment/verify", form, "token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", null);
        add(cases, "POST", "/assessment/self/start", form, "framework=sme-dx", null);
        add(cases, "POST", "/assessment/self/{ref}", "/assessment/self/" + f.assessmentRef, form, "a_P2C1=no&complete=", null);
        add(cases, "POST", "/assessments/reviews/{ref}/sample", "/assessments/reviews/" + f.assessmentRef + "/sample", form, "", null);
        add(cases, "POST", "/assessments/reviews/{ref}/adjust", "/assessments/reviews/" + f.assessmentRef + "/adjust", form,
                "criterion=P2C1&answer=no&reason=x", null);
        // agencies' self-assessments: only the agency's own OFFICERs and LEADERs answer; only ADMIN (MOST) appraises
        String agency = "/api/assessment/agencies/" + f.agencyRef;
        add(cases, "POST", "/api/assessment/agencies", json, "{\"unit\":\"01\",\"framework\":\"dti-province\",\"year\":2026}", null);
        add(cases, "PUT", "/api/assessment/agencies/{ref}/answers", agency + "/answers", json, "{\"G1C1\":{\"value\":\"full\"}}", null);
        add(cases, "POST", "/api/assessment/agencies/{ref}/evidence (multipart)", agency + "/evidence?criterion=G1C2", multipart,
                "%PDF-1.4 x", null);
        add(cases, "POST", "/api/assessment/agencies/{ref}/submission", agency + "/submission", json, "{}", null);
        add(cases, "POST", "/api/assessment/agencies/{ref}/adjustments", agency + "/adjustments", json,
                "{\"criterion\":\"G1C1\",\"answer\":\"none\",\"reason\":\"x\"}", null);
        add(cases, "POST", "/api/assessment/agencies/{ref}/appraisal", agency + "/appraisal", json, "{}", null);
        String agencyPage = "/assessments/agencies/" + f.agencyRef;
        add(cases, "POST", "/assessments/agencies/start", form, "unit=01&framework=dti-province&year=2026", null);
        add(cases, "POST", "/assessments/agencies/{ref}", agencyPage, form, "a_G1C1=full&submit=", null);
        add(cases, "POST", "/assessments/agencies/{ref}/evidence", agencyPage + "/evidence?criterion=G1C2", multipart,
                "%PDF-1.4 x", null);
        add(cases, "POST", "/assessments/agencies/{ref}/adjust", agencyPage + "/adjust", form,
                "criterion=G1C1&answer=none&reason=x", null);
        add(cases, "POST", "/assessments/agencies/{ref}/appraise", agencyPage + "/appraise", form, "", null);
        // notifications: one's own only; another's is not found (404) and stays unread
        add(cases, "POST", "/api/notifications/{id}/read", "/api/notifications/" + f.notificationId + "/read", json, "{}", null);
        add(cases, "POST", "/notifications/{id}/read", "/notifications/" + f.notificationId + "/read", form, "", null);
        return cases;
    }

    private static void add(Map<String, Case> cases, String method, String pattern, String contentType, String body,
            String fourEyes) {
        add(cases, method, pattern, pattern, contentType, body, fourEyes);
    }

    private static void add(Map<String, Case> cases, String method, String pattern, String path, String contentType,
            String body, String fourEyes) {
        cases.put(method + " " + pattern, new Case(method, path, contentType, body, fourEyes));
    }

    private Client.Reply send(Client client, Case c) {
        if ("multipart".equals(c.contentType())) {
            String boundary = "----matrix" + System.nanoTime();
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file.csv\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n" + c.body() + "\r\n--" + boundary + "--\r\n";
            return client.post(c.path(), "multipart/form-data; boundary=" + boundary, body);
        }
        return switch (c.method()) {
            case "POST" -> client.post(c.path(), c.contentType(), c.body() == null ? "" : c.body());
            case "PUT" -> client.put(c.path(), c.contentType(), c.body());
            case "DELETE" -> client.delete(c.path());
            default -> throw new IllegalStateException(c.method());
        };
    }

    /** Change records: everything on the audit trail but refusals and sign-ins. */
    private long changes() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action NOT IN ('ACCESS_DENIED', 'FOUR_EYES_REFUSED',"
                + " 'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_IN_LOCKED')").query(Long.class).single();
    }

    private long refusals(String actor) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action IN ('ACCESS_DENIED', 'FOUR_EYES_REFUSED') AND actor = ?")
                .param(actor).query(Long.class).single();
    }

    private Map<String, String> snapshot(Fixtures f) {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Map<String, String> state = new LinkedHashMap<>();
        for (String path : List.of("/api/tasks/" + f.taskId, "/api/tasks/" + f.ownTaskId, "/api/indicators/submissions/"
                + f.submissionId, "/api/org-units/00004/focal-point", "/api/quality/sources/" + f.sourceId + "/scans",
                "/api/admin/tokens", "/api/admin/users/" + PERSONAL_OWNER + "/tokens", "/api/admin/deputies", "/api/users", "/api/quality/units/00004/files",
                "/api/admin/quality/hosts", "/api/indicators/submissions?unit=00004&limit=500",
                "/api/assessment/reviews/" + f.assessmentRef, "/api/assessment/frameworks",
                "/api/assessment/agencies/" + f.agencyRef)) {
            state.put(path, admin.get(path).body());
        }
        state.put("notification", jdbc.sql("SELECT read_at FROM notification WHERE id = ?")
                .param(f.notificationId).query((rs, n) -> String.valueOf(rs.getObject(1))).list().toString());
        state.put("users", jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single().toString());
        return state;
    }

    static final class Fixtures {
        long tokenId;
        long personalTokenId;
        long deputyId;
        long sourceId;
        long taskId;
        long ownTaskId;
        long submissionId;
        long notificationId;
        String assessmentRef;
        String agencyRef;
    }

    private Fixtures fixtures() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Fixtures f = new Fixtures();
        account(admin, OTHER_PROVINCE, "OFFICER", "79");
        account(admin, OTHER_MINISTRY, "LEADER", "BTP");
        if (jdbc.sql("SELECT COUNT(*) FROM data_set WHERE code = ?").param(DATA_SET).query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO data_set (code, name_vi, name_en, period_type, deadline_days) VALUES (?, 'Thử ma trận',"
                    + " 'Matrix test', 'MONTHLY', 5)").param(DATA_SET).update();
            jdbc.sql("INSERT INTO data_element (code, data_set_code, name_vi, name_en, value_type, tree_aggregation,"
                    + " time_aggregation) VALUES ('T_MX', ?, 'Thử', 'Test', 'NUMBER', 'SUM', 'LAST')").param(DATA_SET).update();
            catalogue.reload();
        }
        f.tokenId = admin.post("/api/admin/tokens", Map.of("name", "matrix-" + System.nanoTime(), "role", "VIEWER"))
                .json().get("token").get("id").asLong();
        TestFixtures.account(port, PERSONAL_OWNER, "OFFICER", "79");
        f.personalTokenId = Api.as(port, PERSONAL_OWNER).post("/api/me/tokens", Map.of("name", "matrix-" + System.nanoTime(),
                "expiresOn", TestFixtures.today().plusDays(9).toString())).json().get("token").get("id").asLong();
        // a deputy named and revoked at once: revoking it again must still be refused to others
        f.deputyId = admin.post("/api/admin/deputies", Map.of("unitCode", DemoFacts.BA_DINH, "username", DemoFacts.BADINH_OFFICER,
                "reason", "Ma trận phân quyền")).json().get("id").asLong();
        admin.delete("/api/admin/deputies/" + f.deputyId);
        f.sourceId = Api.as(port, DemoFacts.BADINH_OFFICER).post("/api/quality/sources", Map.of("ownerUnit", DemoFacts.BA_DINH, "name",
                "CSDL ma trận " + System.nanoTime(), "nationalDatabase", "Cơ sở dữ liệu quốc gia về dân cư", "kind", "UPLOAD"))
                .json().get("id").asLong();
        f.taskId = task(admin, "MATRIX-TASK-" + System.nanoTime(), DemoFacts.BA_DINH);
        Api.as(port, DemoFacts.BADINH_OFFICER).post("/api/tasks/" + f.taskId + "/reports", Map.of("percent", 100, "evidenceKind", "LINK",
                "evidenceReference", "https://badinh.hanoi.gov.vn/ma-tran"));
        // the city leader reports the city's own deliverable: accepting it would be his own
        f.ownTaskId = task(admin, "MATRIX-OWN-" + System.nanoTime(), "01");
        Api.Reply reported = Api.as(port, DemoFacts.HANOI_LEADER).post("/api/tasks/" + f.ownTaskId + "/reports", Map.of("percent", 100,
                "evidenceKind", "LINK", "evidenceReference", "https://hanoi.gov.vn/ma-tran"));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        // the city leader submits for one of his communes: approving it would be his own
        Api.Reply submitted = Api.as(port, DemoFacts.HANOI_LEADER).post("/api/indicators/submissions", Map.of("dataSet", DATA_SET,
                "unit", DemoFacts.BA_DINH, "period", "2026-06", "values", Map.of("T_MX", 4)));
        assertThat(submitted.status()).as(submitted.toString()).isIn(201, 200);
        f.submissionId = submitted.json().get("id").asLong();
        f.assessmentRef = vn.steerboard.assessment.EnterpriseClient.completedAssessment(port, jdbc, "01");
        // Hà Nội's compliance review of 2025, a draft: answered, attached to, submitted and appraised by no one here
        Api.Reply agency = Api.as(port, DemoFacts.HANOI_OFFICER).post("/api/assessment/agencies", Map.of("unit", "01",
                "framework", "data-governance", "year", 2025));
        assertThat(agency.status()).as(agency.toString()).isEqualTo(201);
        f.agencyRef = agency.json().get("ref").asString();
        f.notificationId = jdbc.sql("SELECT MIN(id) FROM notification WHERE recipient = 'badinh.officer'")
                .query(Long.class).optional().orElse(999_999_999L);
        return f;
    }

    private long task(Api admin, String code, String lead) {
        Map<String, Object> draft = new HashMap<>(Map.of("code", code, "planCode", DemoFacts.PLAN_2026, "title", "Ma trận phân quyền",
                "leadUnit", lead, "approverUnit", "01", "responsiblePerson", "Trần Thị Bình", "deliverable", "Báo cáo",
                "sourceDate", "2026-01-05", "startDate", "2026-01-10"));
        draft.put("deadline", "2027-06-30");
        Api.Reply created = admin.post("/api/tasks", draft);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private void account(Api admin, String username, String role, String unit) {
        if (!admin.get("/api/users").body().contains("\"" + username + "\"")) {
            Api.Reply created = admin.post("/api/admin/users", Map.of("username", username, "displayName", "Ma trận " + username,
                    "password", PASSWORD, "role", role, "unitCode", unit));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
    }

    private static String abbreviate(String body) {
        String text = body == null ? "" : body.replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
