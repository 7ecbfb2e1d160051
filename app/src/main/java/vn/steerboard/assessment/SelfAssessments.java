package vn.steerboard.assessment;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.steerboard.assessment.internal.AnswerRules;
import vn.steerboard.assessment.internal.AssessmentStore;
import vn.steerboard.assessment.internal.CountStore;
import vn.steerboard.assessment.internal.EnterpriseStore;
import vn.steerboard.assessment.internal.RateLimits;
import vn.steerboard.assessment.internal.Results;
import vn.steerboard.assessment.internal.Tokens;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.RowProblem;
import vn.steerboard.common.VietnamTime;

/**
 * The enterprise self-assessment: start (one open assessment per tax code and framework version; starting again
 * resumes it), answer as it goes (checked before anything is stored), complete (scored, counted in the national figures
 * in the same transaction; the previous completed assessment of that version becomes history), read the result.
 * Every call names the enterprise from its session; an assessment of another enterprise is refused and audited.
 */
@Service
public class SelfAssessments {

    /** The industry key of a framework without industry variants. */
    public static final String ALL_INDUSTRIES = "ALL";
    public static final int ANSWER_CALLS_PER_10_MINUTES = 600;

    private final AssessmentStore store;
    private final EnterpriseStore enterprises;
    private final FrameworkLibrary frameworks;
    private final NationalCounts counts;
    private final Results results;
    private final EnterpriseGuard guard;
    private final RateLimits limits;
    private final AuditTrail audit;
    private final VietnamTime time;
    private final TransactionTemplate transactions;

    SelfAssessments(AssessmentStore store, EnterpriseStore enterprises, FrameworkLibrary frameworks, NationalCounts counts,
            Results results, EnterpriseGuard guard, RateLimits limits, AuditTrail audit, VietnamTime time,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.store = store;
        this.enterprises = enterprises;
        this.frameworks = frameworks;
        this.counts = counts;
        this.results = results;
        this.guard = guard;
        this.limits = limits;
        this.audit = audit;
        this.time = time;
    }

    /** Starts an assessment under the latest version of an enterprise framework, or resumes the open one. */
    @Transactional
    public AssessmentView start(EnterpriseId who, String frameworkCode) {
        guard.require(who, "ASSESSMENT", frameworkCode);
        EnterpriseStore.Enterprise e = enterprises.byId(who.value()).orElseThrow(() -> new NotFoundException("No enterprise"));
        Framework f = frameworks.latest(frameworkCode);
        if (f.audience() != Framework.Audience.ENTERPRISE) {
            throw InvalidParameterException.field("framework", frameworkCode, "not a framework for enterprises");
        }
        AssessmentStore.Row open = store.open(e.taxCode(), f.code(), f.version()).orElse(null);
        if (open != null) {
            return view(f, open);
        }
        String industry = industry(f, e.vsic());
        String ref = Tokens.newReference();
        try {
            store.insert(new AssessmentStore.New(ref, e.id(), f.code(), f.version(), e.taxCode(), industry, e.vsic(),
                    e.sizeClass().name(), e.provinceCode(), time.now(), e.synthetic()));
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("An assessment of " + f.code() + " version " + f.version() + " is open already")
                    .because("assessment.self.problem.open");
        }
        AssessmentView started = view(f, store.byRef(ref).orElseThrow());
        audit.recordAs("enterprise:" + e.taxCode(), new AuditEvent("START", "ASSESSMENT", ref, e.provinceCode(), null,
                Map.of("framework", f.code(), "version", f.version()), null, null));
        return started;
    }

    static String industry(Framework f, String vsic) {
        return variantOf(f, vsic).orElseThrow(() -> InvalidParameterException.field("vsic", vsic,
                "no industry variant of " + f.code() + " covers this VSIC code"));
    }

    /** The industry variant an enterprise of this VSIC code answers: all industries when the framework has none. */
    public static java.util.Optional<String> variantOf(Framework f, String vsic) {
        return f.industries().isEmpty() ? java.util.Optional.of(ALL_INDUSTRIES)
                : f.industryOf(vsic).map(Framework.Industry::code);
    }

    /**
     * Saves answers (all or none); a value the criterion cannot take is a 400 naming criterion and value. The call is
     * counted against the enterprise's limit first, in a transaction of its own that commits even when the answers are
     * refused, and before the answers' transaction begins: a request never holds two connections at once, so a burst
     * of enterprises cannot leave the pool empty with every request waiting for a second one.
     */
    public AssessmentView answer(EnterpriseId who, String ref, Map<String, AnswerInput> answers) {
        guard.require(who, "ASSESSMENT", ref);
        limits.count("answers:" + who.value(), ANSWER_CALLS_PER_10_MINUTES, Duration.ofMinutes(10));
        return transactions.execute(s -> save(who, ref, answers));
    }

    private AssessmentView save(EnterpriseId who, String ref, Map<String, AnswerInput> answers) {
        AssessmentStore.Row a = owned(who, ref, true);
        if (a.status() != AssessmentStatus.OPEN) {
            throw new ConflictException("The assessment is " + a.status() + "; start a reassessment to answer again")
                    .because("assessment.self.problem.notOpen");
        }
        Framework f = frameworks.get(a.frameworkCode(), a.frameworkVersion());
        Map<String, AnswerRules.Checked> checked = AnswerRules.check(f, answers, a.vsic());
        OffsetDateTime now = time.now();
        store.saveAnswers(a.id(), checked.entrySet().stream().map(c -> new AssessmentStore.Saved(c.getKey(),
                c.getValue().value(), c.getValue().evidence())).toList(), now);
        return view(f, a);
    }

    public AssessmentView view(EnterpriseId who, String ref) {
        AssessmentStore.Row a = owned(who, ref, false);
        return view(frameworks.get(a.frameworkCode(), a.frameworkVersion()), a);
    }

    /** Scores the answers, counts the result nationally and makes the previous completed one history. */
    @Transactional
    public AssessmentResult complete(EnterpriseId who, String ref) {
        AssessmentStore.Row a = owned(who, ref, true);
        if (a.status() != AssessmentStatus.OPEN) {
            throw new ConflictException("The assessment is " + a.status() + " already")
                    .because("assessment.self.problem.notOpen");
        }
        Framework f = frameworks.get(a.frameworkCode(), a.frameworkVersion());
        Map<String, String> answers = new LinkedHashMap<>();
        store.answers(a.id()).forEach((k, v) -> answers.put(k, v.value()));
        List<RowProblem> missing = f.criteria().filter(c -> c.appliesTo(a.vsic(), Results.UNIT_TYPE))
                .filter(c -> !answers.containsKey(c.code()))
                .map(c -> new RowProblem(1, "answers." + c.code(), null, "not answered yet")
                        .because("assessment.self.problem.unanswered")).toList();
        if (!missing.isEmpty()) {
            throw new RejectedFileException("incomplete-assessment", "Assessment not complete", missing.size()
                    + " criteria are not answered yet; nothing was changed", missing);
        }
        Scoring.Result r = Scoring.score(f, answers, a.vsic(), Results.UNIT_TYPE);
        store.complete(a.id(), r.total(), r.level(), r.pillars(), time.now());
        AssessmentStore.Row previous = store.counted(a.enterpriseId(), f.code(), f.version(), a.id()).orElse(null);
        if (previous != null) {
            store.supersede(previous.id());
        }
        AssessmentStore.Row done = store.byRef(ref).orElseThrow();
        // the result (its peers query reads every peer's score) before the national counts, whose rows every completion
        // in the province shares: they stay locked only from their UPDATE to the commit
        AssessmentResult result = results.of(f, done);
        counts.completed(f, done, r.pillars(), previous);
        // last, in the completion's transaction: the audit chain's head stays locked only until this commit
        audit.recordAs("enterprise#" + who.value(), new AuditEvent("COMPLETE", "ASSESSMENT", ref, a.provinceCode(), null,
                Map.of("total", Results.round(r.total()), "level", String.valueOf(r.level())), null, null));
        return result;
    }

    public AssessmentResult result(EnterpriseId who, String ref) {
        AssessmentStore.Row a = owned(who, ref, false);
        if (a.status() == AssessmentStatus.OPEN) {
            throw new ConflictException("The assessment is not completed yet").because("assessment.self.problem.notCompleted");
        }
        return results.of(frameworks.get(a.frameworkCode(), a.frameworkVersion()), a);
    }

    /** The enterprise's assessments, newest first: reassessments keep the earlier ones. */
    public List<AssessmentSummary> history(EnterpriseId who) {
        guard.require(who, "ASSESSMENT", "history");
        return store.history(who.value()).stream().map(a -> new AssessmentSummary(a.ref(), a.frameworkCode(),
                a.frameworkVersion(), a.status(), a.startedAt(), a.completedAt(),
                a.selfTotal() == null ? null : Results.round(a.verifiedTotal() != null ? a.verifiedTotal() : a.selfTotal()),
                a.selfLevel(), a.verifiedLevel())).toList();
    }

    private AssessmentStore.Row owned(EnterpriseId who, String ref, boolean lock) {
        guard.require(who, "ASSESSMENT", ref);
        if (ref == null || !ref.matches("[0-9a-f-]{36}")) {
            throw Reviews.notFound(ref);
        }
        AssessmentStore.Row a = (lock ? store.lock(ref) : store.byRef(ref)).orElseThrow(() -> Reviews.notFound(ref));
        guard.requireOwner(who, a.enterpriseId(), ref);
        return a;
    }

    private AssessmentView view(Framework f, AssessmentStore.Row a) {
        Map<String, AnswerInput> answers = new LinkedHashMap<>();
        store.answers(a.id()).forEach((k, v) -> answers.put(k, new AnswerInput(v.value(), v.evidence())));
        List<String> applicable = f.criteria().filter(c -> c.appliesTo(a.vsic(), Results.UNIT_TYPE))
                .map(Framework.Criterion::code).toList();
        return new AssessmentView(a.ref(), f.code(), f.version(), f.titleVi(), f.titleEn(), f.illustrative(), f.source(),
                a.status(), a.industry(), a.startedAt(), a.completedAt(), applicable, answers);
    }
}
