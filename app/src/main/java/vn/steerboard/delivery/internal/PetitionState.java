package vn.steerboard.delivery.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A petition (PAKN) as its events left it. Immutable. */
public record PetitionState(String id, String unit, OffsetDateTime receivedAt, LocalDate dueOn, LocalDate handledOn,
        boolean rated, boolean dissatisfied, boolean reraised) {

    PetitionState handled(LocalDate day) {
        return new PetitionState(id, unit, receivedAt, dueOn, day, rated, dissatisfied, reraised);
    }

    PetitionState rating(boolean bad) {
        return new PetitionState(id, unit, receivedAt, dueOn, handledOn, true, bad, reraised);
    }

    PetitionState markReraised() {
        return new PetitionState(id, unit, receivedAt, dueOn, handledOn, rated, dissatisfied, true);
    }
}
