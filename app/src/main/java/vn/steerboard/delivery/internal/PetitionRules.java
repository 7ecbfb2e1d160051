package vn.steerboard.delivery.internal;

import java.time.LocalDate;
import java.util.List;
import vn.steerboard.common.RowProblem;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.delivery.DeliveryEvent;
import vn.steerboard.delivery.EventKind;

/** What a petition's (PAKN) events do: received with a due day, handled once (or corrected), rated, re-raised. */
final class PetitionRules {

    private PetitionRules() {
    }

    static PetitionState apply(int row, DeliveryEvent e, PetitionState p, EventRules.Context ctx, List<RowProblem> problems) {
        LocalDate day = e.at().atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
        if (e.kind() == EventKind.PETITION_RECEIVED) {
            if (p != null && !e.isCorrection()) {
                problems.add(new RowProblem(row, "petition", e.petition(), ctx.texts().get("delivery.event.twice")));
                return null;
            }
            if (e.dueOn() == null || e.dueOn().isBefore(day)) {
                problems.add(new RowProblem(row, "dueOn", String.valueOf(e.dueOn()), ctx.texts().get("delivery.event.dueOn")));
                return null;
            }
            return p == null ? new PetitionState(e.petition(), e.unit(), e.at(), e.dueOn(), null, false, false, false)
                    : new PetitionState(p.id(), e.unit(), e.at(), e.dueOn(), p.handledOn(), p.rated(), p.dissatisfied(),
                            p.reraised());
        }
        if (p == null) {
            problems.add(new RowProblem(row, "petition", e.petition(), ctx.texts().get("delivery.event.notReceived")));
            return null;
        }
        if (!p.unit().equals(e.unit())) {
            problems.add(new RowProblem(row, "unit", e.unit(), ctx.texts().get("delivery.event.otherUnit", p.unit())));
            return null;
        }
        if (e.at().isBefore(p.receivedAt())) {
            problems.add(new RowProblem(row, "at", EventRules.shown(e.at()),
                    ctx.texts().get("delivery.event.beforeReceipt", EventRules.shown(p.receivedAt()))));
            return null;
        }
        return switch (e.kind()) {
            case PETITION_HANDLED -> {
                if (p.handledOn() != null && !e.isCorrection()) {
                    problems.add(new RowProblem(row, "petition", e.petition(), ctx.texts().get("delivery.event.twice")));
                    yield null;
                }
                yield p.handled(day);
            }
            case PETITION_RATED -> EventRules.required(row, "disliked", e.disliked(), ctx, problems)
                    ? p.rating(e.disliked()) : null;
            case PETITION_RERAISED -> p.markReraised();
            default -> throw new IllegalStateException(e.kind().name());
        };
    }
}
