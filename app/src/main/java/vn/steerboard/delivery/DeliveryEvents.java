package vn.steerboard.delivery;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.PayloadTooLargeException;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.delivery.internal.DeliveryTexts;
import vn.steerboard.delivery.internal.EventFiles;
import vn.steerboard.delivery.internal.EventJson;
import vn.steerboard.delivery.internal.IndicatorValuesDrain;
import vn.steerboard.delivery.internal.Ingest;
import vn.steerboard.delivery.internal.Repair;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.registry.Registry;

/**
 * Dossier and petition events in, from the one-stop-shop systems: a batch (API body or file) is checked whole and
 * stored whole or not at all, under an idempotency key (a batch sent again is not counted again). ADMIN sends for
 * any unit; an OFFICER or LEADER only for units in its own subtree. The index's roll-ups change in the same
 * transaction; a {@link DeliveryFiguresChanged} per unit tells the live pages. The indicator values taken from them
 * are recorded a moment after the batch, once for every batch that came meanwhile ({@code IndicatorValuesDrain}): the
 * batch marks its months in its transaction, so none is lost.
 */
@Service
public class DeliveryEvents {

    public static final int MAX_BATCH = 10_000;
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{7,99}");
    private static final int MAX_UNIT_EVENTS = 50;

    private final Ingest ingest;
    private final Repair repair;
    private final IndicatorValuesDrain values;
    private final WorkingCalendar calendar;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Registry registry;
    private final VietnamTime time;
    private final ApplicationEventPublisher publisher;
    private final DeliveryTexts texts;

    DeliveryEvents(Ingest ingest, Repair repair, IndicatorValuesDrain values, WorkingCalendar calendar, AccessPolicy access,
            AuditTrail audit, Registry registry, VietnamTime time, ApplicationEventPublisher publisher, DeliveryTexts texts) {
        this.ingest = ingest;
        this.repair = repair;
        this.values = values;
        this.calendar = calendar;
        this.access = access;
        this.audit = audit;
        this.registry = registry;
        this.time = time;
        this.publisher = publisher;
        this.texts = texts;
    }

    /** A batch from the API: all or nothing, once per idempotency key. */
    public EventBatch ingest(String idempotencyKey, List<DeliveryEvent> events) {
        Actor actor = access.requireActor();
        List<DeliveryEvent> batch = events == null ? List.of() : events;
        Set<String> units = new TreeSet<>();
        batch.forEach(e -> {
            if (e != null && e.unit() != null && registry.exists(e.unit())) {
                units.add(e.unit());
            }
        });
        units.forEach(u -> access.requireSubmitter(u, "DELIVERY_EVENT", idempotencyKey));
        if (units.isEmpty() && !actor.isAdmin()) {
            access.requireAdmin("DELIVERY_EVENT", idempotencyKey);
        }
        checkKey(idempotencyKey);
        if (batch.isEmpty() || batch.size() > MAX_BATCH) {
            throw new PayloadTooLargeException(MAX_BATCH + " events", texts.get("delivery.event.batchSize", MAX_BATCH));
        }
        return write(idempotencyKey, batch, actor.name(), false);
    }

    /**
     * A file of events (.csv, .xlsx with the field names as header, or .ndjson, one event per line). Without an
     * idempotency key the file's SHA-256 is its key: the same file sent twice is counted once.
     */
    public EventBatch importFile(String idempotencyKey, String fileName, byte[] content) {
        access.requireActor();
        if (content.length > MAX_FILE_BYTES) {
            throw new PayloadTooLargeException(MAX_FILE_BYTES + " bytes", texts.get("delivery.event.fileSize", MAX_FILE_BYTES));
        }
        String key = idempotencyKey != null ? idempotencyKey : "file-" + hex(content);
        EventFiles.Read file = EventFiles.read(fileName, content, MAX_BATCH, texts);
        try {
            return ingest(key, file.events());
        } catch (vn.steerboard.common.RejectedFileException rejected) {
            // the checks number events by their place in the batch; a file's reader looks for its own line
            throw rejected.withProblems(rejected.problems().stream().map(file::onFileLine).toList());
        }
    }

    /** A batch of a system or demo seeder that runs without a signed-in user (audited under its name). */
    public EventBatch ingestAsSystem(String idempotencyKey, List<DeliveryEvent> events, String systemName) {
        checkKey(idempotencyKey);
        return write(idempotencyKey, events, systemName, true);
    }

    private EventBatch write(String key, List<DeliveryEvent> batch, String by, boolean system) {
        OffsetDateTime now = time.now();
        EventBatch written = ingest.run(key, body(batch), by, now, calendar.workingDays(), registry::exists, texts,
                outcome -> {
            // the online shares become indicator values (submission.SystemValues) once the batch is in: marked here
            values.mark(outcome.months(), now);
            AuditEvent event = new AuditEvent("INGEST", "DELIVERY_EVENT", key, outcome.units().size() == 1
                    ? outcome.units().iterator().next() : null, null, Map.of("accepted", outcome.batch().accepted(),
                            "subjects", outcome.batch().subjects(), "late", outcome.batch().late(),
                            "corrections", outcome.batch().corrections()), null, null);
            if (system) {
                audit.recordAs(by, event);
            } else {
                audit.record(event);
            }
            announce(outcome.units(), batch.size());
        }).batch();
        values.soon();
        return written;
    }

    /**
     * Records now the indicator values of every month a batch has moved and the background has not recorded yet (it
     * does a moment after each batch); returns how many months were recorded. For a caller that reads the values
     * right after its batches: a seeder, a benchmark.
     */
    public int recordIndicatorValues() {
        return values.drain().recorded();
    }

    /** How many months moved by batches still wait for their indicator values. */
    public long indicatorValuesPending() {
        return values.pending();
    }

    /** Recomputes every dossier, petition and roll-up from the events (ADMIN); the figures must come out the same. */
    public RepairResult rebuild() {
        access.requireAdmin("DELIVERY_INDEX", "rebuild");
        return repair.run(calendar.workingDays(), texts, result -> {
            values.recordAll();
            audit.record(new AuditEvent("REBUILD", "DELIVERY_INDEX", "rebuild", null, null, Map.of("events",
                    result.events(), "subjects", result.subjects(), "identical", result.identical()), null, null));
            announce(Set.of(), (int) Math.min(Integer.MAX_VALUE, result.events()));
        });
    }

    private void announce(Set<String> units, int events) {
        if (units.isEmpty() || units.size() > MAX_UNIT_EVENTS) {
            publisher.publishEvent(new DeliveryFiguresChanged(null, events));
        } else {
            units.forEach(u -> publisher.publishEvent(new DeliveryFiguresChanged(u, events)));
        }
    }

    private void checkKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidParameterException("Idempotency-Key", key == null ? null : vn.steerboard.common.EdgeText.visible(key),
                    texts.get("delivery.event.key"));
        }
    }

    /**
     * Each event serialised once, absent fields left out ({@code EventJson}): its JSON is its stored payload, and the
     * body's SHA-256 is taken over the same bytes as a JSON array of them (what serialising the list at once gives).
     * A key stored when events kept their absent fields as nulls is still recognised ({@code Ingest.Body.matches}).
     */
    static Ingest.Body body(List<DeliveryEvent> batch) {
        JsonMapper json = EventJson.STORED;
        List<byte[]> payloads = new java.util.ArrayList<>(batch.size());
        MessageDigest digest = sha256();
        digest.update((byte) '[');
        for (int i = 0; i < batch.size(); i++) {
            // UTF-8 bytes: hashed, and streamed into COPY as they are
            byte[] payload = json.writeValueAsBytes(batch.get(i));
            payloads.add(payload);
            if (i > 0) {
                digest.update((byte) ',');
            }
            digest.update(payload);
        }
        digest.update((byte) ']');
        return new Ingest.Body(batch, payloads, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }
}
