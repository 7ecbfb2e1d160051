package vn.steerboard.quality;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.VietnameseText;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.quality.engine.SuiteException;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.suite.SuiteReader;
import vn.steerboard.quality.internal.QualityStore;
import vn.steerboard.quality.internal.ScanPolicy;
import vn.steerboard.quality.internal.ScanRunner;
import vn.steerboard.quality.internal.UnitFolders;
import vn.steerboard.registry.Registry;

/**
 * Agencies' databases and their scans. An agency's officers and leaders (and ADMIN) register and scan the
 * databases of their subtree; everyone signed in reads the rankings; details stay within the subtree.
 */
@Service
public class QualitySources {

    static final String ENTITY = "quality-source";
    private static final Set<String> KINDS = Set.of("JDBC", "FILE", "UPLOAD");

    private final QualityStore store;
    private final ScanRunner runner;
    private final Registry registry;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ScanPolicy policy;
    private final UnitFolders folders;

    private final vn.steerboard.common.VietnamTime time;

    QualitySources(QualityStore store, ScanRunner runner, Registry registry, AccessPolicy access,
            AuditTrail audit, ScanPolicy policy, UnitFolders folders, vn.steerboard.common.VietnamTime time) {
        this.folders = folders;
        this.policy = policy;
        this.time = time;
        this.store = store;
        this.runner = runner;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public SourceView register(SourceDraft draft) {
        if (draft == null || draft.ownerUnit() == null || !registry.exists(draft.ownerUnit())) {
            throw InvalidParameterException.field("ownerUnit", draft == null ? null : draft.ownerUnit(), "a unit code from the registry")
                    .because("reason.unit.unknown");
        }
        access.requireChange(draft.ownerUnit(), ENTITY, draft.name());
        String kind = draft.kind() == null ? "" : draft.kind().strip().toUpperCase();
        if (!KINDS.contains(kind)) {
            throw InvalidParameterException.field("kind", draft.kind(), "JDBC, FILE or UPLOAD")
                    .because("reason.source.kind");
        }
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
            throw InvalidParameterException.field("name", draft.name(), "required, at most 200 characters")
                    .because("reason.length", 1, 200);
        }
        try {
            if (kind.equals("JDBC")) {
                policy.requireJdbc(draft.location());
            } else if (kind.equals("FILE")) {
                folders.requireFile(draft.ownerUnit(), draft.location());
            }
        } catch (InvalidParameterException refused) {
            audit.recordRefusal(new AuditEvent("REFUSED_LOCATION", ENTITY, null, draft.ownerUnit(), null, null,
                    refused.getMessage()));
            throw refused;
        }
        if (draft.suiteYaml() != null && !draft.suiteYaml().isBlank()) {
            validateSuite(draft.suiteYaml());
        }
        Actor actor = access.requireActor();
        long id = store.insertSource(draft, kind, VietnameseText.clean(draft.name()), actor.name(), now());
        SourceView created = store.source(id).orElseThrow();
        audit.record(AuditEvent.change("CREATE", ENTITY, String.valueOf(id), draft.ownerUnit(), null, withoutSecret(created)));
        return created;
    }

    /** Replaces the suite; a malformed suite is refused with its line and field. */
    @Transactional
    public SourceView attachSuite(long id, String yaml) {
        SourceView before = get(id);
        access.requireChange(before.ownerUnit(), ENTITY, String.valueOf(id));
        validateSuite(yaml);
        store.updateSuite(id, yaml);
        audit.record(AuditEvent.change("UPDATE_SUITE", ENTITY, String.valueOf(id), before.ownerUnit(),
                Map.of("suite", String.valueOf(before.suiteYaml())), Map.of("suite", yaml)));
        return store.source(id).orElseThrow();
    }

    private static void validateSuite(String yaml) {
        parseSuite(yaml);
    }

    static vn.steerboard.quality.engine.Suite parseSuite(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw InvalidParameterException.field("suite", null, "a suite (YAML) is required")
                    .because("reason.suite.missing");
        }
        try {
            return new SuiteReader(Dictionary.standard()).read(yaml);
        } catch (SuiteException e) {
            throw InvalidParameterException.field("suite", e.field(), e.getMessage()).because("reason.suite.at", e.line(),
                    e.field(), new vn.steerboard.common.UserMessage("reason.suite." + e.key(), e.args()));
        }
    }

    public SourceView get(long id) {
        SourceView source = store.source(id).orElseThrow(() -> new NotFoundException("No data source " + id)
                .because("problem.source.notFound", String.valueOf(id)));
        access.requireRead(source.ownerUnit(), ENTITY, String.valueOf(id));
        return source;
    }

    /** The sources of the reader's subtree (all for ADMIN and unbound viewers). */
    public List<SourceView> visible() {
        Actor actor = access.requireActor();
        return store.sources().stream().filter(s -> access.canRead(s.ownerUnit())).toList();
    }

    /** Starts a scan now; it runs in the background and its progress is stored as it goes. */
    /** Starts a server scan as of today in Vietnam. */
    public ScanView scanNow(long id) {
        return scanNow(id, vn.steerboard.common.AsOf.today(time));
    }

    /**
     * Starts a server scan with {@code asOf} as the reference day of freshness, not_in_future and codes in force on
     * undated records; the report records it, so two scans of the same data as of the same day give the same report.
     */
    public ScanView scanNow(long id, vn.steerboard.common.AsOf asOf) {
        SourceView source = get(id);
        access.requireChange(source.ownerUnit(), ENTITY, String.valueOf(id));
        if (source.suiteYaml() == null || source.suiteYaml().isBlank()) {
            throw InvalidParameterException.field("suite", null, "attach a suite before scanning")
                    .because("reason.suite.beforeScan");
        }
        if (source.kind().equals("UPLOAD")) {
            throw InvalidParameterException.field("kind", "UPLOAD", "this database is scanned by its agency; upload the report")
                    .because("reason.source.uploadOnly");
        }
        Actor actor = access.requireActor();
        long scan = store.startScan(id, "SERVER", actor.name(), now());
        audit.record(AuditEvent.change("SCAN", ENTITY, String.valueOf(id), source.ownerUnit(), null, Map.of("scan", scan)));
        runner.run(scan, source, store.secret(id), asOf.day());
        return store.scan(scan).orElseThrow();
    }

    public ScanView scan(long scanId) {
        ScanView scan = store.scan(scanId).orElseThrow(() -> new NotFoundException("No scan " + scanId)
                .because("problem.scan.notFound", String.valueOf(scanId)));
        get(scan.sourceId());
        return scan;
    }

    public List<ScanView> history(long sourceId) {
        get(sourceId);
        return store.history(sourceId);
    }

    /** Databases ranked on their latest successful scan; within a unit's subtree when {@code unit} is given. */
    public List<RankedSource> ranking(String unit) {
        access.requireActor();
        List<RankedSource> rows = store.latestScores(unit);
        List<RankedSource> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RankedSource r = rows.get(i);
            int rank = i > 0 && rows.get(i - 1).rankingScore() == r.rankingScore() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new RankedSource(rank, r.sourceId(), r.name(), r.ownerUnit(), r.ownerName(), r.databaseScore(),
                    r.rankingScore(), r.band(), r.rows(), r.criteria()));
        }
        return ranked;
    }

    /** Mean latest database score of the unit's subtree (or all), for scorecards; null when nothing was scanned. */
    public Double averageScore(String unit) {
        return store.latestScores(unit).stream().mapToDouble(RankedSource::databaseScore).average().stream()
                .map(v -> Math.round(v * 10) / 10.0).boxed().findFirst().orElse(null);
    }

    /** Pre-2025 codes still in use, per database of the reader's subtree, latest scans. */
    public List<RetiredCodeFinding> retiredCodes() {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return store.retiredCodes().stream().filter(f -> access.canRead(store.source(f.sourceId()).orElseThrow().ownerUnit()))
                .map(f -> new RetiredCodeFinding(f.sourceId(), f.sourceName(), f.ownerName(), f.checkId(), f.rows(), f.checked(),
                        f.examples() == null ? null : java.util.Arrays.stream(f.examples().split("; "))
                                .map(e -> vn.steerboard.quality.engine.Findings.render(e, locale))
                                .collect(java.util.stream.Collectors.joining("; "))))
                .toList();
    }

    private static Map<String, Object> withoutSecret(SourceView view) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", view.name());
        values.put("kind", view.kind());
        values.put("location", view.location());
        values.put("nationalDatabase", view.nationalDatabase());
        values.put("credentialsStored", view.credentialsStored());
        return values;
    }

    private OffsetDateTime now() {
        return time.now();
    }
}
