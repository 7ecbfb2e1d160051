package vn.steerboard.delivery.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.delivery.DeliveryEvent;

/**
 * An event as it is stored (delivery_event.payload) and as a batch's body is hashed: JSON without the fields the event
 * does not have, most of an event's two dozen (a status change has five). Payloads stored before kept them as nulls;
 * both read back as the same event, and a body is recognised by either hash ({@link Ingest.Body#matches}).
 */
public final class EventJson {

    /** How events are written now: absent fields left out. */
    public static final JsonMapper STORED = JsonMapper.builder()
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL)).build();

    /** How events were written before (every field, nulls too): only to recognise a body stored then. */
    static final JsonMapper EARLIER = JsonMapper.builder().build();

    private EventJson() {
    }

    /** The SHA-256 of the events as one JSON array, written the given way. */
    static String sha256(JsonMapper json, List<DeliveryEvent> events) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsBytes(events)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
