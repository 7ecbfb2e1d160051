package vn.steerboard.audit;

/**
 * What happened, to what, in which unit, and the values before and after (objects are
 * stored as JSON). Actions are verbs such as CREATE, UPDATE, DELETE, ACCESS_DENIED, SIGN_IN.
 *
 * @param attachment what belongs to the event but not in a record's columns, e.g. the ids a batch wrote; stored
 *        once as a content-addressed attachment (JSON) whose SHA-256 the record carries and its hash covers
 */
public record AuditEvent(String action, String entityType, String entityId, String unitCode, Object before,
        Object after, String detail, Object attachment) {

    public AuditEvent(String action, String entityType, String entityId, String unitCode, Object before,
            Object after, String detail) {
        this(action, entityType, entityId, unitCode, before, after, detail, null);
    }

    public static AuditEvent change(String action, String entityType, String entityId, String unitCode,
            Object before, Object after) {
        return new AuditEvent(action, entityType, entityId, unitCode, before, after, null, null);
    }
}
