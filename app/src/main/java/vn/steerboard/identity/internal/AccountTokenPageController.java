package vn.steerboard.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.ProblemTexts;
import vn.steerboard.identity.AccessPolicy;

/**
 * The signed-in account's own API tokens: list, issue, revoke. A new token's secret is shown in the answer to the form
 * itself (not stored in the session for a redirect), once, and the answer is not cached.
 */
@Controller
class AccountTokenPageController {

    private final AccessPolicy access;
    private final AccountTokens tokens;
    private final AccountTokensPage page;
    private final ProblemTexts problemTexts;

    AccountTokenPageController(AccessPolicy access, AccountTokens tokens, AccountTokensPage page,
            ProblemTexts problemTexts) {
        this.access = access;
        this.tokens = tokens;
        this.page = page;
        this.problemTexts = problemTexts;
    }

    @GetMapping("/account/tokens")
    String list(Model model) {
        page.fill(model, access.requireActor());
        return "identity/tokens";
    }

    @PostMapping("/account/tokens")
    String issue(@RequestParam(required = false) String name, @RequestParam(required = false) String expiresOn,
            @RequestParam(required = false) String role, @RequestParam(required = false) String unitCode, Model model,
            HttpServletResponse response, Locale locale) {
        response.setHeader("Cache-Control", "no-store");
        try {
            AccountTokens.IssuedAccountToken issued = tokens.issueOwn(new AccountTokens.NewAccountToken(name, expiresOn,
                    role, unitCode));
            model.addAttribute("issued", issued.token());
            model.addAttribute("secret", issued.secret());
        } catch (InvalidParameterException e) {
            response.setStatus(400);
            model.addAttribute("problem", problemTexts.describe(e, locale));
        }
        page.fill(model, access.requireActor());
        return "identity/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revokeOwn(id);
        redirect.addFlashAttribute("done", "revoked");
        return "redirect:/account/tokens";
    }
}
