package vn.steerboard.delivery.internal;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.submission.SystemValues;

/**
 * What an upgraded database needs of the delivery module before its figures are whole, done at start-up without a
 * manual step, once across nodes: each job runs under the writers' lock ({@link IngestLock}, which also holds the
 * batches off meanwhile) and is recorded in delivery_upkeep in the same transaction, so the next node (or start)
 * finds it done and does nothing.
 * <ul>
 * <li>{@value #VALUES}: the indicator values of every unit and month of the roll-ups ({@link IndicatorFeed}). A
 * database whose events came in before the values existed (V93) had them for the months touched since, and for the
 * older months only after a repair.</li>
 * <li>{@value #BELOW}: the roll-ups kept below every unit (V112), derived from the units' own rows, again whenever
 * the organisation tree has another shape than the one they were derived over (a registry migration moved units).</li>
 * </ul>
 */
@Component
public class DeliveryUpkeep {

    static final String VALUES = "indicator-values";
    static final String BELOW = "rollups-below";
    private static final String BY = "system:delivery-upkeep";
    private static final Logger log = LoggerFactory.getLogger(DeliveryUpkeep.class);

    private final IngestLock lock;
    private final JdbcClient jdbc;
    private final TallyStore tallies;
    private final IndicatorValuesDrain values;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;

    DeliveryUpkeep(IngestLock lock, JdbcClient jdbc, TallyStore tallies, IndicatorValuesDrain values, AuditTrail audit,
            ApplicationEventPublisher publisher) {
        this.lock = lock;
        this.jdbc = jdbc;
        this.tallies = tallies;
        this.values = values;
        this.audit = audit;
        this.publisher = publisher;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        run();
    }

    /** Runs the jobs not yet done here; returns the names of those it ran. */
    public java.util.List<String> run() {
        java.util.List<String> ran = new java.util.ArrayList<>();
        if (rollupsBelow()) {
            ran.add(BELOW);
        }
        if (indicatorValues()) {
            ran.add(VALUES);
        }
        return ran;
    }

    private boolean rollupsBelow() {
        return lock.run(() -> {
            String shape = tallies.treeShape();
            if (doneFor(BELOW).filter(shape::equals).isPresent()) {
                return false;
            }
            tallies.deriveBelow();
            done(BELOW, shape);
            audit.recordAs(BY, new AuditEvent("UPKEEP", "DELIVERY_INDEX", BELOW, null, null, Map.of("treeShape", shape),
                    null, null));
            publisher.publishEvent(new vn.steerboard.delivery.DeliveryFiguresChanged(null, 0));
            log.info("Delivery roll-ups below every unit derived for the organisation tree {}", shape);
            return true;
        });
    }

    private boolean indicatorValues() {
        return lock.run(() -> {
            if (doneFor(VALUES).isPresent()) {
                return false;
            }
            SystemValues.Recorded recorded = values.recordAll();
            done(VALUES, "1");
            audit.recordAs(BY, new AuditEvent("UPKEEP", "DELIVERY_INDEX", VALUES, null, null, Map.of("created",
                    recorded.created(), "superseded", recorded.superseded(), "unchanged", recorded.unchanged()), null, null));
            log.info("Delivery indicator values recorded for every month of the roll-ups: {}", recorded);
            return true;
        });
    }

    private Optional<String> doneFor(String job) {
        return jdbc.sql("SELECT done_for FROM delivery_upkeep WHERE job = ?").param(job).query(String.class).optional();
    }

    private void done(String job, String doneFor) {
        jdbc.sql("DELETE FROM delivery_upkeep WHERE job = ?").param(job).update();
        jdbc.sql("INSERT INTO delivery_upkeep (job, done_for, done_at) VALUES (?, ?, ?)").params(job, doneFor,
                OffsetDateTime.now()).update();
    }
}
