package vn.steerboard.programme.internal.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.steerboard.common.MeetingCalendar;
import vn.steerboard.common.PageRequest;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.Role;
import vn.steerboard.programme.League;
import vn.steerboard.programme.TaskDetail;
import vn.steerboard.programme.TaskFigures;
import vn.steerboard.programme.TaskFilter;
import vn.steerboard.programme.TaskStatus;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/** What the programme's pages show, assembled from the figures and the reader's rights. */
@Component
class ProgrammePageModels {

    /** Where the communes league opens when the reader belongs to no province: Hà Nội. */
    private static final String FIRST_PROVINCE = "01";

    private final TaskFigures figures;
    private final Registry registry;
    private final AccessPolicy access;

    private final vn.steerboard.programme.TaskAcceptance acceptance;
    private final vn.steerboard.common.VietnamTime time;

    ProgrammePageModels(TaskFigures figures, Registry registry, AccessPolicy access,
            vn.steerboard.programme.TaskAcceptance acceptance, vn.steerboard.common.VietnamTime time) {
        this.acceptance = acceptance;
        this.time = time;
        this.figures = figures;
        this.registry = registry;
        this.access = access;
    }

    /**
     * One scope per screen: the unit asked for; else, for a reader bound to a unit, that unit (its national figures
     * are one "Toàn quốc" click away, {@code scope=nation}); else the nation (null).
     */
    String scopeOf(String unit, String scope) {
        if (unit != null || "nation".equals(scope)) {
            return unit;
        }
        Actor actor = access.requireActor();
        return actor.isAdmin() ? null : actor.unitCode();
    }

    void overview(LocalDate day, String scope, Model model) {
        if (scope != null) {
            model.addAttribute("unit", registry.get(scope));
        }
        model.addAttribute("asOf", day);
        model.addAttribute("unitCode", scope);
        model.addAttribute("counts", figures.summary(day, scope));
        model.addAttribute("incomplete", figures.incompleteAssignments(day, scope));
        model.addAttribute("awaitingAcceptance", figures.awaitingAcceptance(day, scope));
        model.addAttribute("statuses", TaskStatus.values());
        Actor actor = access.requireActor();
        boolean canList = scope == null ? isGlobal(actor) : access.canRead(scope);
        model.addAttribute("canList", canList);
        if (canList) {
            model.addAttribute("overdue", figures.overdue(day, scope, PageRequest.of(0, 10, 10)));
            model.addAttribute("dueSoon", figures.dueWithin(day, 7, scope, PageRequest.of(0, 10, 10)));
        }
        model.addAttribute("ministries", figures.ranking(day, League.MINISTRIES, null));
        model.addAttribute("provinces", figures.ranking(day, League.PROVINCES, null));
    }

    void taskList(LocalDate day, TaskFilter filter, Integer page, Model model) {
        TaskFilter shown = filter.sortedOrByCode();
        model.addAttribute("asOf", day);
        model.addAttribute("filter", shown);
        model.addAttribute("tasks", figures.tasks(day, shown, PageRequest.of(page, 50, 50)));
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("sorts", TaskFilter.Sort.values());
    }

    void ranking(LocalDate day, League league, String parent, Model model) {
        String province = league == League.COMMUNES ? (parent == null ? defaultProvince() : parent) : null;
        model.addAttribute("league", league);
        model.addAttribute("parent", province);
        model.addAttribute("parentUnit", province == null ? null : registry.get(province));
        model.addAttribute("asOf", day);
        LocalDate lastMeeting = MeetingCalendar.lastMeetingBefore(day);
        model.addAttribute("since", lastMeeting);
        model.addAttribute("rows", figures.ranking(day, lastMeeting, league, province));
        model.addAttribute("leagues", League.values());
        model.addAttribute("provinces", registry.search(OrgUnitType.PROVINCE, null, null,
                PageRequest.of(0, 100, 100)).content());
    }

    void task(TaskDetail task, Model model) {
        Actor actor = access.requireActor();
        model.addAttribute("task", task);
        model.addAttribute("canReport", task.acceptedOn() == null && task.draft().leadUnit().equals(actor.unitCode())
                && (actor.role() == Role.OFFICER || actor.role() == Role.LEADER));
        model.addAttribute("canDecide", task.acceptedOn() == null && task.awaitingAcceptance()
                && (actor.isAdmin() || (actor.role() == Role.LEADER && task.draft().approverUnit() != null
                && task.draft().approverUnit().equals(actor.unitCode()))));
    }

    /** A task waiting for the reader's acceptance: since when, and the report whose evidence is to be judged. */
    record WaitingTask(TaskDetail task, TaskDetail.ProgressReport completion, long daysWaiting) {
    }

    /** The acceptance queue, longest waiting first: the approver sees what has waited, and its evidence, at once. */
    void acceptance(Model model) {
        LocalDate today = time.today();
        List<WaitingTask> waiting = acceptance.awaitingMyAcceptance().stream().map(task -> {
            TaskDetail.ProgressReport completion = task.reports().stream().filter(r -> r.percent() == 100).findFirst()
                    .orElse(task.reports().isEmpty() ? null : task.reports().get(0));
            long days = completion == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(completion.reportedOn(), today);
            return new WaitingTask(task, completion, Math.max(0, days));
        }).sorted(java.util.Comparator.comparingLong(WaitingTask::daysWaiting).reversed()
                .thenComparing(w -> w.task().draft().code())).toList();
        model.addAttribute("waiting", waiting);
        model.addAttribute("today", today);
    }

    /** The reader's own province, for the communes league. */
    private String defaultProvince() {
        Actor actor = access.requireActor();
        if (actor.unitCode() != null) {
            List<String> lineage = registry.lineage(actor.unitCode());
            for (String code : lineage) {
                if (registry.get(code).type() == OrgUnitType.PROVINCE) {
                    return code;
                }
            }
        }
        return FIRST_PROVINCE;
    }

    private static boolean isGlobal(Actor actor) {
        return actor.isAdmin() || (actor.role() == Role.VIEWER && actor.unitCode() == null);
    }
}
