package vn.steerboard.identity;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.identity.internal.ApprovalDeputies;
import vn.steerboard.registry.Registry;

/**
 * The one place that decides whether the current actor may read or change what belongs to a
 * unit. A refusal is audited before it is thrown.
 */
@Service
public class AccessPolicy {

    private final Registry registry;
    private final AuditTrail audit;
    private final ApprovalDeputies deputies;

    AccessPolicy(Registry registry, AuditTrail audit, ApprovalDeputies deputies) {
        this.registry = registry;
        this.audit = audit;
        this.deputies = deputies;
    }

    public Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    public Actor requireActor() {
        return current().orElseThrow(() -> new AccessDeniedException("Sign-in required"));
    }

    public boolean canRead(String unitCode) {
        return current().map(actor -> canRead(actor, unitCode)).orElse(false);
    }

    public boolean canChange(String unitCode) {
        return current().map(actor -> canChange(actor, unitCode)).orElse(false);
    }

    public static boolean canRead(Actor actor, String unitCode, Registry registry) {
        if (actor.isAdmin() || (actor.role() == Role.VIEWER && actor.unitCode() == null)) {
            return true;
        }
        return registry.isWithin(unitCode, actor.unitCode());
    }

    private boolean canRead(Actor actor, String unitCode) {
        return canRead(actor, unitCode, registry);
    }

    private boolean canChange(Actor actor, String unitCode) {
        if (actor.isAdmin()) {
            return true;
        }
        return actor.role() != Role.VIEWER && registry.isWithin(unitCode, actor.unitCode());
    }

    /** Throws (and audits) unless the current actor may read what belongs to the unit. */
    public void requireRead(String unitCode, String entityType, String entityId) {
        if (!canRead(unitCode)) {
            refuse("READ", unitCode, entityType, entityId);
        }
    }

    /** Throws (and audits) unless the current actor may change what belongs to the unit. */
    public void requireChange(String unitCode, String entityType, String entityId) {
        if (!canChange(unitCode)) {
            refuse("CHANGE", unitCode, entityType, entityId);
        }
    }

    /** Throws (and audits) unless the current actor is an ADMIN. */
    public void requireAdmin(String entityType, String entityId) {
        if (!current().map(Actor::isAdmin).orElse(false)) {
            refuse("ADMINISTER", null, entityType, entityId);
        }
    }

    /**
     * Throws (and audits) unless the current actor has one of {@code roles} and is bound to exactly
     * {@code unitCode}, as when only the lead agency's officers may report on its task. ADMIN passes
     * only when listed among the roles.
     */
    public Actor requireRoleAt(String unitCode, String attempt, String entityType, String entityId, Role... roles) {
        Actor actor = current().orElse(null);
        boolean allowed = actor != null && java.util.Arrays.asList(roles).contains(actor.role())
                && (actor.isAdmin() || unitCode.equals(actor.unitCode()));
        if (!allowed) {
            refuse(attempt, unitCode, entityType, entityId);
        }
        return actor;
    }

    /**
     * Throws (and audits) unless the current actor is an ADMIN, a LEADER of {@code unitCode} or of one of its
     * ancestors, as when a province's leader approves what its communes submitted, or a deputy approver an ADMIN
     * named for the unit or an ancestor.
     */
    public Actor requireLeaderOver(String unitCode, String attempt, String entityType, String entityId) {
        Actor actor = current().orElse(null);
        boolean allowed = actor != null && (actor.isAdmin()
                || (actor.role() == Role.LEADER && registry.isWithin(unitCode, actor.unitCode()))
                || isDeputyOver(actor, unitCode));
        if (!allowed) {
            refuse(attempt, unitCode, entityType, entityId);
        }
        return actor;
    }

    /**
     * Throws (and audits) unless the current actor is an ADMIN, a LEADER bound to exactly {@code unitCode}, or a
     * deputy approver named for it (or an ancestor), as when the approving authority accepts a task's deliverable.
     */
    public Actor requireApproverAt(String unitCode, String attempt, String entityType, String entityId) {
        Actor actor = current().orElse(null);
        boolean allowed = actor != null && (actor.isAdmin()
                || (actor.role() == Role.LEADER && unitCode.equals(actor.unitCode()))
                || isDeputyOver(actor, unitCode));
        if (!allowed) {
            refuse(attempt, unitCode, entityType, entityId);
        }
        return actor;
    }

    /** Whether the actor is a signed-in account that an ADMIN named deputy approver for the unit or an ancestor. */
    public boolean isDeputyOver(Actor actor, String unitCode) {
        return actor != null && !actor.token() && actor.role().needsUnit() && deputies.isDeputyOver(actor.name(), unitCode);
    }

    /**
     * Four eyes: throws (and audits) when the current actor is one of {@code authors}, those who submitted or
     * reported what it is about to approve, accept or return. ADMIN included; another approver or a deputy must act.
     */
    public void requireFourEyes(java.util.Collection<String> authors, String attempt, String entityType, String entityId,
            String unitCode) {
        Actor actor = requireActor();
        if (authors.contains(actor.name())) {
            String message = "Four eyes: " + actor.name() + " submitted or reported " + entityType + " '" + entityId
                    + "' and may not " + attempt + " it; another approver, or a deputy an ADMIN names, must do it";
            audit.recordRefusal(new AuditEvent("FOUR_EYES_REFUSED", entityType, entityId, unitCode, null,
                    java.util.Map.of("attempt", attempt, "authors", java.util.List.copyOf(authors)), message));
            throw new FourEyesException(message, vn.steerboard.common.UserMessage.of("problem.access.fourEyes", actor.name()));
        }
    }

    /** Throws (and audits) unless the current actor may submit for the unit: ADMIN, or OFFICER/LEADER over it. */
    public Actor requireSubmitter(String unitCode, String entityType, String entityId) {
        Actor actor = current().orElse(null);
        boolean allowed = actor != null && (actor.isAdmin()
                || (actor.role().needsUnit() && registry.isWithin(unitCode, actor.unitCode())));
        if (!allowed) {
            refuse("SUBMIT", unitCode, entityType, entityId);
        }
        return actor;
    }

    private void refuse(String attempt, String unitCode, String entityType, String entityId) {
        String who = current().map(a -> a.name() + " (" + a.role() + (a.unitCode() == null ? "" : ", unit "
                + a.unitCode()) + ")").orElse("anonymous");
        String message = who + " may not " + attempt.toLowerCase() + " " + entityType
                + (entityId == null ? "" : " '" + entityId + "'")
                + (unitCode == null ? "" : " of unit " + unitCode);
        audit.recordRefusal(new AuditEvent("ACCESS_DENIED", entityType, entityId, unitCode, null, null, message));
        throw new AccessRefusedException(message, vn.steerboard.common.UserMessage.of(unitCode == null
                ? "problem.access.refused" : "problem.access.refusedAt", current().map(Actor::name).orElse("—"),
                unitCode == null ? "" : registry.find(unitCode).map(u -> u.nameVi()).orElse(unitCode)));
    }

    /** A refusal that has already been audited. */
    public static class AccessRefusedException extends AccessDeniedException implements vn.steerboard.common.UserMessage.Explained {

        private final transient vn.steerboard.common.UserMessage userMessage;

        public AccessRefusedException(String message) {
            this(message, null);
        }

        public AccessRefusedException(String message, vn.steerboard.common.UserMessage userMessage) {
            super(message);
            this.userMessage = userMessage;
        }

        @Override
        public vn.steerboard.common.UserMessage userMessage() {
            return userMessage;
        }
    }

    /** A four-eyes refusal (already audited): the approver is an author of what it would approve. */
    public static class FourEyesException extends AccessRefusedException {
        public FourEyesException(String message, vn.steerboard.common.UserMessage userMessage) {
            super(message, userMessage);
        }
    }
}
