package vn.steerboard.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * Days are Vietnamese days: "today", deadlines and "as of" dates are taken in Asia/Ho_Chi_Minh, whatever the
 * server's zone. Everything that asks for today or now asks this bean, which reads the application's one
 * {@link Clock}: tests and rehearsals pin it (see {@link ClockConfiguration}), so nothing depends on the day a
 * build happens to run.
 */
@Component
public class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;

    public VietnamTime(Clock clock) {
        this.clock = clock.withZone(ZONE);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The day asked for, or today when none is given. */
    public LocalDate dayOrToday(LocalDate asOf) {
        return asOf == null ? today() : asOf;
    }

    /** Now, to the millisecond (what both databases store alike). */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    public Instant instant() {
        return clock.instant();
    }

    public Clock clock() {
        return clock;
    }
}
