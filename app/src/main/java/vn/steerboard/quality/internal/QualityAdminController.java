package vn.steerboard.quality.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.identity.AccessPolicy;

/** ADMIN's list of the hosts server-side scans may connect to (empty by default); every change audited. */
@RestController
@RequestMapping("/api/admin/quality/hosts")
@Tag(name = "Database quality", description = "Agencies' databases, suites, scans, scores and rankings")
class QualityAdminController {

    static final String ENTITY = "quality-allowed-host";

    private final ScanPolicy policy;
    private final AccessPolicy access;
    private final AuditTrail audit;

    QualityAdminController(ScanPolicy policy, AccessPolicy access, AuditTrail audit) {
        this.policy = policy;
        this.access = access;
        this.audit = audit;
    }

    record HostDraft(String host, Integer port, String database, String note) {
    }

    @GetMapping
    @Operation(summary = "Hosts and ports server-side scans may connect to (ADMIN)")
    List<ScanPolicy.AllowedHost> list() {
        access.requireAdmin(ENTITY, null);
        return policy.hosts();
    }

    @PostMapping
    @Transactional
    @Operation(summary = "Allow a host and port (and optionally only one database) for server-side scans (ADMIN);"
            + " loopback and the application's own database need an entry naming them exactly")
    ResponseEntity<ScanPolicy.AllowedHost> add(@RequestBody HostDraft draft) {
        access.requireAdmin(ENTITY, draft == null ? null : draft.host());
        ScanPolicy.AllowedHost added = policy.addHost(draft.host(), draft.port(), draft.database(), draft.note(),
                access.requireActor().name());
        audit.record(AuditEvent.change("CREATE", ENTITY, String.valueOf(added.id()), null, null,
                Map.of("host", added.host(), "port", added.port(), "database", String.valueOf(added.database()))));
        return ResponseEntity.status(201).body(added);
    }

    @DeleteMapping("/{id}")
    @Transactional
    @Operation(summary = "Remove a host from the list (ADMIN); its sources' next scans are refused")
    ResponseEntity<Void> remove(@PathVariable long id) {
        access.requireAdmin(ENTITY, String.valueOf(id));
        ScanPolicy.AllowedHost removed = policy.removeHost(id);
        audit.record(AuditEvent.change("DELETE", ENTITY, String.valueOf(id), null,
                Map.of("host", removed.host(), "port", removed.port(), "database", String.valueOf(removed.database())), null));
        return ResponseEntity.noContent().build();
    }
}
