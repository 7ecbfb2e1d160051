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

    @Transactional(readOnly = true)
    public Page<AuditRecord> list(String entityType, String entityId, String actor, PageRequest page) {
        return Page.of(records.list(entityType, entityId, actor, page), page,
                records.count(entityType, entityId, actor));
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        return records.verify();
    }

    private AuditRecord append(String actor, AuditEvent event) {
        AuditRepository.Head head = records.lockHead();
        long seq = head.lastSeq() + 1;
        Instant now = time.instant().truncatedTo(ChronoUnit.MILLIS);
        AuditRecord unsigned = new AuditRecord(seq, now, actor, event.action(), event.entityType(), event.entityId(),
                event.unitCode(), toJson(event.before()), toJson(event.after()), event.detail(), head.lastHash(), null);
        AuditRecord signed = ChainHash.sign(unsigned);
        records.append(signed);
        return signed;
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
