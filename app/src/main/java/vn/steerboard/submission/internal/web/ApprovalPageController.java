package vn.steerboard.submission.internal.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.PreconditionRequiredException;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.submission.Approvals;
import vn.steerboard.submission.SubmissionFilter;
import vn.steerboard.submission.SubmissionView;
import vn.steerboard.submission.Submissions;

/**
 * The approvals queue and one submission as its approver reads it before deciding: names, values with their
 * elements, warnings and history. A decision is taken on that page only, after the approver confirms having read
 * the values; it names the level and version shown, so a decision on something that changed meanwhile is refused.
 */
@Controller
class ApprovalPageController {

    private final Submissions submissions;
    private final Approvals approvals;
    private final ApprovalPageModel pages;
    private final AccessPolicy access;
    private final MessageSource messages;

    ApprovalPageController(Submissions submissions, Approvals approvals, ApprovalPageModel pages, AccessPolicy access,
            MessageSource messages) {
        this.submissions = submissions;
        this.approvals = approvals;
        this.pages = pages;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/indicators/approvals")
    String queue(Model model, Locale locale) {
        access.requireActor();
        pages.queue(submissions.list(new SubmissionFilter(null, null, null, null, true, 200)), locale, model);
        return "submission/approvals";
    }

    @GetMapping("/indicators/submissions/{id}")
    String submission(@PathVariable long id, Model model, Locale locale) {
        pages.submission(submissions.view(id), locale, model);
        return "submission/detail";
    }

    @PostMapping("/indicators/approvals/{id}")
    String decide(@PathVariable long id, @RequestParam boolean approve, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String level, @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect, Locale locale) {
        String number = String.valueOf(id); // a report number, not a quantity: never grouped
        if (approve && !confirmed) {
            approvals.requireMayApprove(id);
            redirect.addFlashAttribute("error", text("submission.error.notConfirmed", locale));
            return "redirect:/indicators/submissions/" + id;
        }
        try {
            if (approve) {
                SubmissionView view = approvals.approve(id, level, version, null);
                ApprovalPageModel.Onward onward = pages.onward(view.unitCode(), view.approvedThrough(), locale);
                redirect.addFlashAttribute("done", text("submission.approved." + onward.kind(), locale, number,
                        pages.levelName(view.approvedThrough(), locale), onward.unitName()));
            } else {
                approvals.returnForCorrection(id, level, version, reason);
                redirect.addFlashAttribute("done", text("submission.returned", locale, number));
            }
        } catch (ConflictException | PreconditionRequiredException e) {
            redirect.addFlashAttribute("error", text("submission.error.changed", locale, number));
            return "redirect:/indicators/submissions/" + id;
        } catch (InvalidParameterException e) {
            redirect.addFlashAttribute("error", text("reason".equals(e.parameter()) ? "submission.error.reason"
                    : "submission.error.invalid", locale, e.parameter()));
            return "redirect:/indicators/submissions/" + id;
        }
        return "redirect:/indicators/approvals";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
