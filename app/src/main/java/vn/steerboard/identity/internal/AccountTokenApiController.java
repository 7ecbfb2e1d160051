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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Personal API tokens: one's own, and an ADMIN's for a service account. */
@RestController
@Tag(name = "Personal API tokens", description = "An account's own bearer tokens for bulk clients: named, expiring,"
        + " no wider than the account, shown once, revocable")
class AccountTokenApiController {

    private final AccountTokens tokens;

    AccountTokenApiController(AccountTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/api/me/tokens")
    @Operation(summary = "The caller's own API tokens, without their secrets")
    List<AccountTokenStore.TokenRow> own() {
        return tokens.own();
    }

    @PostMapping("/api/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a token for the caller's account {name, expiresOn: yyyy-mm-dd, role?, unitCode?}: the"
            + " account's role or VIEWER, on its unit or below; the secret is in this answer only")
    AccountTokens.IssuedAccountToken issue(@RequestBody AccountTokens.NewAccountToken request) {
        return tokens.issueOwn(request);
    }

    @DeleteMapping("/api/me/tokens/{id}")
    @Operation(summary = "Revoke one of the caller's own tokens (audited)")
    AccountTokenStore.TokenRow revoke(@PathVariable long id) {
        return tokens.revokeOwn(id);
    }

    @GetMapping("/api/admin/users/{username}/tokens")
    @Operation(summary = "An account's API tokens, without their secrets (ADMIN)")
    List<AccountTokenStore.TokenRow> of(@PathVariable String username) {
        return tokens.of(username);
    }

    @PostMapping("/api/admin/users/{username}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a token for an account, e.g. a service account (ADMIN); the secret is in this answer only")
    AccountTokens.IssuedAccountToken issueFor(@PathVariable String username,
            @RequestBody AccountTokens.NewAccountToken request) {
        return tokens.issueFor(username, request);
    }

    @DeleteMapping("/api/admin/users/{username}/tokens/{id}")
    @Operation(summary = "Revoke a token of an account (ADMIN, audited)")
    AccountTokenStore.TokenRow revokeFor(@PathVariable String username, @PathVariable long id) {
        return tokens.revokeFor(username, id);
    }
}
