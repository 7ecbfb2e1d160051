package vn.steerboard.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.delivery.DeliveryEvent;
import vn.steerboard.delivery.DeliveryEvents;
import vn.steerboard.delivery.EventBatch;

/**
 * The delivery benchmark's ingest part: a plain COPY of the batches' rows first (the baseline), then the same number of
 * batches through the ingest, wall to wall until the last indicator value is recorded, heap after GC each quarter,
 * a batch sent again, and the events stored counted.
 */
final class IngestAgainstCopy {

    /** The events' JSON as the ingest stores it: the baseline copies the same rows. */
    private final JsonMapper json = vn.steerboard.delivery.internal.EventJson.STORED;

    private final DeliveryEvents events;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final SyntheticEventBatches synthetic;

    IngestAgainstCopy(DeliveryEvents events, JdbcTemplate jdbc, DataSource dataSource, SyntheticEventBatches synthetic) {
        this.events = events;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.synthetic = synthetic;
    }

    void run(List<String> units) throws Exception {
        int batches = DeliveryBench.EVENTS / DeliveryBench.BATCH;
        // baseline first, on rows built the same way (the payload as JSON, as the event store writes it)
        jdbc.execute("DROP TABLE IF EXISTS bench_delivery_event");
        jdbc.execute("CREATE TABLE bench_delivery_event (LIKE delivery_event INCLUDING ALL)");
        long copyNanos = 0;
        for (int b = 0; b < batches; b++) {
            List<DeliveryEvent> batch = synthetic.batch("C", b, units);
            long t = System.nanoTime();
            copy(batch, "copy-" + b);
            copyNanos += System.nanoTime() - t;
        }
        double copyRate = DeliveryBench.EVENTS / (copyNanos / 1e9);
        System.out.printf("baseline: COPY of the same rows into a table of delivery_event's shape: %,.0f events/s (%.2f s)%n",
                copyRate, copyNanos / 1e9);

        // every batch made first, so the clock runs over the ingest alone, wall to wall: the indicator values are
        // recorded in the background while the batches come, and the clock stops when the last of them is recorded
        List<List<DeliveryEvent>> made = new java.util.ArrayList<>(batches);
        for (int b = 0; b < batches; b++) {
            made.add(synthetic.batch("I", b, units));
        }
        List<DeliveryEvent> first = made.get(0);
        long heapBefore = DeliveryBench.heap();
        System.out.printf("heap after GC before ingest (the batches made): %.1f MB%n", heapBefore / 1e6);
        long pausedNanos = 0;
        long start = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            List<DeliveryEvent> batch = made.get(b);
            EventBatch result = events.ingestAsSystem("bench-ingest-" + b, batch, "bench");
            if (result.accepted() != batch.size()) {
                throw new IllegalStateException("batch " + b + " accepted " + result.accepted());
            }
            if ((b + 1) % Math.max(1, batches / 4) == 0) {
                // a full GC stops every thread, the background's too: its time is taken off the clock
                long paused = System.nanoTime();
                long heap = DeliveryBench.heap();
                pausedNanos += System.nanoTime() - paused;
                System.out.printf("  after %,d events: heap after GC %.1f MB (%+.1f MB), %,.0f events/s so far,"
                        + " %,d months waiting for their indicator values%n", (b + 1) * DeliveryBench.BATCH, heap / 1e6,
                        (heap - heapBefore) / 1e6, (b + 1) * DeliveryBench.BATCH / ((System.nanoTime() - start - pausedNanos) / 1e9),
                        events.indicatorValuesPending());
            }
        }
        long batchesIn = System.nanoTime();
        int lastMonths = events.recordIndicatorValues();
        long ingestNanos = System.nanoTime() - start - pausedNanos;
        System.out.printf("the last indicator values: %,d months recorded in %.2f s after the last batch%n", lastMonths,
                (System.nanoTime() - batchesIn) / 1e9);
        double ingestRate = DeliveryBench.EVENTS / (ingestNanos / 1e9);
        System.out.printf("ingest end to end (checked, clocks, states, roll-ups, indicator values, audit, key): %,.0f events/s"
                + " (%.2f s) = %.2f× the COPY%n", ingestRate, ingestNanos / 1e9, ingestRate / copyRate);
        long t = System.nanoTime();
        EventBatch again = events.ingestAsSystem("bench-ingest-0", first, "bench");
        System.out.printf("the first batch sent again: replayed=%s in %.1f ms (nothing counted twice)%n", again.replayed(),
                (System.nanoTime() - t) / 1e6);
        Long stored = jdbc.queryForObject("SELECT COUNT(*) FROM delivery_event WHERE batch_key LIKE 'bench-ingest-%'", Long.class);
        System.out.printf("events stored: %,d of %,d%n", stored, (long) DeliveryBench.EVENTS);
    }

    private void copy(List<DeliveryEvent> batch, String key) throws Exception {
        StringBuilder rows = new StringBuilder(batch.size() * 200);
        String now = OffsetDateTime.now().toString();
        for (DeliveryEvent e : batch) {
            rows.append(key).append('\t').append(e.subject()).append('\t').append(e.kind()).append('\t').append(e.unit())
                    .append('\t').append(e.at()).append('\t').append(json.writeValueAsString(e).replace("\\", "\\\\"))
                    .append("\t\\N\t\\N\tf\tf\t").append(now).append('\n');
        }
        try (Connection c = dataSource.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_delivery_event (batch_key, subject, kind, unit_code,"
                    + " occurred_at, payload, fee_vnd, eligible, late, correction, recorded_at) FROM STDIN",
                    new StringReader(rows.toString()));
        }
    }
}
