package vn.steerboard.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.assessment.internal.AnswerRules;
import vn.steerboard.assessment.internal.AssessmentStore;
import vn.steerboard.assessment.internal.EnterpriseStore;
import vn.steerboard.assessment.internal.Results;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.RowProblem;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;

/**
 * Verification by the province's department of science and technology (its OFFICER or LEADER; ADMIN anywhere): sample a
 * completed assessment, see its evidence, adjust an answer with a reason (audited). The verified level is recomputed
 * from the answers with the adjustments, and the national counts move to it; the self-assessed level stays beside it.
 */
@Service
public class Reviews {

    private final AssessmentStore store;
    private final EnterpriseStore enterprises;
    private final FrameworkLibrary frameworks;
    private final NationalCounts counts;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final VietnamTime time;

    Reviews(AssessmentStore store, EnterpriseStore enterprises, FrameworkLibrary frameworks, NationalCounts counts,
            AccessPolicy access, AuditTrail audit, VietnamTime time) {
        this.store = store;
        this.enterprises = enterprises;
        this.frameworks = frameworks;
        this.counts = counts;
        this.access = access;
        this.audit = audit;
        this.time = time;
    }

    /** The latest completed (not synthetic) assessments of a province, to sample from. */
    public List<AssessmentSummary> candidates(String province) {
        access.requireRead(province, "ASSESSMENT", null);
        return store.completedIn(province, 200).stream().map(a -> new AssessmentSummary(a.ref(), a.frameworkCode(),
                a.frameworkVersion(), a.status(), a.startedAt(), a.completedAt(), a.selfTotal(), a.selfLevel(),
                a.verifiedLevel())).toList();
    }

    @Transactional
    public ReviewView sample(String ref) {
        AssessmentStore.Row a = reviewable(ref, true);
        Actor actor = access.requireActor();
        store.sampled(a.id(), actor.name(), time.now());
        audit.record(new AuditEvent("SAMPLE", "ASSESSMENT", ref, a.provinceCode(), null, null, null, null));
        return view(ref);
    }

    public ReviewView view(String ref) {
        AssessmentStore.Row a = store.byRef(ref).orElseThrow(() -> notFound(ref));
        access.requireRead(a.provinceCode(), "ASSESSMENT", ref);
        Framework f = frameworks.get(a.frameworkCode(), a.frameworkVersion());
        EnterpriseStore.Enterprise e = enterprises.byId(a.enterpriseId()).orElseThrow();
        Map<String, AssessmentStore.Answer> answers = store.answers(a.id());
        List<ReviewView.ReviewedAnswer> rows = f.criteria().filter(c -> answers.containsKey(c.code())).map(c -> {
            AssessmentStore.Answer x = answers.get(c.code());
            return new ReviewView.ReviewedAnswer(c.code(), c.questionVi(), c.questionEn(), x.value(), x.evidence(), x.verified());
        }).toList();
        return new ReviewView(a.ref(), e.taxCode(), e.name(), a.provinceCode(), a.frameworkCode(), a.frameworkVersion(),
                a.status(), a.completedAt(), a.sampledBy(), a.selfTotal(), a.selfLevel(), a.verifiedTotal(), a.verifiedLevel(),
                rows, pillars(f, a), store.adjustments(a.id()));
    }

    private List<AssessmentResult.PillarScore> pillars(Framework f, AssessmentStore.Row a) {
        Map<String, Double[]> scores = store.pillarScores(a.id());
        return f.pillars().stream().map(p -> {
            Double[] s = scores.getOrDefault(p.code(), new Double[] {0.0, null});
            return new AssessmentResult.PillarScore(p.code(), p.titleVi(), p.titleEn(), Results.round(s[0]),
                    s[1] == null ? null : Results.round(s[1]));
        }).toList();
    }

    /** The reviewer's queue in a province: sampled assessments first (awaiting verification, then verified), then the rest. */
    public List<ReviewQueueItem> queue(String province) {
        access.requireRead(province, "ASSESSMENT", null);
        return store.reviewQueue(province, 200);
    }

    /** Adjusts one answer of a sampled assessment, with a reason; the verified level is recomputed and counted. */
    @Transactional
    public ReviewView adjust(String ref, String criterion, String answer, String reason) {
        AssessmentStore.Row a = reviewable(ref, true);
        if (a.sampledBy() == null) {
            throw new ConflictException("Sample the assessment before adjusting it")
                    .because("assessment.review.problem.notSampled");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000 || vn.steerboard.common.EdgeText.problem(why) != null) {
            throw InvalidParameterException.field("reason", vn.steerboard.common.EdgeText.visible(why.length() > 100
                    ? why.substring(0, 100) : why), "a reason of 1 to 1000 characters is required")
                    .because("assessment.review.problem.reason");
        }
        Framework f = frameworks.get(a.frameworkCode(), a.frameworkVersion());
        Map<String, AnswerRules.Checked> checked = AnswerRules.check(f, Map.of(criterion == null ? "" : criterion,
                new AnswerInput(answer, null)), a.vsic());
        String value = checked.get(criterion).value();
        Map<String, AssessmentStore.Answer> answers = store.answers(a.id());
        AssessmentStore.Answer before = answers.get(criterion);
        if (before == null) {
            throw new RejectedFileException("rejected-adjustment", "Adjustment refused", "the criterion was not answered",
                    List.of(new RowProblem(1, "criterion", criterion, "not answered in this assessment")
                            .because("assessment.review.problem.notAnswered")));
        }
        Map<String, Double> pillarsBefore = counts.effective(a);
        store.verifyAnswer(a.id(), criterion, value);
        Map<String, String> effective = new LinkedHashMap<>();
        answers.forEach((k, v) -> effective.put(k, k.equals(criterion) ? value : v.effective()));
        Scoring.Result r = Scoring.score(f, effective, a.vsic(), Results.UNIT_TYPE);
        store.verified(a.id(), r.total(), r.level(), r.pillars());
        Actor actor = access.requireActor();
        store.adjustment(a.id(), criterion, before.effective(), value, why, actor.name(), time.now());
        AssessmentStore.Row after = store.byRef(ref).orElseThrow();
        counts.relevelled(f, a, pillarsBefore, after, r.pillars());
        audit.record(new AuditEvent("ADJUST", "ASSESSMENT", ref, a.provinceCode(),
                Map.of("criterion", criterion, "answer", before.effective(), "level", a.countedLevel()),
                Map.of("criterion", criterion, "answer", value, "level", after.countedLevel(), "total", Results.round(r.total())),
                why, null));
        return view(ref);
    }

    private AssessmentStore.Row reviewable(String ref, boolean lock) {
        AssessmentStore.Row a = (lock ? store.lock(ref) : store.byRef(ref))
                .orElseThrow(() -> notFound(ref));
        access.requireChange(a.provinceCode(), "ASSESSMENT", ref);
        if (a.status() != AssessmentStatus.COMPLETED) {
            throw new ConflictException("Only a completed, current assessment is reviewed; this one is " + a.status())
                    .because("assessment.review.problem.notCurrent");
        }
        return a;
    }

    static NotFoundException notFound(String ref) {
        String shown = ref == null ? "" : vn.steerboard.common.EdgeText.visible(ref.length() > 40 ? ref.substring(0, 40) : ref);
        return new NotFoundException("No assessment " + shown).because("assessment.review.problem.notFound", shown);
    }
}
