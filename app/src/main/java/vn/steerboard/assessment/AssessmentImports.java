package vn.steerboard.assessment;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.assessment.internal.CountStore;
import vn.steerboard.assessment.internal.ImportChecks;
import vn.steerboard.assessment.internal.ImportStore;
import vn.steerboard.assessment.internal.Tokens;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.PayloadTooLargeException;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.registry.Registry;

/**
 * Completed assessments imported in bulk by the staff who collected them (a province's department of science and
 * technology, or ADMIN for any province): each row checked as a sign-up and a completion are (tax code with its check
 * digit, VSIC variant, province and commune, every applicable criterion answered with a value it can take), scored by
 * the same rules, stored with its answers and counted nationally in the batch's transaction, with one audit record.
 * All or nothing: one bad row refuses the batch, naming every row, field and value. A tax code that has a counted
 * assessment of the version is a reassessment: the earlier one stays in its history, superseded. Once per
 * Idempotency-Key: the same batch sent again is answered from the first time.
 */
@Service
public class AssessmentImports {

    public static final int MAX_BATCH = 5_000;
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{7,99}");

    private final FrameworkLibrary frameworks;
    private final Registry registry;
    private final ImportStore store;
    private final CountStore counts;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final VietnamTime time;
    private final ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.builder().build();

    AssessmentImports(FrameworkLibrary frameworks, Registry registry, ImportStore store, CountStore counts,
            AccessPolicy access, AuditTrail audit, VietnamTime time, ApplicationEventPublisher events) {
        this.frameworks = frameworks;
        this.registry = registry;
        this.store = store;
        this.counts = counts;
        this.access = access;
        this.audit = audit;
        this.time = time;
        this.events = events;
    }

    @Transactional
    public AssessmentImport.Result importCompleted(String key, AssessmentImport batch) {
        Actor actor = access.requireActor();
        List<CompletedAssessment> rows = batch == null || batch.assessments() == null ? List.of() : batch.assessments();
        // who may import what first: every province named in the batch must be the caller's to submit for
        Set<String> provinces = new TreeSet<>();
        rows.forEach(r -> {
            String p = r == null || r.provinceCode() == null ? null : r.provinceCode().strip();
            if (p != null && registry.exists(p)) {
                provinces.add(p);
            }
        });
        provinces.forEach(p -> access.requireSubmitter(p, "ASSESSMENT_IMPORT", key));
        if (provinces.isEmpty() && !actor.isAdmin()) {
            access.requireAdmin("ASSESSMENT_IMPORT", key);
        }
        if (key == null || !KEY.matcher(key).matches()) {
            throw InvalidParameterException.field("Idempotency-Key", key == null ? null : vn.steerboard.common.EdgeText.visible(key),
                    "8 to 100 letters, digits, '.', '_', ':' or '-', one per batch").because("assessment.import.key");
        }
        if (rows.isEmpty() || rows.size() > MAX_BATCH) {
            throw new PayloadTooLargeException(MAX_BATCH + " assessments", "A batch holds 1 to " + MAX_BATCH
                    + " completed assessments");
        }
        Framework f = frameworks.latest(batch.framework() == null || batch.framework().isBlank() ? "sme-dx" : batch.framework());
        if (f.audience() != Framework.Audience.ENTERPRISE) {
            throw InvalidParameterException.field("framework", f.code(), "an enterprise framework")
                    .because("assessment.import.framework");
        }
        String body = vn.steerboard.common.JsonDigest.sha256(json, batch);
        ImportStore.Batch earlier = store.batch(key).orElse(null);
        if (earlier != null) {
            return replay(earlier, body);
        }
        List<ImportChecks.Checked> checked = ImportChecks.check(f, rows, registry);
        return store(key, body, f, checked, actor.name());
    }

    private AssessmentImport.Result replay(ImportStore.Batch earlier, String body) {
        if (!earlier.bodySha256().equals(body)) {
            throw new ConflictException("Idempotency-Key " + earlier.key() + " was used for another batch")
                    .because("assessment.import.keyReused", earlier.key());
        }
        return new AssessmentImport.Result(earlier.key(), earlier.frameworkCode(), earlier.frameworkVersion(),
                earlier.imported(), earlier.newEnterprises(), earlier.reassessed(), true);
    }

    private AssessmentImport.Result store(String key, String body, Framework f, List<ImportChecks.Checked> checked, String by) {
        OffsetDateTime now = time.now();
        Map<String, Long> known = store.enterpriseIds(checked.stream().map(c -> c.signUp().taxCode()).toList());
        List<ImportStore.NewEnterprise> fresh = checked.stream().filter(c -> !known.containsKey(c.signUp().taxCode()))
                .map(c -> new ImportStore.NewEnterprise(c.signUp().taxCode(), c.signUp().name(), c.signUp().vsic(),
                        c.signUp().sizeClass().name(), c.signUp().provinceCode(), c.signUp().communeCode(), c.signUp().email()))
                .toList();
        List<ImportStore.Counted> superseded = store.counted(known.values(), f.code(), f.version());
        try {
            // the key first: a second request with it waits for this one's commit, then is refused as a duplicate
            store.recordBatch(new ImportStore.Batch(key, body, f.code(), f.version(), checked.size(), fresh.size(),
                    superseded.size()), by, now);
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("A batch with Idempotency-Key " + key + " was stored meanwhile; send it again to"
                    + " see its result").because("assessment.import.raced", key);
        }
        store.insertEnterprises(fresh, now);
        Map<String, Long> enterprises = new HashMap<>(known);
        if (!fresh.isEmpty()) {
            enterprises.putAll(store.enterpriseIds(fresh.stream().map(ImportStore.NewEnterprise::taxCode).toList()));
        }
        List<CountStore.Change> changes = new ArrayList<>();
        Map<Long, Map<String, Double>> before = store.effectivePillars(superseded.stream().map(ImportStore.Counted::id).toList());
        for (ImportStore.Counted old : superseded) {
            changes.add(new CountStore.Change(new CountStore.CountKey(old.level(), old.province(), old.industry(), old.size()),
                    before.getOrDefault(old.id(), Map.of()), -1));
        }
        store.supersede(superseded.stream().map(ImportStore.Counted::id).toList());
        List<ImportStore.NewAssessment> assessments = new ArrayList<>();
        Map<String, ImportChecks.Checked> byRef = new HashMap<>();
        for (ImportChecks.Checked c : checked) {
            String ref = Tokens.newReference();
            byRef.put(ref, c);
            assessments.add(new ImportStore.NewAssessment(ref, enterprises.get(c.signUp().taxCode()), c.industry(),
                    c.signUp().vsic(), c.signUp().sizeClass().name(), c.signUp().provinceCode(), c.score().total(),
                    c.score().level()));
            changes.add(new CountStore.Change(new CountStore.CountKey(c.score().level() == null ? CountStore.NO_LEVEL
                    : c.score().level(), c.signUp().provinceCode(), c.industry(), c.signUp().sizeClass().name()),
                    c.score().pillars(), 1));
        }
        Map<String, Long> ids = store.insertAssessments(assessments, f.code(), f.version(), key, now);
        List<Object[]> pillarRows = new ArrayList<>();
        List<Object[]> answerRows = new ArrayList<>();
        ids.forEach((ref, id) -> {
            ImportChecks.Checked c = byRef.get(ref);
            c.score().pillars().forEach((pillar, score) -> pillarRows.add(new Object[] {id, pillar, score}));
            c.answers().forEach((criterion, answer) -> answerRows.add(new Object[] {id, criterion, answer}));
        });
        store.insertPillarScores(pillarRows);
        store.insertAnswers(answerRows, now);
        counts.applySummed(f.code(), f.version(), changes);
        // last, in the batch's transaction: the audit chain's head stays locked only until this commit
        audit.record(new AuditEvent("IMPORT", "ASSESSMENT", key, provinceIfOne(checked), null, Map.of("framework",
                f.code() + "@" + f.version(), "assessments", checked.size(), "newEnterprises", fresh.size(),
                "reassessed", superseded.size()), null, null));
        events.publishEvent(new AssessmentCompleted(f.code(), f.version(), null, null, null, null, false));
        return new AssessmentImport.Result(key, f.code(), f.version(), checked.size(), fresh.size(), superseded.size(), false);
    }

    private static String provinceIfOne(List<ImportChecks.Checked> checked) {
        Set<String> provinces = new TreeSet<>();
        checked.forEach(c -> provinces.add(c.signUp().provinceCode()));
        return provinces.size() == 1 ? provinces.iterator().next() : null;
    }
}
