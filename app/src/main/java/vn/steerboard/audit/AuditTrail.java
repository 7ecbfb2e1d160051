package vn.steerboard.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.audit.internal.AuditRepository;
import vn.steerboard.audit.internal.ChainHash;
import vn.steerboard.common.Page;
import vn.steerboard.common.PageRequest;

/**
 * Records every change, in the transaction of the change itself, as the next link of a
 * hash chain. Nothing here updates or deletes a record.
 */
@Service
public class AuditTrail {

    private final AuditRepository records;
    private final JsonMapper json = JsonMapper.builder().build();

    private final vn.steerboard.common.VietnamTime time;

    AuditTrail(AuditRepository records, vn.steerboard.common.VietnamTime time) {
        this.time = time;
        this.records = records;
    }

    /** Records a change made by the signed-in user (or "system" outside a request). */
    @Transactional
    public AuditRecord record(AuditEvent event) {
        return append(currentActor(), event);
    }

    /**
     * Records an attempt that was refused. It commits on its own, because the refused work
     * rolls back and the attempt must still be on record.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditRecord recordRefusal(AuditEvent event) {
        return append(currentActor(), event);
    }

    /** Records an event for a named actor, e.g. a failed sign-in with no session yet. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditRecord recordFor(String actor, AuditEvent event) {
        return append(actor, event);
    }

    /**
     * Records a change made by a named actor that is not the signed-in user (a system source), in the caller's
     * transaction: the record stands or falls with the change, and it waits for no lock the caller already holds.
     */
    @Transactional
    public AuditRecord recordAs(String actor, AuditEvent event) {
        return append(actor, event);
    }

    @Transactional(readOnly = true)
    public Page<AuditRecord> list(String entityType, String entityId, String actor, PageRequest page) {
        return Page.of(records.list(entityType, entityId, actor, page), page,
                records.count(entityType, entityId, actor));
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        return records.verify();
    }

    /** The content of an attachment by its SHA-256, as stored (JSON). */
    @Transactional(readOnly = true)
    public java.util.Optional<String> attachment(String sha256) {
        return records.attachment(sha256);
    }

    private AuditRecord append(String actor, AuditEvent event) {
        // What does not fit a column goes whole into the attachment; the column says where it is. Nothing is cut.
        java.util.Map<String, Object> overflow = new java.util.LinkedHashMap<>();
        if (event.attachment() != null) {
            overflow.put("attachment", event.attachment());
        }
        String entityId = fit("entityId", printable(event.entityId()), MAX_ENTITY_ID, overflow);
        String before = fit("before", printable(toJson(event.before())), MAX_VALUE, overflow);
        String after = fit("after", printable(toJson(event.after())), MAX_VALUE, overflow);
        String detail = fit("detail", printable(event.detail()), MAX_DETAIL, overflow);
        String who = fit("actor", printable(actor), MAX_ACTOR, overflow);
        String content = overflow.isEmpty() ? null : json.writeValueAsString(overflow);
        String contentHash = content == null ? null : ChainHash.sha256(content);
        AuditRepository.Head head = records.lockHead();
        long seq = head.lastSeq() + 1;
        Instant now = time.instant().truncatedTo(ChronoUnit.MILLIS);
        AuditRecord unsigned = new AuditRecord(seq, now, who, event.action(), event.entityType(), entityId,
                event.unitCode(), before, after, detail, head.lastHash(), null, contentHash);
        AuditRecord signed = ChainHash.sign(unsigned);
        if (content != null) {
            records.attach(contentHash, content);
        }
        records.append(signed);
        return signed;
    }

    private static final int MAX_ACTOR = 120;
    private static final int MAX_ENTITY_ID = 200;
    private static final int MAX_VALUE = 65_535;
    private static final int MAX_DETAIL = 2_000;

    private static String fit(String field, String value, int max, java.util.Map<String, Object> overflow) {
        if (value == null || value.length() <= max) {
            return value;
        }
        overflow.put(field, value);
        String pointer = "(" + value.length() + " characters, whole in the attachment)";
        return max < 60 ? pointer.substring(0, Math.min(pointer.length(), max)) : pointer;
    }

    /**
     * What was attempted is recorded as it came, but control characters (which PostgreSQL cannot store, and which
     * hide text) are written as visible escapes such as \u0000.
     */
    private static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                    || (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                            && Character.isHighSurrogate(text.charAt(i - 1))));
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String text ? text : json.writeValueAsString(value);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
    }
}
