package vn.steerboard.programme.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.PageRequest;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.Role;
import vn.steerboard.programme.Evidence;
import vn.steerboard.programme.League;
import vn.steerboard.programme.Notifications;
import vn.steerboard.programme.TaskDetail;
import vn.steerboard.programme.TaskFigures;
import vn.steerboard.programme.TaskFilter;
import vn.steerboard.programme.TaskRules;
import vn.steerboard.programme.TaskStatus;
import vn.steerboard.programme.Tasks;
import vn.steerboard.registry.Registry;

/** The programme's pages: overview, task list, task detail with report and acceptance, rankings. */
@Controller
class ProgrammePageController {

    private final TaskFigures figures;
    private final Tasks tasks;
    private final Notifications notifications;
    private final Registry registry;
    private final AccessPolicy access;

    private final vn.steerboard.common.VietnamTime time;

    ProgrammePageController(TaskFigures figures, Tasks tasks, Notifications notifications, Registry registry,
            AccessPolicy access, vn.steerboard.common.VietnamTime time) {
        this.time = time;
        this.figures = figures;
        this.tasks = tasks;
        this.notifications = notifications;
        this.registry = registry;
        this.access = access;
    }

    @GetMapping("/programme")
    String overview(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String unit, Model model) {
        LocalDate day = asOf == null ? time.today() : asOf;
        String scope = blankToNull(unit);
        if (scope != null) {
            model.addAttribute("unit", registry.get(scope));
        }
        model.addAttribute("asOf", day);
        model.addAttribute("unitCode", scope);
        model.addAttribute("counts", figures.summary(day, scope));
        model.addAttribute("incomplete", figures.incompleteAssignments(day, scope));
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
        return "programme/overview";
    }

    @GetMapping("/tasks")
    String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String unit, @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineTo,
            @RequestParam(required = false) String plan, @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean incomplete, @RequestParam(required = false) Integer dueWithinDays,
            @RequestParam(required = false) TaskFilter.Sort sort, @RequestParam(required = false) Integer page,
            Model model) {
        TaskFilter filter = new TaskFilter(asOf == null ? time.today() : asOf, blankToNull(unit), status,
                deadlineFrom, deadlineTo, blankToNull(plan), blankToNull(q), incomplete, dueWithinDays,
                sort == null ? TaskFilter.Sort.CODE : sort);
        model.addAttribute("filter", filter);
        model.addAttribute("tasks", figures.tasks(filter, PageRequest.of(page, 50, 50)));
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("sorts", TaskFilter.Sort.values());
        return "programme/tasks";
    }

    @GetMapping("/tasks/{id}")
    String detail(@PathVariable long id, Model model) {
        TaskDetail task = tasks.get(id);
        Actor actor = access.requireActor();
        model.addAttribute("task", task);
        model.addAttribute("canReport", task.acceptedOn() == null && task.draft().leadUnit().equals(actor.unitCode())
                && (actor.role() == Role.OFFICER || actor.role() == Role.LEADER));
        model.addAttribute("canDecide", task.acceptedOn() == null && task.awaitingAcceptance()
                && (actor.isAdmin() || (actor.role() == Role.LEADER && task.draft().approverUnit() != null
                && task.draft().approverUnit().equals(actor.unitCode()))));
        return "programme/task";
    }

    @PostMapping("/tasks/{id}/report")
    String report(@PathVariable long id, @RequestParam(required = false) Integer percent,
            @RequestParam(required = false) String note, @RequestParam(required = false) String evidenceKind,
            @RequestParam(required = false) String evidenceReference,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            if (percent == null) {
                throw InvalidParameterException.field("percent", null, "a whole number from 0 to 100");
            }
            Evidence evidence = null;
            if ("FILE".equals(evidenceKind) && file != null && !file.isEmpty()) {
                evidence = new Evidence(Evidence.Kind.FILE, null, file.getOriginalFilename(), file.getContentType(),
                        file.getBytes());
            } else if ("DOCUMENT".equals(evidenceKind) || "LINK".equals(evidenceKind)) {
                evidence = new Evidence(Evidence.Kind.valueOf(evidenceKind), evidenceReference, null, null, null);
            }
            tasks.report(id, percent, note, evidence);
            redirect.addFlashAttribute("notice", "task.reported");
        } catch (InvalidParameterException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/decision")
    String decide(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        // the page sends the version it displayed (a missing one is refused after the permission check): a task changed meanwhile is not decided unseen
        try {
            if ("ACCEPTED".equals(decision)) {
                tasks.accept(id, version, reason);
                redirect.addFlashAttribute("notice", "task.accepted");
            } else {
                tasks.reject(id, version, reason);
                redirect.addFlashAttribute("notice", "task.rejected");
            }
        } catch (InvalidParameterException | vn.steerboard.common.ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/tasks/" + id;
    }

    @GetMapping("/acceptance")
    String acceptance(Model model) {
        model.addAttribute("waiting", tasks.awaitingMyAcceptance());
        return "programme/acceptance";
    }

    @GetMapping("/rankings/tasks")
    String ranking(@RequestParam(defaultValue = "PROVINCES") League league,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        LocalDate day = asOf == null ? time.today() : asOf;
        String province = league == League.COMMUNES ? (parent == null ? defaultProvince() : parent) : null;
        model.addAttribute("league", league);
        model.addAttribute("parent", province);
        model.addAttribute("parentUnit", province == null ? null : registry.get(province));
        model.addAttribute("asOf", day);
        model.addAttribute("rows", figures.ranking(day, league, province));
        model.addAttribute("leagues", League.values());
        model.addAttribute("provinces", registry.search(vn.steerboard.registry.OrgUnitType.PROVINCE, null, null,
                PageRequest.of(0, 100, 100)).content());
        return "programme/ranking";
    }

    @GetMapping("/notifications")
    String notificationsPage(Model model) {
        model.addAttribute("notifications", notifications.mine(false, 200));
        return "programme/notifications";
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable long id) {
        notifications.markRead(id);
        return "redirect:/notifications";
    }

    private String defaultProvince() {
        Actor actor = access.requireActor();
        if (actor.unitCode() != null) {
            List<String> lineage = registry.lineage(actor.unitCode());
            for (String code : lineage) {
                if (registry.get(code).type() == vn.steerboard.registry.OrgUnitType.PROVINCE) {
                    return code;
                }
            }
        }
        return "01";
    }

    private static boolean isGlobal(Actor actor) {
        return actor.isAdmin() || (actor.role() == Role.VIEWER && actor.unitCode() == null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
