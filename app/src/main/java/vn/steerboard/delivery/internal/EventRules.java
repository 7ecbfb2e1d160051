package vn.steerboard.delivery.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.steerboard.common.EdgeText;
import vn.steerboard.common.RowProblem;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.delivery.DeliveryEvent;
import vn.steerboard.delivery.DossierClock;
import vn.steerboard.delivery.DossierStatus;
import vn.steerboard.delivery.EventKind;
import vn.steerboard.delivery.WorkingDays;

/**
 * The checks an event passes and what it does to its dossier or petition (pure: the ingest and the repair share
 * it). A dossier's events must not be dated before its receipt, its status changes must follow one another in time
 * and in the allowed order ({@link DossierStatus#mayBecome}); the other facts may come late, and a later one
 * replaces an earlier one (a correction).
 */
public final class EventRules {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,79}");
    static final Pattern PERSON_ID = Pattern.compile("[0-9]{9,12}");

    private EventRules() {
    }

    /** A procedure's facts that a dossier keeps from the day it is received. */
    public record ProcedureFacts(long feeVnd, boolean eligible) {
    }

    public record Context(WorkingDays calendar, Function<String, Optional<ProcedureFacts>> procedures,
            Predicate<String> units, OffsetDateTime now, Texts texts) {
    }

    /** The subject's state after the event, or null with the row's problems added. */
    public static Object apply(int row, DeliveryEvent e, Object state, Context ctx, List<RowProblem> problems) {
        int before = problems.size();
        if (e == null || e.kind() == null) {
            problems.add(new RowProblem(row, "kind", null, ctx.texts().get("delivery.problem.missingExpected",
                    java.util.Arrays.toString(EventKind.values()))));
            return null;
        }
        String id = e.kind().petition() ? e.petition() : e.dossier();
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(new RowProblem(row, e.kind().petition() ? "petition" : "dossier", EdgeText.visible(id),
                    ctx.texts().get("delivery.event.id")));
        }
        if (e.unit() == null || !ctx.units().test(e.unit())) {
            problems.add(new RowProblem(row, "unit", EdgeText.visible(e.unit()), ctx.texts().get("delivery.event.unit")));
        }
        if (e.at() == null || e.at().getYear() < 2000 || e.at().isAfter(ctx.now().plusHours(1))) {
            problems.add(new RowProblem(row, "at", e.at() == null ? null : shown(e.at()),
                    ctx.texts().get("delivery.event.at")));
        }
        if (problems.size() > before) {
            return null;
        }
        Object next = e.kind().petition() ? PetitionRules.apply(row, e, (PetitionState) state, ctx, problems)
                : dossier(row, e, (DossierState) state, ctx, problems);
        return problems.size() > before ? null : next;
    }

    private static DossierState dossier(int row, DeliveryEvent e, DossierState d, Context ctx, List<RowProblem> problems) {
        if (e.kind() == EventKind.DOSSIER_RECEIVED) {
            return received(row, e, d, ctx, problems);
        }
        if (d == null) {
            problems.add(new RowProblem(row, "dossier", e.dossier(), ctx.texts().get("delivery.event.notReceived")));
            return null;
        }
        if (!d.unit().equals(e.unit())) {
            problems.add(new RowProblem(row, "unit", e.unit(), ctx.texts().get("delivery.event.otherUnit", d.unit())));
            return null;
        }
        if (e.at().isBefore(d.receivedAt())) {
            problems.add(new RowProblem(row, "at", EventRules.shown(e.at()),
                    ctx.texts().get("delivery.event.beforeReceipt", EventRules.shown(d.receivedAt()))));
            return null;
        }
        return switch (e.kind()) {
            case STATUS_CHANGED -> status(row, e, d, ctx, problems);
            case RESULT_ISSUED -> required(row, "electronic", e.electronic(), ctx, problems)
                    ? d.result(e.electronic(), Boolean.TRUE.equals(e.filePresent())) : null;
            case PAYMENT -> payment(row, e, d, ctx, problems);
            case COMPONENTS_REUSED -> d.reuse(yes(e.reusedDigitised()), yes(e.personalDataStore()), yes(e.populationData()));
            case SYNCED_TO_PORTAL -> d.markSynced();
            case RATED -> required(row, "disliked", e.disliked(), ctx, problems) ? d.rating(e.disliked()) : null;
            default -> throw new IllegalStateException(e.kind().name());
        };
    }

    private static DossierState received(int row, DeliveryEvent e, DossierState d, Context ctx, List<RowProblem> problems) {
        int before = problems.size();
        if (d != null && !e.isCorrection()) {
            problems.add(new RowProblem(row, "dossier", e.dossier(), ctx.texts().get("delivery.event.twice")));
        }
        Optional<ProcedureFacts> procedure = e.procedure() == null ? Optional.empty() : ctx.procedures().apply(e.procedure());
        if (procedure.isEmpty()) {
            problems.add(new RowProblem(row, "procedure", EdgeText.visible(e.procedure()),
                    ctx.texts().get("delivery.event.procedure")));
        }
        required(row, "channel", e.channel(), ctx, problems);
        if (e.workingDays() == null || e.workingDays() < 0 || e.workingDays() > WorkingDays.MAX_DAYS) {
            problems.add(new RowProblem(row, "workingDays", String.valueOf(e.workingDays()),
                    ctx.texts().get("delivery.event.workingDays", WorkingDays.MAX_DAYS)));
        }
        String name = personal(row, "applicantName", e.applicantName(), ctx, problems);
        if (e.applicantId() != null && !PERSON_ID.matcher(e.applicantId()).matches()) {
            problems.add(new RowProblem(row, "applicantId", "***", ctx.texts().get("delivery.event.personId")));
        }
        if (problems.size() > before) {
            return null;
        }
        LocalDate day = e.at().atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
        DossierState fresh = new DossierState(e.dossier(), e.unit(), e.procedure(), e.channel(), yes(e.fullyOnline()),
                yes(e.digitised()), e.at(), procedure.get().feeVnd(), procedure.get().eligible(),
                DossierClock.start(day, e.workingDays()), DossierStatus.RECEIVED, e.at(), null, false, false, false,
                false, false, false, false, false, false, false, name, e.applicantId());
        return d == null ? fresh : d.received(fresh);
    }

    private static DossierState status(int row, DeliveryEvent e, DossierState d, Context ctx, List<RowProblem> problems) {
        if (!required(row, "status", e.status(), ctx, problems)) {
            return null;
        }
        if (e.at().isBefore(d.statusAt())) {
            problems.add(new RowProblem(row, "at", EventRules.shown(e.at()),
                    ctx.texts().get("delivery.event.outOfOrder", d.status().name(), EventRules.shown(d.statusAt()))));
            return null;
        }
        if (!d.status().mayBecome(e.status())) {
            problems.add(new RowProblem(row, "status", e.status().name(),
                    ctx.texts().get("delivery.event.transition", d.status().name(), e.status().name())));
            return null;
        }
        LocalDate day = e.at().atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
        DossierClock clock = d.clock();
        if (e.status().stopsClock()) {
            clock = clock.stop(day, ctx.calendar());
        } else if (e.status() == DossierStatus.IN_PROGRESS) {
            clock = clock.resume(day);
        }
        boolean closes = e.status().closed();
        boolean late = closes && !clock.onTime(day, ctx.calendar());
        return d.status(e.status(), e.at(), clock, closes ? day : null, late);
    }

    private static DossierState payment(int row, DeliveryEvent e, DossierState d, Context ctx, List<RowProblem> problems) {
        boolean ok = required(row, "electronic", e.electronic(), ctx, problems);
        if (e.amountVnd() == null || e.amountVnd() < 0) {
            problems.add(new RowProblem(row, "amountVnd", String.valueOf(e.amountVnd()), ctx.texts().get("delivery.problem.fee")));
            ok = false;
        }
        return ok ? d.payment(e.electronic()) : null;
    }

    static boolean required(int row, String field, Object value, Context ctx, List<RowProblem> problems) {
        if (value == null) {
            problems.add(new RowProblem(row, field, null, ctx.texts().get("delivery.problem.missing")));
            return false;
        }
        return true;
    }

    private static String personal(int row, String field, String value, Context ctx, List<RowProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String problem = EdgeText.problem(value);
        if (problem != null) {
            problems.add(new RowProblem(row, field, "***", problem));
            return null;
        }
        String text = EdgeText.accept(field, value).strip();
        if (text.length() > 200 || ProcedureRules.formulaLike(text)) {
            problems.add(new RowProblem(row, field, "***", ctx.texts().get("delivery.event.personName")));
            return null;
        }
        return text;
    }

    /** An instant as the user reads it: Vietnamese local time with its offset. */
    static String shown(OffsetDateTime at) {
        return at.atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime().toString();
    }

    static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
