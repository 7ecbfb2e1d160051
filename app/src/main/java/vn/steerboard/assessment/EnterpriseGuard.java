package vn.steerboard.assessment;

import org.springframework.stereotype.Service;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.identity.AccessPolicy;

/**
 * Who may use the enterprise side: only an enterprise, through its own session. A staff account (password or token)
 * is not an enterprise and is refused there (audited), and an enterprise reaching for another's assessment is refused
 * (audited) the same way.
 */
@Service
public class EnterpriseGuard {

    private final AccessPolicy access;
    private final AuditTrail audit;

    EnterpriseGuard(AccessPolicy access, AuditTrail audit) {
        this.access = access;
        this.audit = audit;
    }

    public void refuseStaff(String entityType, String attempt) {
        access.current().ifPresent(actor -> {
            String message = actor.name() + " (" + actor.role() + ") is a staff account, not an enterprise, and may not use the"
                    + " enterprise " + attempt;
            audit.recordRefusal(new AuditEvent("ACCESS_DENIED", entityType, attempt, actor.unitCode(), null, null, message));
            throw new AccessPolicy.AccessRefusedException(message);
        });
    }

    /** Throws (and audits) unless the session holds an enterprise. */
    public EnterpriseId require(EnterpriseId enterprise, String entityType, String entityId) {
        refuseStaff(entityType, "self-assessment");
        if (enterprise == null) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Enterprise sign-in required: open the link mailed at sign-up");
        }
        return enterprise;
    }

    /** Throws (and audits) when the assessment belongs to another enterprise. */
    public void requireOwner(EnterpriseId enterprise, long owner, String ref) {
        if (enterprise.value() != owner) {
            String message = "enterprise #" + enterprise.value() + " may not read or change another enterprise's assessment";
            audit.recordFor("enterprise#" + enterprise.value(), new AuditEvent("ACCESS_DENIED", "ASSESSMENT", ref, null, null,
                    null, message));
            throw new NotYoursException(message);
        }
    }
}
