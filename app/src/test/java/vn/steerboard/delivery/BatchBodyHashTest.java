package vn.steerboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.delivery.internal.Ingest;

/**
 * A batch's events are serialised once (each event's JSON is its stored payload), and the body's hash over them is
 * the hash of the list serialised at once, as it was computed before: a batch stored earlier and sent again with its
 * key is still recognised as the same body, not refused as a key reused for another.
 */
class BatchBodyHashTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theBodysHashIsTheHashOfTheListAndThePayloadsAreEachEventsJson() throws Exception {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-02T09:00:00+07:00");
        List<DeliveryEvent> batch = List.of(
                new DeliveryEvent(EventKind.DOSSIER_RECEIVED, "H-1", null, "00004", "P1", at, Channel.ONLINE, 5, true, false,
                        null, null, null, null, null, null, null, null, null, "Nguyễn Thị \"Bé\"\t\\", null, null),
                new DeliveryEvent(EventKind.STATUS_CHANGED, "H-1", null, "00004", null, at.plusHours(2), null, null, null, null,
                        DossierStatus.IN_PROGRESS, null, null, null, null, null, null, null, null, null, null, true));
        Ingest.Body body = DeliveryEvents.body(json, batch);
        String whole = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(json.writeValueAsString(batch).getBytes(StandardCharsets.UTF_8)));
        assertThat(body.sha256()).isEqualTo(whole);
        assertThat(body.payloads().stream().map(p -> new String(p, java.nio.charset.StandardCharsets.UTF_8)))
                .containsExactly(json.writeValueAsString(batch.get(0)), json.writeValueAsString(batch.get(1)));
        assertThat(DeliveryEvents.body(json, List.of(batch.get(1), batch.get(0))).sha256()).isNotEqualTo(whole);
    }
}
