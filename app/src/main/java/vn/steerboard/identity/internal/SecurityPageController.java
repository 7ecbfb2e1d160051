package vn.steerboard.identity.internal;

import vn.steerboard.common.ProblemTexts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.identity.AccessPolicy;

/** The ADMIN's security page (locks with a lift button, deputy approvers) and the throttled sign-in page. */
@Controller
class SecurityPageController {

    private final ProblemTexts problemTexts;

    private final AccessPolicy access;
    private final SignInThrottle throttle;
    private final ApprovalDeputies deputies;

    SecurityPageController(AccessPolicy access, SignInThrottle throttle, ApprovalDeputies deputies, ProblemTexts problemTexts) {
        this.problemTexts = problemTexts;
        this.access = access;
        this.throttle = throttle;
        this.deputies = deputies;
    }

    @GetMapping("/admin/security")
    String page(Model model) {
        access.requireAdmin("sign-in", null);
        model.addAttribute("zone", java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        model.addAttribute("entries", throttle.entries());
        model.addAttribute("deputies", deputies.all());
        model.addAttribute("limits", throttle.limits());
        return "admin/security";
    }

    @PostMapping("/admin/security/lift")
    String lift(@RequestParam String kind, @RequestParam String subject, RedirectAttributes redirect) {
        access.requireAdmin("sign-in", kind + " " + subject);
        throttle.lift(SecurityAdminController.kind(kind), subject);
        redirect.addFlashAttribute("done", "lifted");
        return "redirect:/admin/security";
    }

    @PostMapping("/admin/security/deputies")
    String name(@RequestParam String unitCode, @RequestParam String username, @RequestParam String reason,
            RedirectAttributes redirect, java.util.Locale locale) {
        access.requireAdmin("approval-deputy", null);
        try {
            deputies.name(new ApprovalDeputies.NewDeputy(unitCode, username, reason), access.requireActor().name());
            redirect.addFlashAttribute("done", "named");
        } catch (InvalidParameterException e) {
            redirect.addFlashAttribute("problem", problemTexts.describe(e, locale));
        }
        return "redirect:/admin/security";
    }

    @PostMapping("/admin/security/deputies/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        access.requireAdmin("approval-deputy", String.valueOf(id));
        deputies.revoke(id, access.requireActor().name());
        redirect.addFlashAttribute("done", "revoked");
        return "redirect:/admin/security";
    }

    /** Where a throttled form sign-in is forwarded (status 429 and Retry-After already set). */
    @RequestMapping(SignInThrottleFilter.THROTTLED_PAGE)
    String throttled() {
        return "login";
    }
}
