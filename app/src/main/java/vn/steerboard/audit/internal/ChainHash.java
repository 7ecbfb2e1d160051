package vn.steerboard.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.steerboard.audit.AuditRecord;

/** SHA-256 over a record's fields (its attachment's hash included, when it has one) and its predecessor's hash. */
public final class ChainHash {

    private static final char SEPARATOR = '\u001F';

    private ChainHash() {
    }

    public static AuditRecord sign(AuditRecord r) {
        return new AuditRecord(r.seq(), r.occurredAt(), r.actor(), r.action(), r.entityType(), r.entityId(),
                r.unitCode(), r.before(), r.after(), r.detail(), r.prevHash(), of(r), r.attachmentSha256());
    }

    public static String of(AuditRecord r) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {r.seq(), r.occurredAt().toEpochMilli(), r.actor(), r.action(),
                r.entityType(), r.entityId(), r.unitCode(), r.before(), r.after(), r.detail(), r.prevHash()}) {
            // A null and an empty string must hash differently.
            canonical.append(field == null ? "\u0000" : field.toString()).append(SEPARATOR);
        }
        if (r.attachmentSha256() != null) {
            // records without an attachment (all those written before attachments existed) keep their hash
            canonical.append("attachment:").append(r.attachmentSha256()).append(SEPARATOR);
        }
        return sha256(canonical.toString());
    }

    /** The hex SHA-256 of a text's UTF-8 bytes: the address of an attachment. */
    public static String sha256(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
