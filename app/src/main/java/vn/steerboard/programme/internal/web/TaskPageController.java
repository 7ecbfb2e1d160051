package vn.steerboard.programme.internal.web;

import vn.steerboard.common.ProblemTexts;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.programme.Evidence;
import vn.steerboard.programme.TaskAcceptance;
import vn.steerboard.programme.TaskDetail;
import vn.steerboard.programme.TaskProgress;
import vn.steerboard.programme.Tasks;

/** One task's page, with the report form for the lead agency and the decision form for the approving authority. */
@Controller
class TaskPageController {

    private final ProblemTexts problemTexts;

    private final Tasks tasks;
    private final TaskProgress progress;
    private final TaskAcceptance acceptance;
    private final ProgrammePageModels pages;

    TaskPageController(Tasks tasks, TaskProgress progress, TaskAcceptance acceptance, ProgrammePageModels pages, ProblemTexts problemTexts) {
        this.problemTexts = problemTexts;
        this.tasks = tasks;
        this.progress = progress;
        this.acceptance = acceptance;
        this.pages = pages;
    }

    /** The task today; with {@code asOf}, also its status on that day, so a drill-down keeps the date it came from. */
    @GetMapping("/tasks/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) java.time.LocalDate asOf, Model model) {
        pages.task(tasks.get(id), model);
        if (asOf != null) {
            TaskDetail then = tasks.getOn(id, asOf);
            model.addAttribute("asOf", asOf);
            model.addAttribute("taskThen", then);
        }
        return "programme/task";
    }

    @PostMapping("/tasks/{id}/report")
    String report(@PathVariable long id, @RequestParam(required = false) Integer percent,
            @RequestParam(required = false) String note, @RequestParam(required = false) Evidence.Kind evidenceKind,
            @RequestParam(required = false) String evidenceReference,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect, java.util.Locale locale) throws IOException {
        try {
            if (percent == null) {
                throw InvalidParameterException.field("percent", null, "a whole number from 0 to 100").because("reason.percent.range");
            }
            progress.report(id, percent, note, evidence(evidenceKind, evidenceReference, file));
            redirect.addFlashAttribute("notice", "task.reported");
        } catch (InvalidParameterException e) {
            redirect.addFlashAttribute("error", problemTexts.describe(e, locale));
        }
        return "redirect:/tasks/" + id;
    }

    /** The evidence the form names: a file only when one was chosen. */
    private static Evidence evidence(Evidence.Kind kind, String reference, MultipartFile file) throws IOException {
        if (kind == Evidence.Kind.FILE) {
            return file == null || file.isEmpty() ? null
                    : new Evidence(Evidence.Kind.FILE, null, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        }
        return kind == null ? null : new Evidence(kind, reference, null, null, null);
    }

    @PostMapping("/tasks/{id}/decision")
    String decide(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version, RedirectAttributes redirect, java.util.Locale locale) {
        // the page sends the version it displayed (a missing one is refused after the permission check): a task
        // changed meanwhile is not decided unseen
        try {
            if ("ACCEPTED".equals(decision)) {
                acceptance.accept(id, version, reason);
                redirect.addFlashAttribute("notice", "task.accepted");
            } else {
                acceptance.reject(id, version, reason);
                redirect.addFlashAttribute("notice", "task.rejected");
            }
        } catch (InvalidParameterException | ConflictException e) {
            redirect.addFlashAttribute("error", problemTexts.describe(e, locale));
        }
        return "redirect:/tasks/" + id;
    }

    @GetMapping("/acceptance")
    String acceptance(Model model) {
        pages.acceptance(model);
        return "programme/acceptance";
    }
}
