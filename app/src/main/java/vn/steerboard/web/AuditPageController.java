package vn.steerboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.PageRequest;

/** The audit trail for the secretariat, with the chain check one click away. */
@Controller
class AuditPageController {

    private final AuditTrail trail;

    AuditPageController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) Integer page, @RequestParam(defaultValue = "false") boolean verify,
            Model model) {
        model.addAttribute("zone", java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        model.addAttribute("records", trail.list(null, null, null, PageRequest.of(page, 50, 50)));
        if (verify) {
            model.addAttribute("verification", trail.verify());
        }
        return "admin/audit";
    }
}
