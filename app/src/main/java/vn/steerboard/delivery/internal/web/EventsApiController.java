package vn.steerboard.delivery.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.steerboard.delivery.DeliveryEvent;
import vn.steerboard.delivery.DeliveryEvents;
import vn.steerboard.delivery.EventBatch;
import vn.steerboard.delivery.RepairResult;

/** Dossier and petition events in (bulk API and file), and the ADMIN repair of the index. */
@RestController
@Tag(name = "Delivery: events and repair")
class EventsApiController {

    private final DeliveryEvents events;

    EventsApiController(DeliveryEvents events) {
        this.events = events;
    }

    @PostMapping("/api/delivery/events")
    @Operation(summary = "A batch of dossier/petition events (at most 10,000), all or nothing, once per Idempotency-Key;"
            + " ADMIN, or an OFFICER/LEADER for units in its subtree")
    EventBatch ingest(@RequestHeader(value = "Idempotency-Key", required = false) String key,
            @RequestBody List<DeliveryEvent> batch) {
        return events.ingest(key, batch);
    }

    @PostMapping(value = "/api/delivery/events/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "A file of events: .csv or .xlsx (header row of field names) or .ndjson; all or nothing")
    EventBatch importFile(@RequestHeader(value = "Idempotency-Key", required = false) String key,
            @RequestPart("file") MultipartFile file) throws IOException {
        return events.importFile(key, file.getOriginalFilename(), file.getBytes());
    }

    @PostMapping("/api/admin/delivery/rebuild")
    @Operation(summary = "Recompute every dossier, petition and roll-up from the events (ADMIN); says whether identical")
    RepairResult rebuild() {
        return events.rebuild();
    }
}
