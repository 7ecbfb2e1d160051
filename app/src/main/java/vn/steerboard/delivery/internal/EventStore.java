package vn.steerboard.delivery.internal;

import vn.steerboard.common.CopyRows;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.delivery.DeliveryEvent;
import vn.steerboard.delivery.EventBatch;

/** The append-only log of accepted events (delivery_event) and the batches by idempotency key (delivery_batch). */
@Repository
public class EventStore {

    /**
     * An accepted event as stored, with the procedure facts it was counted with, and its JSON when the batch's body
     * was serialised already (it is stored as the event's payload; null: serialised here).
     */
    public record Stored(DeliveryEvent event, Long feeVnd, Boolean eligible, boolean late, byte[] payload) {
        public Stored(DeliveryEvent event, Long feeVnd, Boolean eligible, boolean late) {
            this(event, feeVnd, eligible, late, null);
        }

        byte[] utf8(JsonMapper json) {
            return payload != null ? payload : json.writeValueAsBytes(event);
        }

        String json(JsonMapper json) {
            return new String(utf8(json), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json = EventJson.STORED;

    private final NamedParameterJdbcTemplate streaming;
    private final javax.sql.DataSource dataSource;
    private final boolean postgres;

    EventStore(NamedParameterJdbcTemplate jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.postgres = CopyRows.postgres(dataSource);
        org.springframework.jdbc.core.JdbcTemplate cursor = new org.springframework.jdbc.core.JdbcTemplate(
                jdbc.getJdbcTemplate().getDataSource());
        cursor.setFetchSize(2000);
        this.streaming = new NamedParameterJdbcTemplate(cursor);
    }

    public record Batch(String sha256, EventBatch result) {
    }

    public Optional<Batch> batch(String key) {
        return jdbc.query("SELECT * FROM delivery_batch WHERE idempotency_key = :key", Map.of("key", key),
                (rs, n) -> new Batch(rs.getString("body_sha256"), new EventBatch(key, rs.getInt("accepted"),
                        rs.getInt("subjects"), rs.getInt("late"), rs.getInt("corrections"), true))).stream().findFirst();
    }

    public void insertBatch(String sha256, EventBatch b, String by, OffsetDateTime at) {
        jdbc.update("""
                INSERT INTO delivery_batch (idempotency_key, body_sha256, accepted, subjects, late, corrections, recorded_by,
                    recorded_at) VALUES (:key, :sha, :accepted, :subjects, :late, :corrections, :by, :at)""",
                new MapSqlParameterSource("key", b.idempotencyKey()).addValue("sha", sha256).addValue("accepted", b.accepted())
                        .addValue("subjects", b.subjects()).addValue("late", b.late()).addValue("corrections", b.corrections())
                        .addValue("by", by).addValue("at", at));
    }

    private static final String EVENT_COLUMNS = "batch_key, subject, kind, unit_code, occurred_at, payload, fee_vnd, eligible,"
            + " late, correction, recorded_at";

    /** The batch's events in their order (so seq follows it): one COPY on PostgreSQL, a JDBC batch on H2. */
    public void insert(String batchKey, List<Stored> events, OffsetDateTime at) {
        if (postgres) {
            CopyRows rows = new CopyRows(events.size());
            String recorded = at.toString();
            for (Stored s : events) {
                DeliveryEvent e = s.event();
                rows.text(batchKey).text(e.subject()).text(e.kind().name()).text(e.unit()).value(e.at())
                        .utf8(s.utf8(json)).value(s.feeVnd()).bool(s.eligible()).bool(s.late())
                        .bool(e.isCorrection()).value(recorded).endRow();
            }
            rows.copyInto(dataSource, "delivery_event", EVENT_COLUMNS);
            return;
        }
        jdbc.batchUpdate("INSERT INTO delivery_event (" + EVENT_COLUMNS + ")"
                + " VALUES (:batch, :subject, :kind, :unit, :occurred, :payload, :fee, :eligible, :late, :correction, :at)",
                events.stream().map(s -> (SqlParameterSource) new MapSqlParameterSource("batch", batchKey)
                        .addValue("subject", s.event().subject()).addValue("kind", s.event().kind().name())
                        .addValue("unit", s.event().unit()).addValue("occurred", s.event().at())
                        .addValue("payload", s.json(json)).addValue("fee", s.feeVnd())
                        .addValue("eligible", s.eligible()).addValue("late", s.late())
                        .addValue("correction", s.event().isCorrection()).addValue("at", at)).toArray(SqlParameterSource[]::new));
    }

    /**
     * Every accepted event, subject by subject and in the order each was accepted, read through a cursor (2,000 rows
     * at a time inside the repair's transaction), so the events are never all held at once.
     */
    public void replay(Consumer<Stored> each) {
        streaming.query("SELECT payload, fee_vnd, eligible, late FROM delivery_event ORDER BY subject, seq", Map.of(), rs -> {
            each.accept(new Stored(json.readValue(rs.getString(1), DeliveryEvent.class),
                    (Long) rs.getObject(2, Long.class), (Boolean) rs.getObject(3, Boolean.class), rs.getBoolean(4)));
        });
    }

    public long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM delivery_event", Map.of(), Long.class);
    }
}
