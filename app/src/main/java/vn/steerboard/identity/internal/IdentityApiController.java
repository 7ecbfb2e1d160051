package vn.steerboard.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.FocalPoint;
import vn.steerboard.identity.FocalPoints;

/** Accounts, API tokens and focal points. */
@RestController
@Tag(name = "Identity", description = "Accounts, API tokens and units' focal points")
class IdentityApiController {

    private final AccessPolicy access;
    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final FocalPoints focalPoints;

    IdentityApiController(AccessPolicy access, UserAccounts accounts, ApiTokens tokens, FocalPoints focalPoints) {
        this.access = access;
        this.accounts = accounts;
        this.tokens = tokens;
        this.focalPoints = focalPoints;
    }

    @GetMapping("/api/me")
    @Operation(summary = "Who the caller is: name, role and unit")
    Actor me() {
        return access.requireActor();
    }

    @GetMapping("/api/users")
    @Operation(summary = "Accounts the caller may see: all for ADMIN, otherwise those of its subtree")
    List<UserAccount.UserView> users() {
        return accounts.visibleTo(access.requireActor());
    }

    @PostMapping("/api/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account (ADMIN)")
    UserAccount.UserView createUser(@RequestBody UserAccounts.NewAccount request) {
        return accounts.create(request);
    }

    @PutMapping("/api/admin/users/{username}/enabled")
    @Operation(summary = "Enable or disable an account (ADMIN)")
    UserAccount.UserView setEnabled(@PathVariable String username, @RequestBody boolean enabled) {
        return accounts.setEnabled(username, enabled);
    }

    @GetMapping("/api/admin/tokens")
    @Operation(summary = "API tokens, without their secrets (ADMIN)")
    List<ApiTokens.TokenView> tokens() {
        return tokens.all();
    }

    @PostMapping("/api/admin/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue an API token bound to a unit and a role (ADMIN); the secret is shown only here")
    ApiTokens.IssuedToken issueToken(@RequestBody ApiTokens.NewToken request) {
        return tokens.issue(request, access.requireActor().name());
    }

    @DeleteMapping("/api/admin/tokens/{id}")
    @Operation(summary = "Revoke an API token (ADMIN)")
    ApiTokens.TokenView revokeToken(@PathVariable long id) {
        return tokens.revoke(id);
    }

    @GetMapping("/api/org-units/{code}/focal-point")
    @Operation(summary = "A unit's focal point (own subtree only)")
    FocalPoint focalPoint(@PathVariable String code) {
        return focalPoints.of(code)
                .orElseThrow(() -> new NotFoundException("Unit '" + code + "' has no focal point recorded")
                        .because("problem.focalPoint.none", code));
    }

    @PutMapping("/api/org-units/{code}/focal-point")
    @Operation(summary = "Record a unit's focal point (own subtree only)")
    FocalPoint recordFocalPoint(@PathVariable String code, @RequestBody FocalPoints.Details details) {
        return focalPoints.record(code, details);
    }
}
