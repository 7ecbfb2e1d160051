package vn.steerboard.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.audit.AuditRecord;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.audit.ChainVerification;
import vn.steerboard.common.Page;
import vn.steerboard.common.PageRequest;

/** The audit trail for administrators: browse it, and verify that the chain is unbroken. */
@RestController
@RequestMapping("/api/admin/audit")
@Tag(name = "Audit", description = "Append-only, hash-chained record of every change (ADMIN only)")
class AuditApiController {

    private final AuditTrail trail;

    AuditApiController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @Operation(summary = "Audit records, newest first")
    Page<AuditRecord> list(@RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId, @RequestParam(required = false) String actor,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return trail.list(entityType, entityId, actor, PageRequest.of(page, size, 50));
    }

    @GetMapping(value = "/attachments/{sha256}", produces = "application/json")
    @Operation(summary = "An audit record's attachment (JSON) by its SHA-256, e.g. every submission id a batch wrote")
    String attachment(@org.springframework.web.bind.annotation.PathVariable String sha256) {
        return trail.attachment(sha256).orElseThrow(() -> new vn.steerboard.common.NotFoundException(
                "No audit attachment with SHA-256 " + sha256));
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the hash chain and name the first broken record, if any")
    ChainVerification verify() {
        return trail.verify();
    }
}
