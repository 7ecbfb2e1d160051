package vn.steerboard.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.identity.AccessPolicy;

/** What the ADMIN manages for security: sign-in locks and deputy approvers. */
@RestController
@Tag(name = "Security administration", description = "Sign-in locks and back-offs; deputy approvers (four eyes)")
class SecurityAdminController {

    private final AccessPolicy access;
    private final SignInThrottle throttle;
    private final ApprovalDeputies deputies;

    SecurityAdminController(AccessPolicy access, SignInThrottle throttle, ApprovalDeputies deputies) {
        this.access = access;
        this.throttle = throttle;
        this.deputies = deputies;
    }

    @GetMapping("/api/admin/sign-in-locks")
    @Operation(summary = "Accounts and client addresses with failed sign-ins counted, locks first (ADMIN)")
    List<SignInThrottle.Entry> locks() {
        access.requireAdmin("sign-in", null);
        return throttle.entries();
    }

    @DeleteMapping("/api/admin/sign-in-locks")
    @Operation(summary = "Lift a lock or back-off of an account or address; its count starts again (ADMIN, audited)")
    SignInThrottle.Entry lift(@RequestParam String kind, @RequestParam String subject) {
        access.requireAdmin("sign-in", kind + " " + subject);
        return throttle.lift(kind(kind), subject);
    }

    @GetMapping("/api/admin/deputies")
    @Operation(summary = "Deputy approvers, current and revoked (ADMIN)")
    List<ApprovalDeputies.Deputy> deputies() {
        access.requireAdmin("approval-deputy", null);
        return deputies.all();
    }

    @PostMapping("/api/admin/deputies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Name a deputy approver for a unit {unitCode, username, reason} (ADMIN, audited): it approves and"
            + " accepts for the unit's subtree as its LEADER would, e.g. when the only leader submitted")
    ApprovalDeputies.Deputy name(@RequestBody ApprovalDeputies.NewDeputy request) {
        access.requireAdmin("approval-deputy", null);
        return deputies.name(request, access.requireActor().name());
    }

    @DeleteMapping("/api/admin/deputies/{id}")
    @Operation(summary = "Revoke a deputy approver (ADMIN, audited)")
    ApprovalDeputies.Deputy revoke(@PathVariable long id) {
        access.requireAdmin("approval-deputy", String.valueOf(id));
        return deputies.revoke(id, access.requireActor().name());
    }

    static SignInThrottle.Kind kind(String kind) {
        try {
            return SignInThrottle.Kind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidParameterException.field("kind", kind, "must be ACCOUNT or ADDRESS")
                    .because("reason.signInLock.kind");
        }
    }
}
