package vn.steerboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.delivery.internal.EventJson;
import vn.steerboard.delivery.internal.Ingest;

/**
 * A batch's events are serialised once, without the fields an event does not have (each event's JSON is its stored
 * payload), and the body's hash over them is the hash of the list serialised at once. A batch stored when events were
 * written with every field (nulls too) and sent again with its key is still recognised as the same body, not refused
 * as a key reused for another; another body is not.
 */
class BatchBodyHashTest {

    private final JsonMapper every = JsonMapper.builder().build();

    private final OffsetDateTime at = OffsetDateTime.parse("2026-11-02T09:00:00+07:00");

    private final List<DeliveryEvent> batch = List.of(
            new DeliveryEvent(EventKind.DOSSIER_RECEIVED, "H-1", null, "00004", "P1", at, Channel.ONLINE, 5, true, false,
                    null, null, null, null, null, null, null, null, null, "Nguyễn Thị \"Bé\"\t\\", null, null),
            new DeliveryEvent(EventKind.STATUS_CHANGED, "H-1", null, "00004", null, at.plusHours(2), null, null, null, null,
                    DossierStatus.IN_PROGRESS, null, null, null, null, null, null, null, null, null, null, true));

    @Test
    void theBodysHashIsTheHashOfTheListAndThePayloadsAreEachEventsJsonWithoutAbsentFields() throws Exception {
        Ingest.Body body = DeliveryEvents.body(batch);
        assertThat(body.sha256()).isEqualTo(sha256(EventJson.STORED.writeValueAsString(batch)));
        List<String> payloads = body.payloads().stream().map(p -> new String(p, StandardCharsets.UTF_8)).toList();
        assertThat(payloads).containsExactly(EventJson.STORED.writeValueAsString(batch.get(0)),
                EventJson.STORED.writeValueAsString(batch.get(1)));
        assertThat(payloads.get(1)).doesNotContain("null", "petition", "applicantName")
                .contains("\"status\":\"IN_PROGRESS\"", "\"correction\":true");
        assertThat(payloads.get(0)).contains("\"applicantName\":\"Nguyễn Thị \\\"Bé\\\"\\t\\\\\"");
        // read back, a payload is the event a payload stored before (with its nulls) is
        for (int i = 0; i < batch.size(); i++) {
            DeliveryEvent now = EventJson.STORED.readValue(payloads.get(i), DeliveryEvent.class);
            assertThat(now).isEqualTo(EventJson.STORED.readValue(every.writeValueAsString(batch.get(i)), DeliveryEvent.class));
            assertThat(now.at()).isEqualTo(batch.get(i).at().toInstant().atOffset(java.time.ZoneOffset.UTC));
            assertThat(now.applicantName()).isEqualTo(batch.get(i).applicantName());
            assertThat(now.petition()).isNull();
        }
    }

    @Test
    void aBodyHashedAsBeforeIsRecognisedAndAnotherBodyIsNot() throws Exception {
        Ingest.Body body = DeliveryEvents.body(batch);
        String hashedBefore = sha256(every.writeValueAsString(batch));
        assertThat(hashedBefore).isNotEqualTo(body.sha256());
        assertThat(body.matches(hashedBefore)).as("stored by the earlier version").isTrue();
        assertThat(body.matches(body.sha256())).isTrue();
        Ingest.Body reordered = DeliveryEvents.body(List.of(batch.get(1), batch.get(0)));
        assertThat(reordered.matches(hashedBefore)).isFalse();
        assertThat(reordered.matches(body.sha256())).isFalse();
    }

    private static String sha256(String json) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
    }
}
