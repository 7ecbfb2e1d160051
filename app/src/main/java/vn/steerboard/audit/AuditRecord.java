package vn.steerboard.audit;

import java.time.Instant;

/**
 * One link of the audit chain: who did what to which record, with the values before and after.
 *
 * @param attachmentSha256 the SHA-256 of the record's attachment (see {@link AuditEvent#attachment()}), or null
 */
public record AuditRecord(
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        String entityType,
        String entityId,
        String unitCode,
        String before,
        String after,
        String detail,
        String prevHash,
        String hash,
        String attachmentSha256) {
}
