package vn.steerboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestDatabase;
import vn.steerboard.support.DemoFacts;

@IntegrationTest
class AuditChainTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail trail;

    private JsonNode verify() {
        return Api.as(port, DemoFacts.ADMIN).get("/api/admin/audit/verify").json();
    }

    private void makeSomeChanges() {
        Api officer = Api.as(port, DemoFacts.BADINH_OFFICER);
        officer.put("/api/org-units/00004/focal-point", Map.of("fullName", "Trần Thị Bình", "phone", "0912 345 678"));
        officer.get("/api/org-units/00008/focal-point"); // refused, and audited
    }

    /** Tampers as an attacker with direct database access would, then puts things back. */
    private void tamper(String sql, Object... args) {
        if (TestDatabase.onPostgres()) {
            jdbc.execute("ALTER TABLE audit_record DISABLE TRIGGER audit_record_append_only");
        }
        try {
            jdbc.update(sql, args);
        } finally {
            if (TestDatabase.onPostgres()) {
                jdbc.execute("ALTER TABLE audit_record ENABLE TRIGGER audit_record_append_only");
            }
        }
    }

    @Test
    void chainVerifiesAfterChanges() {
        makeSomeChanges();
        JsonNode result = verify();
        assertThat(result.get("intact").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("recordsChecked").asLong()).isGreaterThan(3);
    }

    @Test
    void verificationNamesTheFirstAlteredRecord() {
        makeSomeChanges();
        long seq = jdbc.queryForObject("SELECT MAX(seq) FROM audit_record WHERE action = 'UPDATE'", Long.class);
        String original = jdbc.queryForObject("SELECT after_value FROM audit_record WHERE seq = ?", String.class, seq);
        tamper("UPDATE audit_record SET after_value = ? WHERE seq = ?", "{\"fullName\":\"Someone Else\"}", seq);
        try {
            JsonNode result = verify();
            assertThat(result.get("intact").asBoolean()).isFalse();
            assertThat(result.get("firstBrokenSeq").asLong()).isEqualTo(seq);
            assertThat(result.get("reason").asString()).contains("altered");
        } finally {
            tamper("UPDATE audit_record SET after_value = ? WHERE seq = ?", original, seq);
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void verificationNoticesADeletedRecord() {
        makeSomeChanges();
        long seq = jdbc.queryForObject("SELECT MAX(seq) FROM audit_record", Long.class) - 1;
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_record WHERE seq = ?", seq);
        tamper("DELETE FROM audit_record WHERE seq = ?", seq);
        try {
            JsonNode result = verify();
            assertThat(result.get("intact").asBoolean()).isFalse();
            assertThat(result.get("firstBrokenSeq").asLong()).isEqualTo(seq);
            assertThat(result.get("reason").asString()).contains("missing");
        } finally {
            tamper("INSERT INTO audit_record (seq, occurred_at, actor, action, entity_type, entity_id, unit_code,"
                    + " before_value, after_value, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    row.get("seq"), row.get("occurred_at"), row.get("actor"), row.get("action"), row.get("entity_type"),
                    row.get("entity_id"), row.get("unit_code"), row.get("before_value"), row.get("after_value"),
                    row.get("detail"), row.get("prev_hash"), row.get("hash"));
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void postgresRefusesUpdatesOfAuditRecords() {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.onPostgres(), "a PostgreSQL trigger");
        makeSomeChanges();
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_record SET actor = 'x' WHERE seq = 1"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_record WHERE seq = 1"))
                .hasMessageContaining("append-only");
    }

    @Test
    void onlyAdminsReadTheTrail() {
        assertThat(Api.as(port, DemoFacts.BADINH_OFFICER).get("/api/admin/audit").status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get("/api/admin/audit/verify").status()).isEqualTo(401);
    }
}
