package vn.steerboard.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;

/** Puts interactive sign-ins and every failed sign-in on the audit trail. */
@Component
class SignInAuditListener {

    private final AuditTrail audit;
    private final SignInThrottle throttle;

    SignInAuditListener(AuditTrail audit, SignInThrottle throttle) {
        this.audit = audit;
        this.throttle = throttle;
    }

    /** Form and HTTP Basic sign-ins: a success clears the account's count of failures. */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof UserAccount account) {
            throttle.succeeded(account.username());
        }
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        audit.recordFor(name, new AuditEvent("SIGN_IN", "session", name, null, null, null, null));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getPrincipal());
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        throttle.failed(name, address);
        audit.recordFor(name.length() > 100 ? name.substring(0, 100) : name, new AuditEvent("SIGN_IN_FAILED",
                "session", name, null, null, null, event.getException().getClass().getSimpleName()));
    }
}
