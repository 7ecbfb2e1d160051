package vn.steerboard.delivery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.EdgeText;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.RowProblem;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.delivery.internal.CalendarStore;
import vn.steerboard.delivery.internal.DeliveryTexts;
import vn.steerboard.delivery.internal.ProcedureRules;
import vn.steerboard.identity.AccessPolicy;

/**
 * The working-day calendar as reference data: read by everyone signed in, changed by ADMIN (audited). Deadlines
 * are counted with {@link #workingDays()}, which is reloaded after every change commits. An edit does not move the
 * deadlines of dossiers already counted; the repair command recounts them.
 */
@Service
public class WorkingCalendar {

    private final CalendarStore store;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final VietnamTime time;
    private final DeliveryTexts texts;
    private final AtomicReference<WorkingDays> cached = new AtomicReference<>();

    WorkingCalendar(CalendarStore store, AccessPolicy access, AuditTrail audit, VietnamTime time, DeliveryTexts texts) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.time = time;
        this.texts = texts;
    }

    /** The calendar as it stands, for counting deadlines. */
    public WorkingDays workingDays() {
        WorkingDays days = cached.get();
        if (days == null) {
            Map<LocalDate, CalendarDayKind> kinds = store.all().stream()
                    .collect(Collectors.toMap(CalendarDay::day, CalendarDay::kind));
            days = new WorkingDays(kinds);
            cached.set(days);
        }
        return days;
    }

    public List<CalendarDay> year(int year) {
        access.requireActor();
        if (year < 2000 || year > 2100) {
            throw new vn.steerboard.common.InvalidParameterException("year", year, texts.get("delivery.calendar.year"));
        }
        return store.year(year);
    }

    /** Names a day (ADMIN): a day off on a weekday, or a worked Saturday/Sunday. */
    @Transactional
    public CalendarDay put(LocalDate day, CalendarDayDraft draft) {
        access.requireAdmin("DELIVERY_CALENDAR", String.valueOf(day));
        CalendarDay checked = check(day, draft);
        CalendarDay before = store.find(day).orElse(null);
        store.put(checked);
        audit.record(AuditEvent.change(before == null ? "CREATE" : "UPDATE", "DELIVERY_CALENDAR", day.toString(), null,
                before, checked));
        reloadAfterCommit();
        return checked;
    }

    @Transactional
    public void remove(LocalDate day) {
        access.requireAdmin("DELIVERY_CALENDAR", String.valueOf(day));
        CalendarDay before = store.find(day).orElseThrow(() -> new NotFoundException(texts.get("delivery.calendar.none", day)));
        store.delete(day);
        audit.record(AuditEvent.change("DELETE", "DELIVERY_CALENDAR", day.toString(), null, before, null));
        reloadAfterCommit();
    }

    private CalendarDay check(LocalDate day, CalendarDayDraft d) {
        List<RowProblem> problems = new ArrayList<>();
        if (day.getYear() < 2000 || day.getYear() > 2100) {
            problems.add(new RowProblem(1, "day", day.toString(), texts.get("delivery.calendar.year")));
        }
        if (d == null || d.kind() == null) {
            problems.add(new RowProblem(1, "kind", null, texts.get("delivery.problem.missingExpected", "DAY_OFF, WORKING_DAY")));
        } else {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (d.kind() == CalendarDayKind.WORKING_DAY && !weekend) {
                problems.add(new RowProblem(1, "kind", d.kind().name(), texts.get("delivery.calendar.workingWeekday")));
            }
        }
        String vi = text("nameVi", d == null ? null : d.nameVi(), problems);
        String en = text("nameEn", d == null ? null : d.nameEn(), problems);
        String source = text("source", d == null ? null : d.source(), problems);
        if (!problems.isEmpty()) {
            throw new RejectedFileException("rejected-calendar", texts.get("delivery.calendar.rejected"), texts.get("delivery.calendar.rejected"),
                    problems);
        }
        return new CalendarDay(day, d.kind(), vi, en, source, access.requireActor().name(), time.now());
    }

    private String text(String field, String value, List<RowProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new RowProblem(1, field, null, texts.get("delivery.problem.missing")));
            return null;
        }
        String problem = EdgeText.problem(value);
        String text = problem == null ? EdgeText.accept(field, value).strip() : null;
        if (problem != null) {
            problems.add(new RowProblem(1, field, EdgeText.visible(value), problem));
        } else if (text.length() > 200) {
            problems.add(new RowProblem(1, field, String.valueOf(text.length()), texts.get("delivery.problem.tooLong", 200)));
        } else if (ProcedureRules.formulaLike(text)) {
            problems.add(new RowProblem(1, field, text, texts.get("delivery.problem.formula", String.valueOf(text.charAt(0)))));
        } else {
            return text;
        }
        return null;
    }

    private void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cached.set(null);
                }
            });
        } else {
            cached.set(null);
        }
    }
}
