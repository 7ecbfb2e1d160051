package vn.steerboard.delivery.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The backlog of indicator values the batches left to record, in /actuator/health ({@code deliveryIndicatorValues}):
 * how many months wait and since when, and how many were refused. A month refused, or one waiting longer than
 * {@link #LAGGING} (the drains fail or cannot keep up), makes the status {@code LAGGING} (the log names the months
 * refused), which a monitor can alert on; it is
 * answered with 200 and kept out of the readiness group, since the node still serves correct index figures.
 */
@Component("deliveryIndicatorValues")
class IndicatorValuesHealth implements HealthIndicator {

    static final Duration LAGGING = Duration.ofMinutes(10);
    static final Status LAGGING_STATUS = new Status("LAGGING", "indicator values wait longer than " + LAGGING);

    private final PendingValues pending;
    private final Clock clock;

    IndicatorValuesHealth(PendingValues pending, Clock clock) {
        this.pending = pending;
        this.clock = clock;
    }

    @Override
    public Health health() {
        PendingValues.Backlog backlog = pending.backlog();
        Optional<OffsetDateTime> oldest = Optional.ofNullable(backlog.oldestMark());
        boolean lagging = backlog.refused() > 0
                || oldest.filter(t -> t.isBefore(OffsetDateTime.now(clock).minus(LAGGING))).isPresent();
        Health.Builder health = lagging ? Health.status(LAGGING_STATUS) : Health.up();
        health.withDetail("pendingMonths", backlog.waiting()).withDetail("refusedMonths", backlog.refused());
        oldest.ifPresent(t -> health.withDetail("oldestMarkedAt", t.toString()));
        return health.build();
    }
}
