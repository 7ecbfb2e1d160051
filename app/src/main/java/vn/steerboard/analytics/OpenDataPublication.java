package vn.steerboard.analytics;

import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.analytics.internal.PublicationStore;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.identity.AccessPolicy;

/** The ADMIN's choice of how deep approved indicator values are published as open data. */
@Service
public class OpenDataPublication {

    private final PublicationStore store;
    private final AccessPolicy access;
    private final AuditTrail audit;

    OpenDataPublication(PublicationStore store, AccessPolicy access, AuditTrail audit) {
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    public PublicationLevel level() {
        return store.level();
    }

    /** ADMIN only; checked before the value, so a refused caller learns nothing. */
    @Transactional
    public PublicationLevel change(String requested) {
        access.requireAdmin("PUBLICATION", null);
        PublicationLevel level = Arrays.stream(PublicationLevel.values()).filter(l -> l.name().equals(requested)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("level", requested, "NATIONAL, PROVINCE or COMMUNE")
                .because("reason.publication.level"));
        PublicationLevel before = store.level();
        store.change(level);
        audit.record(new AuditEvent("PUBLICATION_CHANGED", "PUBLICATION", "indicators", null, Map.of("level", before.name()),
                Map.of("level", level.name()), null));
        return level;
    }
}
