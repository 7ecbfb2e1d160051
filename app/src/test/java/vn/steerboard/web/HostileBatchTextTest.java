package vn.steerboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.steerboard.support.Api;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;

/**
 * Text a sender controls inside an idempotent batch, where the batch is also hashed and its values reach SQL as array
 * parameters: an unpaired surrogate (written as a JSON escape, so the body itself is valid UTF-8) in a value or in an
 * object's key, and a unit code shaped as an injection. Each is a 400 problem naming what is wrong, never a 500, and
 * nothing of the batch is kept: no idempotency record, no event, no roll-up.
 */
@IntegrationTest
class HostileBatchTextTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void indicatorValuesWithALoneSurrogateAreRefusedAndTheKeyIsNotKept() {
        String key = "hostile-values-" + UUID.randomUUID();
        String month = TestFixtures.MONTH;
        for (String body : List.of(
                "{\"values\":[{\"element\":\"TTHC_TONG\",\"unit\":\"04\\ud800\",\"period\":\"" + month + "\",\"value\":1}]}",
                "{\"values\":[{\"element\":\"TTHC_TONG\",\"unit\":\"04\",\"period\":\"" + month + "\",\"value\":1,"
                        + "\"\\udc00\":2}]}",
                "{\"values\":[{\"element\":\"TTHC_TONG\\udbff\",\"unit\":\"04\",\"period\":\"" + month + "\",\"value\":1}]}")) {
            Api.Reply reply = Api.as(port, DemoFacts.ADMIN).post("/api/indicators/values", body, "Idempotency-Key", key);
            assertThat(reply.status()).as(body + " → " + reply.body()).isEqualTo(400);
            assertThat(reply.contentType()).contains("application/problem+json");
            // named by its field (values[0].unit, values[0].element), or refused as unreadable where it is a key
            assertThat(reply.body()).as(body).contains("surrogate").doesNotContain("Exception");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ingest_request WHERE idempotency_key = ?").param(key).query(Long.class)
                .single()).isZero();
    }

    @Test
    void anAssessmentImportWithALoneSurrogateIsRefusedAndNothingIsImported() {
        String key = "hostile-import-" + UUID.randomUUID();
        String body = "{\"framework\":\"sme-dx\",\"assessments\":[{\"taxCode\":\"0100109106\",\"name\":\"C\\ud800ông ty\","
                + "\"vsic\":\"C\",\"sizeClass\":\"SMALL\",\"provinceCode\":\"01\",\"email\":\"a@example.com\",\"answers\":{}}]}";
        Api.Reply reply = Api.as(port, DemoFacts.ADMIN).post("/api/assessment/imports", body, "Idempotency-Key", key);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.body()).contains("unpaired surrogate", "\"parameter\":\"assessments[0].name\"");
        assertThat(reply.contentType()).contains("application/problem+json");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assessment_import WHERE idempotency_key = ?").param(key)
                .query(Long.class).single()).isZero();
    }

    /** The delivery roll-ups in one number: their rows and the dossiers and petitions they count. */
    private static final String TALLIES = "SELECT COUNT(*) + COALESCE(SUM(received + processed + pet_received), 0)"
            + " FROM delivery_tally";

    @Test
    void deliveryEventsWithAHostileUnitAreRefusedNamingTheRowAndNothingMoves() {
        long tallies = jdbc.sql(TALLIES).query(Long.class).single();
        String injection = "01'); DROP TABLE delivery_tally; --";
        String key = "hostile-events-" + UUID.randomUUID();
        String body = "[{\"kind\":\"DOSSIER_RECEIVED\",\"dossier\":\"HOSTILE-1\",\"unit\":\"" + injection
                + "\",\"at\":\"2026-11-05T09:00:00+07:00\",\"procedure\":\"DEMO.TTHC.PR001\",\"channel\":\"ONLINE\"},"
                + "{\"kind\":\"DOSSIER_RECEIVED\",\"dossier\":\"HOSTILE-2\",\"unit\":\"01\\ud800\","
                + "\"at\":\"2026-11-05T09:00:00+07:00\",\"procedure\":\"DEMO.TTHC.PR001\",\"channel\":\"ONLINE\"}]";
        Api.Reply reply = Api.as(port, DemoFacts.ADMIN).post("/api/delivery/events", body, "Idempotency-Key", key);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).contains("application/problem+json");
        assertThat(reply.body()).doesNotContain("SQLException", "PSQLException", "org.h2");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery_event WHERE batch_key = ?").param(key).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql(TALLIES).query(Long.class).single())
                .isEqualTo(tallies);
    }

    /**
     * Dossier ids shaped against the array the subjects' states are read by (quotes, braces, commas, a backslash, SQL),
     * read before any event is checked: each is data, the batch is refused naming the row and the field, nothing kept.
     */
    @Test
    void dossierIdsShapedAgainstTheStatesArrayAreRefusedNamingTheRowAndNothingMoves() {
        long tallies = jdbc.sql(TALLIES).query(Long.class).single();
        List<String> ids = List.of("x','y", "{a,b}", "\\\"q\\\"", "a\\\\b", "NULL", "1'); DELETE FROM delivery_dossier; --");
        StringBuilder body = new StringBuilder("[");
        for (String id : ids) {
            body.append(body.length() > 1 ? "," : "").append("{\"kind\":\"DOSSIER_RECEIVED\",\"dossier\":\"").append(id)
                    .append("\",\"unit\":\"01\",\"at\":\"2026-11-05T09:00:00+07:00\",\"procedure\":\"DEMO.TTHC.PR001\","
                            + "\"channel\":\"ONLINE\"}");
        }
        String key = "hostile-dossiers-" + UUID.randomUUID();
        long dossiers = jdbc.sql("SELECT COUNT(*) FROM delivery_dossier").query(Long.class).single();
        Api.Reply reply = Api.as(port, DemoFacts.ADMIN).post("/api/delivery/events", body.append("]").toString(),
                "Idempotency-Key", key);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).contains("application/problem+json");
        // every hostile id but NULL (a plain id) is named by its row
        assertThat(reply.body()).contains("\"row\":1", "\"row\":2", "\"row\":3", "\"row\":4", "\"row\":6")
                .doesNotContain("SQLException", "PSQLException", "org.h2");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery_event WHERE batch_key = ?").param(key).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery_dossier").query(Long.class).single()).isEqualTo(dossiers);
        assertThat(jdbc.sql(TALLIES).query(Long.class).single()).isEqualTo(tallies);
    }
}
