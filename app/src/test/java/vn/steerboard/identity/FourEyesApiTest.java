package vn.steerboard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.DemoFacts;

/**
 * Four eyes: nobody approves, returns or accepts what they submitted or reported, ADMIN included; a deputy named
 * by an ADMIN approves instead. Every refusal is a 403 problem detail and on the audit trail, and changes nothing.
 */
@IntegrationTest
class FourEyesApiTest {

    private static final String DATA_SET = "T_FOUR_EYES";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorCatalogue catalogue;

    @BeforeEach
    void ownDataSet() {
        if (jdbc.sql("SELECT COUNT(*) FROM data_set WHERE code = ?").param(DATA_SET).query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO data_set (code, name_vi, name_en, period_type, deadline_days) VALUES (?, 'Thử bốn mắt',"
                    + " 'Four eyes test', 'MONTHLY', 5)").param(DATA_SET).update();
            jdbc.sql("INSERT INTO data_element (code, data_set_code, name_vi, name_en, value_type, tree_aggregation,"
                    + " time_aggregation) VALUES ('T_FE', ?, 'Thử', 'Test', 'NUMBER', 'SUM', 'LAST')").param(DATA_SET).update();
            catalogue.reload();
        }
    }

    private long submit(Api who, String unit, String period) {
        Api.Reply reply = who.post("/api/indicators/submissions", Map.of("dataSet", DATA_SET, "unit", unit, "period", period,
                "values", Map.of("T_FE", 7)));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    /** A decision on what the decider is shown now: the level awaited (or reached) and the version. */
    private Api.Reply decide(Api who, long id, boolean approve) {
        JsonNode shown = state(id);
        Map<String, Object> body = new HashMap<>(approve ? Map.of("approve", true)
                : Map.of("approve", false, "note", "Kiểm tra lại số liệu"));
        JsonNode level = shown.get("nextLevel").isNull() ? shown.get("approvedThrough") : shown.get("nextLevel");
        body.put("level", level.isNull() ? null : level.asString());
        body.put("version", shown.get("version").asLong());
        return who.post("/api/indicators/submissions/" + id + "/approval", body);
    }

    private JsonNode state(long id) {
        return Api.as(port, DemoFacts.ADMIN).get("/api/indicators/submissions/" + id).json();
    }

    private long refusals(String actor, String entityId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'FOUR_EYES_REFUSED' AND actor = ? AND entity_id = ?")
                .params(actor, entityId).query(Long.class).single();
    }

    private void assertFourEyesRefusal(Api.Reply reply, String actor) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).endsWith("/four-eyes");
        assertThat(reply.json().get("detail").asString()).contains("Four eyes").contains(actor);
    }

    @Test
    void aLeaderNeitherApprovesNorReturnsHisOwnSubmissionButADeputyNamedByAnAdminDoes() {
        Api leader = Api.as(port, DemoFacts.HANOI_LEADER);
        Api admin = Api.as(port, DemoFacts.ADMIN);
        long id = submit(leader, "01", "2026-01");
        String before = state(id).toString();

        assertFourEyesRefusal(decide(leader, id, true), DemoFacts.HANOI_LEADER);
        assertFourEyesRefusal(decide(leader, id, false), DemoFacts.HANOI_LEADER);
        assertThat(refusals(DemoFacts.HANOI_LEADER, String.valueOf(id))).isEqualTo(2);
        assertThat(state(id).toString()).isEqualTo(before);
        assertThat(state(id).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(state(id).get("approvedThrough").isNull()).isTrue();

        // the province's officer may not approve, until an ADMIN names him deputy approver for the province
        assertThat(decide(Api.as(port, DemoFacts.HANOI_OFFICER), id, true).status()).isEqualTo(403);
        Api.Reply named = admin.post("/api/admin/deputies", Map.of("unitCode", "01", "username", DemoFacts.HANOI_OFFICER,
                "reason", "Lãnh đạo duy nhất của Thành phố là người gửi báo cáo"));
        assertThat(named.status()).as(named.toString()).isEqualTo(201);
        long deputy = named.json().get("id").asLong();
        try {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'NAME_DEPUTY' AND entity_id = ? AND actor = 'admin'")
                    .param(String.valueOf(deputy)).query(Long.class).single()).isEqualTo(1);
            Api.Reply approved = decide(Api.as(port, DemoFacts.HANOI_OFFICER), id, true);
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            assertThat(approved.json().get("approvedThrough").asString()).isEqualTo("01");
            assertThat(approved.json().get("nextLevel").asString()).isEqualTo("VN");
            // the deputy's own submission is not his to approve either
            long own = submit(Api.as(port, DemoFacts.HANOI_OFFICER), "01", "2026-02");
            assertFourEyesRefusal(decide(Api.as(port, DemoFacts.HANOI_OFFICER), own, true), DemoFacts.HANOI_OFFICER);
            // ...but the leader's, who did not submit it
            assertThat(decide(leader, own, true).status()).isEqualTo(200);
            // the national level: an ADMIN who did not submit
            Api.Reply national = decide(admin, id, true);
            assertThat(national.status()).as(national.toString()).isEqualTo(200);
            assertThat(national.json().get("status").asString()).isEqualTo("APPROVED");
        } finally {
            assertThat(admin.delete("/api/admin/deputies/" + deputy).status()).isEqualTo(200);
        }
        long later = submit(leader, "01", "2026-03");
        assertThat(decide(Api.as(port, DemoFacts.HANOI_OFFICER), later, true).status()).as("revoked deputy").isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'REVOKE_DEPUTY' AND entity_id = ?")
                .param(String.valueOf(deputy)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAdminDoesNotApproveWhatHeSubmittedNorReopenItAnotherAdminDoes() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Api other = Api.secondAdmin(port);
        long id = submit(admin, "BKHCN", "2026-04");
        assertFourEyesRefusal(decide(admin, id, true), DemoFacts.ADMIN);
        assertThat(refusals(DemoFacts.ADMIN, String.valueOf(id))).isEqualTo(1);
        assertThat(state(id).get("approvedThrough").isNull()).isTrue();
        assertThat(decide(other, id, true).json().get("approvedThrough").asString()).isEqualTo("BKHCN");
        assertFourEyesRefusal(decide(admin, id, true), DemoFacts.ADMIN);
        assertThat(decide(other, id, true).json().get("status").asString()).isEqualTo("APPROVED");
        // reopening fully approved values is an ADMIN's, but not the submitter's
        assertFourEyesRefusal(decide(admin, id, false), DemoFacts.ADMIN);
        assertThat(state(id).get("status").asString()).isEqualTo("APPROVED");
        assertThat(decide(other, id, false).json().get("status").asString()).isEqualTo("RETURNED");
        // values pushed in bulk count as submitted too
        Api.Reply pushed = admin.post("/api/indicators/values", Map.of("values", java.util.List.of(Map.of("dataSet", DATA_SET,
                "unit", "BKHCN", "period", "2026-05", "element", "T_FE", "value", 3))));
        assertThat(pushed.status()).as(pushed.toString()).isEqualTo(200);
        long pushedId = pushed.json().get("submissionIds").get(0).asLong();
        assertFourEyesRefusal(decide(admin, pushedId, true), DemoFacts.ADMIN);
    }

    @Test
    void deputiesMustBeAbleToSeeTheUnitAndOnlyAnAdminNamesThem() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Api.Reply viewer = admin.post("/api/admin/deputies", Map.of("unitCode", "01", "username", DemoFacts.VIEWER, "reason", "x"));
        assertThat(viewer.status()).isEqualTo(400);
        assertThat(viewer.json().get("parameter").asString()).isEqualTo("username");
        Api.Reply commune = admin.post("/api/admin/deputies", Map.of("unitCode", "01", "username", DemoFacts.BADINH_OFFICER, "reason", "x"));
        assertThat(commune.status()).isEqualTo(400);
        Api.Reply unit = admin.post("/api/admin/deputies", Map.of("unitCode", "NOPE", "username", DemoFacts.HANOI_OFFICER, "reason", "x"));
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.json().get("parameter").asString()).isEqualTo("unitCode");
        Api.Reply noReason = admin.post("/api/admin/deputies", Map.of("unitCode", "01", "username", DemoFacts.HANOI_OFFICER, "reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("parameter").asString()).isEqualTo("reason");
        Api.Reply byLeader = Api.as(port, DemoFacts.HANOI_LEADER).post("/api/admin/deputies", Map.of("unitCode", "01",
                "username", DemoFacts.HANOI_OFFICER, "reason", "tự chỉ định"));
        assertThat(byLeader.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM approval_deputy WHERE revoked_at IS NULL").query(Long.class).single()).isZero();
    }

    @Test
    void whoeverReportedATaskDoesNotAcceptItADeputyDoes() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Map<String, Object> draft = new HashMap<>(Map.of("code", "FOUR-EYES-TASK-1", "planCode", DemoFacts.PLAN_2026,
                "title", "Số hóa hồ sơ lưu trữ của Thành phố", "leadUnit", "01", "approverUnit", "01",
                "responsiblePerson", "Nguyễn Văn An", "deliverable", "Kho hồ sơ số", "sourceDate", "2026-01-05",
                "startDate", "2026-01-10"));
        draft.put("deadline", "2027-06-30");
        Api.Reply created = admin.post("/api/tasks", draft);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Api leader = Api.as(port, DemoFacts.HANOI_LEADER);
        assertThat(leader.post("/api/tasks/" + id + "/reports", Map.of("percent", 100, "evidenceKind", "LINK",
                "evidenceReference", "https://hanoi.gov.vn/ho-so-so")).status()).isEqualTo(201);

        Api.Reply self = leader.post("/api/tasks/" + id + "/acceptance", Map.of("decision", "ACCEPTED"));
        assertFourEyesRefusal(self, DemoFacts.HANOI_LEADER);
        assertThat(refusals(DemoFacts.HANOI_LEADER, "FOUR-EYES-TASK-1")).isEqualTo(1);
        JsonNode task = admin.get("/api/tasks/" + id).json();
        assertThat(task.get("acceptedOn").isNull()).isTrue();
        assertThat(task.get("awaitingAcceptance").asBoolean()).isTrue();

        long deputy = admin.post("/api/admin/deputies", Map.of("unitCode", "01", "username", DemoFacts.HANOI_OFFICER,
                "reason", "Nghiệm thu thay lãnh đạo đã báo cáo")).json().get("id").asLong();
        try {
            Api.Reply accepted = Api.as(port, DemoFacts.HANOI_OFFICER).post("/api/tasks/" + id + "/acceptance", Map.of("decision", "ACCEPTED",
                    "version", admin.get("/api/tasks/" + id).json().get("version").asLong()));
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
            assertThat(accepted.json().get("acceptedOn").isNull()).isFalse();
        } finally {
            admin.delete("/api/admin/deputies/" + deputy);
        }
    }
}
