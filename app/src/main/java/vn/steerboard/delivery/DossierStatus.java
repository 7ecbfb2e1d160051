package vn.steerboard.delivery;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a dossier stands. The allowed changes: from RECEIVED or IN_PROGRESS to any later step; from a stop
 * (SUPPLEMENT_REQUESTED, PAUSED) back to IN_PROGRESS, or to RETURNED or WITHDRAWN; nothing after COMPLETED,
 * RETURNED or WITHDRAWN. A stop halts the deadline clock; IN_PROGRESS after a stop starts it again.
 */
public enum DossierStatus {
    RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED, PAUSED, COMPLETED, RETURNED, WITHDRAWN;

    public boolean stopsClock() {
        return this == SUPPLEMENT_REQUESTED || this == PAUSED;
    }

    public boolean closed() {
        return this == COMPLETED || this == RETURNED || this == WITHDRAWN;
    }

    /** Whether a dossier in this status may move to {@code next}. */
    public boolean mayBecome(DossierStatus next) {
        return next != null && next != RECEIVED && next(this).contains(next);
    }

    private static Set<DossierStatus> next(DossierStatus from) {
        return switch (from) {
            case RECEIVED, IN_PROGRESS -> EnumSet.complementOf(EnumSet.of(RECEIVED, from == IN_PROGRESS ? IN_PROGRESS : RECEIVED));
            case SUPPLEMENT_REQUESTED, PAUSED -> EnumSet.of(IN_PROGRESS, RETURNED, WITHDRAWN);
            case COMPLETED, RETURNED, WITHDRAWN -> EnumSet.noneOf(DossierStatus.class);
        };
    }
}
