package vn.steerboard.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.steerboard.audit.AuditRecord;

/** SHA-256 over a record's fields and its predecessor's hash. */
public final class ChainHash {

    private static final char SEPARATOR = '\u001F';

    private ChainHash() {
    }

    public static AuditRecord sign(AuditRecord r) {
        return new AuditRecord(r.seq(), r.occurredAt(), r.actor(), r.action(), r.entityType(), r.entityId(),
                r.unitCode(), r.before(), r.after(), r.detail(), r.prevHash(), of(r));
    }

    public static String of(AuditRecord r) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {r.seq(), r.occurredAt().toEpochMilli(), r.actor(), r.action(),
                r.entityType(), r.entityId(), r.unitCode(), r.before(), r.after(), r.detail(), r.prevHash()}) {
            // A null and an empty string must hash differently.
            canonical.append(field == null ? "\u0000" : field.toString()).append(SEPARATOR);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
