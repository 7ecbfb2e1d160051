package vn.steerboard.audit;

/**
 * What happened, to what, in which unit, and the values before and after (objects are
 * stored as JSON). Actions are verbs such as CREATE, UPDATE, DELETE, ACCESS_DENIED, SIGN_IN.
 */
public record AuditEvent(String action, String entityType, String entityId, String unitCode, Object before,
        Object after, String detail) {

    public static AuditEvent change(String action, String entityType, String entityId, String unitCode,
            Object before, Object after) {
        return new AuditEvent(action, entityType, entityId, unitCode, before, after, null);
    }
}
