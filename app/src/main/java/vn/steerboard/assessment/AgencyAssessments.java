package vn.steerboard.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.assessment.internal.AgencyRules;
import vn.steerboard.assessment.internal.AgencyStore;
import vn.steerboard.assessment.internal.AgencyViews;
import vn.steerboard.assessment.internal.AnswerRules;
import vn.steerboard.assessment.internal.EvidenceFiles;
import vn.steerboard.assessment.internal.Tokens;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.RowProblem;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.Role;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/**
 * An agency's self-assessment under the DTI framework or the data-governance compliance review, for a year: its own
 * OFFICERs and LEADERs start it, answer as they go, attach evidence files and submit it to MOST. Only the agency's own
 * accounts (bound to exactly that unit) and ADMIN may read it: another agency's assessment is refused and audited,
 * whatever the other agency's place in the tree. MOST's appraisal is {@link Appraisals}' business.
 */
@Service
public class AgencyAssessments {

    public static final String ENTITY = "AGENCY_ASSESSMENT";
    public static final int FIRST_YEAR = 2024;

    private final AgencyStore store;
    private final AgencyViews views;
    private final FrameworkLibrary frameworks;
    private final Registry registry;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final VietnamTime time;

    AgencyAssessments(AgencyStore store, AgencyViews views, FrameworkLibrary frameworks, Registry registry,
            AccessPolicy access, AuditTrail audit, VietnamTime time) {
        this.store = store;
        this.views = views;
        this.frameworks = frameworks;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
        this.time = time;
    }

    /** Starts the unit's assessment of a framework for a year under its latest version, or resumes it. */
    @Transactional
    public AgencyAssessmentView start(String unit, String frameworkCode, Integer year) {
        OrgUnit u = agency(unit);
        Actor actor = access.requireRoleAt(u.code(), "CHANGE", ENTITY, frameworkCode + "/" + year, Role.OFFICER, Role.LEADER);
        Framework f = frameworks.latest(frameworkCode == null ? "" : frameworkCode);
        if (f.audience() != Framework.Audience.AGENCY) {
            throw InvalidParameterException.field("framework", frameworkCode, "a framework agencies answer (DTI, compliance)")
                    .because("assessment.agency.problem.framework");
        }
        int today = time.today().getYear();
        if (year == null || year < FIRST_YEAR || year > today) {
            throw InvalidParameterException.field("year", year, "a year from " + FIRST_YEAR + " to " + today)
                    .because("assessment.agency.problem.year", String.valueOf(FIRST_YEAR), String.valueOf(today));
        }
        AgencyStore.Row existing = store.of(u.code(), f.code(), year).orElse(null);
        if (existing != null) {
            return views.view(existing);
        }
        String ref = Tokens.newReference();
        try {
            store.insert(ref, u.code(), u.type().name(), f.code(), f.version(), year, actor.name(), time.now());
        } catch (DuplicateKeyException raced) {
            return views.view(store.of(u.code(), f.code(), year).orElseThrow());
        }
        audit.record(AuditEvent.change("AGENCY_START", ENTITY, ref, u.code(), null,
                Map.of("framework", f.code(), "version", f.version(), "year", year)));
        return views.view(store.byRef(ref).orElseThrow());
    }

    /** ADMIN: every agency's assessments; an agency's own accounts: the agency's only; anyone else: none. */
    public List<AgencySummary> list(String frameworkCode, Integer year) {
        Actor actor = access.requireActor();
        if (!actor.isAdmin() && actor.unitCode() == null) {
            return List.of();
        }
        String code = frameworkCode == null || frameworkCode.isBlank() ? null : frameworkCode;
        return store.list(actor.isAdmin() ? null : actor.unitCode(), code, year).stream().map(views::summary).toList();
    }

    public AgencyAssessmentView view(String ref) {
        return views.view(readable(ref, false));
    }

    /** Saves answers (all or none) while the assessment is a draft. */
    @Transactional
    public AgencyAssessmentView answer(String ref, Map<String, AnswerInput> answers) {
        AgencyStore.Row a = draft(ref);
        Framework f = frameworks.get(a.frameworkCode(), a.frameworkVersion());
        Map<String, AnswerRules.Checked> checked = AgencyRules.check(f, answers, a.unitType());
        String by = access.requireActor().name();
        checked.forEach((criterion, c) -> store.saveAnswer(a.id(), criterion, c.value(), c.evidence(), by, time.now()));
        Map<String, Object> after = new LinkedHashMap<>();
        checked.forEach((criterion, c) -> after.put(criterion, c.value()));
        audit.record(AuditEvent.change("AGENCY_ANSWER", ENTITY, ref, a.unitCode(), null, after));
        return views.view(store.byRef(ref).orElseThrow());
    }

    /** Attaches an evidence file to a criterion of a draft; the file is checked as hostile before it is stored. */
    @Transactional
    public AgencyAssessmentView.EvidenceFile attach(String ref, String criterion, String fileName, byte[] content) {
        AgencyStore.Row a = draft(ref);
        Framework f = frameworks.get(a.frameworkCode(), a.frameworkVersion());
        Framework.Criterion c = AgencyRules.criterion(f, criterion, a.unitType());
        if (c == null) {
            throw InvalidParameterException.field("criterion", criterion == null ? null : vn.steerboard.common.EdgeText
                    .visible(criterion.length() > 64 ? criterion.substring(0, 64) : criterion), "a criterion of this assessment")
                    .because("assessment.agency.problem.criterion");
        }
        if (store.evidenceCount(a.id()) >= EvidenceFiles.MAX_FILES) {
            throw new ConflictException("At most " + EvidenceFiles.MAX_FILES + " evidence files per assessment")
                    .because("assessment.agency.problem.tooMany", EvidenceFiles.MAX_FILES);
        }
        EvidenceFiles.Checked file = EvidenceFiles.check(fileName, content);
        String by = access.requireActor().name();
        long id = store.addEvidence(a.id(), c.code(), file, by, time.now());
        if (c.type() == AnswerType.FILE) {
            store.saveAnswer(a.id(), c.code(), AgencyRules.ATTACHED, null, by, time.now());
        }
        audit.record(AuditEvent.change("AGENCY_EVIDENCE", ENTITY, ref, a.unitCode(), null, Map.of("criterion", c.code(),
                "file", file.fileName(), "type", file.contentType(), "bytes", file.content().length, "sha256", file.sha256())));
        return store.evidence(a.id()).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    /** An evidence file, for the agency's own accounts and ADMIN. */
    public EvidenceDownload file(String ref, long evidenceId) {
        AgencyStore.Row a = readable(ref, false);
        AgencyStore.File file = store.file(a.id(), evidenceId).orElseThrow(() -> new vn.steerboard.common.NotFoundException(
                "No evidence file " + evidenceId + " in assessment " + ref));
        return new EvidenceDownload(file.fileName(), file.contentType(), file.content());
    }

    /** A stored evidence file: the cleaned name, the type recognised from its content, the bytes. */
    public record EvidenceDownload(String fileName, String contentType, byte[] content) {}

    /** Submits the draft to MOST: every applicable criterion answered (FILE ones with a file); scored as self-assessed. */
    @Transactional
    public AgencyAssessmentView submit(String ref) {
        AgencyStore.Row a = draft(ref);
        Framework f = frameworks.get(a.frameworkCode(), a.frameworkVersion());
        Map<String, AgencyStore.Answer> answers = store.answers(a.id());
        List<RowProblem> missing = new ArrayList<>();
        f.criteria().filter(c -> c.appliesTo(null, a.unitType())).filter(c -> !answers.containsKey(c.code()))
                .forEach(c -> missing.add(new RowProblem(missing.size() + 1, "answers." + c.code(), null, c.type() == AnswerType.FILE
                        ? "no evidence file attached" : "not answered yet").because(c.type() == AnswerType.FILE
                        ? "assessment.agency.problem.noFile" : "assessment.agency.problem.unanswered")));
        if (!missing.isEmpty()) {
            throw new RejectedFileException("incomplete-assessment", "Assessment not complete", missing.size()
                    + " criteria are not answered yet; nothing was changed", missing);
        }
        Scoring.Result r = Scoring.score(f, AgencyRules.scored(answers, false), null, a.unitType());
        String by = access.requireActor().name();
        store.submitted(a.id(), r.total(), r.level(), r.pillars(), by, time.now());
        audit.record(AuditEvent.change("AGENCY_SUBMIT", ENTITY, ref, a.unitCode(), null, Map.of("total",
                vn.steerboard.assessment.internal.Results.round(r.total()), "level", String.valueOf(r.level()))));
        return views.view(store.byRef(ref).orElseThrow());
    }

    private AgencyStore.Row draft(String ref) {
        AgencyStore.Row a = found(ref, true);
        access.requireRoleAt(a.unitCode(), "CHANGE", ENTITY, ref, Role.OFFICER, Role.LEADER);
        if (a.status() != AgencyStatus.DRAFT) {
            throw new ConflictException("The assessment is " + a.status() + "; only a draft is answered")
                    .because("assessment.agency.problem.notDraft");
        }
        return a;
    }

    AgencyStore.Row readable(String ref, boolean lock) {
        AgencyStore.Row a = found(ref, lock);
        access.requireRoleAt(a.unitCode(), "READ", ENTITY, ref, Role.ADMIN, Role.OFFICER, Role.LEADER, Role.VIEWER);
        return a;
    }

    AgencyStore.Row found(String ref, boolean lock) {
        if (ref == null || !ref.matches("[0-9a-f-]{36}")) {
            throw new vn.steerboard.common.NotFoundException("No agency assessment").because("assessment.agency.problem.notFound");
        }
        return (lock ? store.lock(ref) : store.byRef(ref)).orElseThrow(() -> new vn.steerboard.common.NotFoundException(
                "No agency assessment " + ref).because("assessment.agency.problem.notFound"));
    }

    private OrgUnit agency(String unit) {
        OrgUnit u = unit == null ? null : registry.find(unit).orElse(null);
        if (u == null || (u.type() != OrgUnitType.PROVINCE && u.type() != OrgUnitType.CENTRAL)) {
            throw InvalidParameterException.field("unit", unit == null ? null : vn.steerboard.common.EdgeText.visible(
                    unit.length() > 20 ? unit.substring(0, 20) : unit), "a province or a ministry from the registry")
                    .because("assessment.agency.problem.unit");
        }
        return u;
    }
}
