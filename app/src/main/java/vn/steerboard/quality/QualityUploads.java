package vn.steerboard.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.quality.engine.QualityEngine;
import vn.steerboard.quality.engine.ScanReport;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.report.ReportWriters;
import vn.steerboard.quality.internal.QualityStore;
import vn.steerboard.quality.internal.UnitFolders;
import vn.steerboard.registry.Registry;

/**
 * What agencies upload: scan reports made inside their own network ({@code quality scan --json}), and the CSV or
 * Parquet files their FILE sources read. Sources and server scans are {@link QualitySources}' business.
 */
@Service
public class QualityUploads {

    private static final String ENTITY = QualitySources.ENTITY;

    private final QualityStore store;
    private final UnitFolders folders;
    private final Registry registry;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final VietnamTime time;

    QualityUploads(QualityStore store, UnitFolders folders, Registry registry, AccessPolicy access, AuditTrail audit,
            VietnamTime time) {
        this.store = store;
        this.folders = folders;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
        this.time = time;
    }

    /**
     * Stores a report produced by {@code quality scan} inside the agency's network. Only its counts are believed:
     * checks, criteria and importances come from the suite on the server and every score is recomputed; the
     * examples pass the same masking exit as a server scan's. With an API token, only the token bound to the
     * source may upload (the first token to upload is bound when none was named). The stored report is signed.
     */
    @Transactional
    public ScanView upload(long id, String json) {
        SourceView source = store.source(id).orElseThrow(() -> new NotFoundException("No data source " + id)
                .because("problem.source.notFound", String.valueOf(id)));
        access.requireChange(source.ownerUnit(), ENTITY, String.valueOf(id));
        Actor actor = access.requireActor();
        if (actor.token() && !store.bindUploadToken(id, actor.name())) {
            String message = actor.name() + " may not upload reports of quality-source '" + id + "': they are tied to another token";
            audit.recordRefusal(new AuditEvent("ACCESS_DENIED", ENTITY, String.valueOf(id), source.ownerUnit(), null, null,
                    message));
            throw new AccessPolicy.AccessRefusedException(message,
                    vn.steerboard.common.UserMessage.of("problem.upload.otherToken", actor.name(), id));
        }
        if (source.suiteYaml() == null || source.suiteYaml().isBlank()) {
            throw InvalidParameterException.field("suite", null, "attach the suite before uploading reports: scores are"
                    + " recomputed from it").because("reason.suite.beforeUpload");
        }
        ScanReport claimed = claimed(json);
        ScanReport report = rescored(claimed, source);
        double claimedScore = claimed.scores() == null ? Double.NaN : claimed.scores().database();
        long scan = store.startScan(id, "UPLOAD", actor.name(), time.now());
        store.finishScan(scan, report, time.now());
        store.signUpload(scan, id, actor.name(), claimedScore);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("scan", scan);
        after.put("score", report.scores().database());
        after.put("band", report.scores().band());
        after.put("claimedScore", Double.isNaN(claimedScore) ? null : claimedScore);
        audit.record(AuditEvent.change("UPLOAD_SCAN", ENTITY, String.valueOf(id), source.ownerUnit(), null, after));
        return store.scan(scan).orElseThrow();
    }

    private static ScanReport claimed(String json) {
        ScanReport claimed;
        try {
            claimed = ReportWriters.fromJson(json);
        } catch (RuntimeException e) {
            throw InvalidParameterException.field("report", "JSON", "not a scan report written by 'quality scan --json'")
                    .because("reason.report.notReport");
        }
        if (claimed == null || claimed.checks() == null) {
            throw InvalidParameterException.field("report", "JSON", "not a scan report written by 'quality scan --json'")
                    .because("reason.report.notReport");
        }
        return claimed;
    }

    /** The engine's reasons for refusing a report's counts, as bundle keys. */
    private static final Map<String, String> REPORT_REASONS = Map.of(
            "every check needs its id", "reason.report.noId",
            "failed must be between", "reason.report.failedRange",
            "given twice", "reason.report.twice",
            "missing from the report", "reason.report.missing",
            "not a check of the suite", "reason.report.unknownCheck");

    /** Only the counts are believed: every score is recomputed from the suite on the server. */
    private static ScanReport rescored(ScanReport claimed, SourceView source) {
        try {
            return QualityEngine.rescore(claimed, QualitySources.parseSuite(source.suiteYaml()), Dictionary.standard());
        } catch (IllegalArgumentException e) {
            String reason = e.getMessage().substring(e.getMessage().indexOf(':') + 2);
            throw InvalidParameterException.field("report", e.getMessage().substring(0, e.getMessage().indexOf(':')),
                    reason).because(REPORT_REASONS.entrySet().stream().filter(r -> reason.startsWith(r.getKey()))
                            .map(Map.Entry::getValue).findFirst().orElse("reason.report.notReport"));
        }
    }

    /** Stores a CSV or Parquet file in the unit's folder, for FILE sources of that unit. */
    public Map<String, Object> uploadFile(String unit, String fileName, java.io.InputStream content) {
        if (unit == null || !registry.exists(unit)) {
            throw InvalidParameterException.field("unit", unit, "a unit code from the registry")
                    .because("reason.unit.unknown");
        }
        access.requireChange(unit, "quality-file", fileName);
        Map<String, Object> stored = folders.storeUpload(unit, fileName, content);
        audit.record(AuditEvent.change("UPLOAD_FILE", "quality-file", String.valueOf(stored.get("location")), unit, null,
                stored));
        return stored;
    }

    /** The files of the unit's folder, for its staff. */
    public List<Map<String, Object>> files(String unit) {
        if (unit == null || !registry.exists(unit)) {
            throw new NotFoundException("No unit " + unit).because("problem.unit.notFound", unit);
        }
        access.requireRead(unit, "quality-file", null);
        return folders.files(unit);
    }
}
