package vn.steerboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;

/**
 * The one-stop shops' event files are hostile until checked: a path for a name, bytes that are not the format they
 * claim, JSON nested to exhaust the parser, a spreadsheet formula or control characters in a field, a personal id
 * that must not be echoed. Each is refused with a 400 naming what is wrong, never a 500, and nothing is stored.
 */
@IntegrationTest
class DeliveryHostileFilesTest {

    private static final String IMPORT = "/api/delivery/events/import";
    private static final String HEADER = "kind,dossier,unit,procedure,at,channel,workingDays,applicantName,applicantId\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long events() {
        return jdbc.sql("SELECT COUNT(*) FROM delivery_event").query(Long.class).single();
    }

    private Api.Reply upload(String name, byte[] content) {
        return Api.as(port, "admin").upload(IMPORT, name, content);
    }

    @Test
    void aPathForAFileNameIsRefusedAndNothingIsRead() {
        long before = events();
        Api.Reply reply = upload("../../../etc/passwd", "root:x:0:0".getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("parameter").asString()).isEqualTo("file");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void bytesThatAreNotASpreadsheetAreA400NotA500() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        Api.Reply reply = upload("events.xlsx", garbage);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at vn.");
    }

    @Test
    void jsonNestedToExhaustTheParserIsARowProblem() {
        long before = events();
        String deep = "{\"kind\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}\n";
        Api.Reply reply = upload("events.ndjson", deep.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body().substring(0, Math.min(300, reply.body().length()))).isEqualTo(400);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void formulasControlCharactersAndBadPersonalIdsAreRefusedNamingRowAndField() {
        long before = events();
        String csv = HEADER
                + "DOSSIER_RECEIVED,HOSTILE-1,00004,T16.EV.P1,2026-11-12T09:00:00+07:00,ONLINE,5,\"=HYPERLINK(\"\"http://x\"\")\",\n"
                + "DOSSIER_RECEIVED,HOSTILE';--2,00004,T16.EV.P1,2026-11-12T09:00:00+07:00,ONLINE,5,An,\n"
                + "DOSSIER_RECEIVED,HOSTILE-3,00004,T16.EV.P1,2026-11-12T09:00:00+07:00,ONLINE,5,An,0123456789012345\n";
        Api.Reply reply = upload("events.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        String errors = reply.json().get("errors").toString();
        assertThat(errors).contains("\"row\":2").contains("applicantName");
        assertThat(errors).contains("\"row\":3").contains("dossier");
        assertThat(errors).contains("\"row\":4").contains("applicantId");
        assertThat(reply.body()).as("a personal id is never echoed").doesNotContain("0123456789012345");
        // a bidi override is refused where the file's text is read, like a control character: named, echoed as an
        // escape, not obeyed
        String override = HEADER
                + "DOSSIER_RECEIVED,HOSTILE-4,00004,T16.EV.P1,2026-11-12T09:00:00+07:00,ONLINE,5,An,\n"
                + "DOSSIER_RECEIVED,HOSTILE-5,00004,T16.EV.P1,2026-11-12T09:00:00+07:00,ONLINE,5,An\u202Eexe.fdp,\n";
        Api.Reply bidi = upload("events.csv", override.getBytes(StandardCharsets.UTF_8));
        assertThat(bidi.status()).as(bidi.body()).isEqualTo(400);
        assertThat(bidi.json().get("errors").toString()).contains("\"row\":3").contains("applicantName").contains("U+202E");
        assertThat(bidi.body()).doesNotContain("\u202E").contains("\\u202e");
        assertThat(events()).isEqualTo(before);
    }
}
