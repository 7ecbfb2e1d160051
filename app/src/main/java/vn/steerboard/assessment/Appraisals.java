package vn.steerboard.assessment;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.assessment.internal.AgencyRules;
import vn.steerboard.assessment.internal.AgencyStore;
import vn.steerboard.assessment.internal.AgencyViews;
import vn.steerboard.assessment.internal.AnswerRules;
import vn.steerboard.assessment.internal.Results;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.EdgeText;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.identity.AccessPolicy;

/**
 * MOST's appraisal (ADMIN) of an agency's submitted assessment: it sees the evidence, adjusts an answer with a reason
 * (audited, kept with the answer it replaced), and concludes. The appraised score is recomputed from the answers
 * with the adjustments; the self-assessed score stays beside it. Concluding, or adjusting a concluded appraisal,
 * publishes {@link AgencyAssessmentAppraised} in the same transaction.
 */
@Service
public class Appraisals {

    private final AgencyAssessments assessments;
    private final AgencyStore store;
    private final AgencyViews views;
    private final FrameworkLibrary frameworks;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final VietnamTime time;
    private final ApplicationEventPublisher events;

    Appraisals(AgencyAssessments assessments, AgencyStore store, AgencyViews views, FrameworkLibrary frameworks,
            AccessPolicy access, AuditTrail audit, VietnamTime time, ApplicationEventPublisher events) {
        this.assessments = assessments;
        this.store = store;
        this.views = views;
        this.frameworks = frameworks;
        this.access = access;
        this.audit = audit;
        this.time = time;
        this.events = events;
    }

    /** Adjusts one answer with a reason; for a FILE criterion the answer is "accepted" or "rejected". */
    @Transactional
    public AgencyAssessmentView adjust(String ref, String criterion, String answer, String reason) {
        AgencyStore.Row a = appraisable(ref);
        String why = reason(reason);
        Framework f = frameworks.get(a.frameworkCode(), a.frameworkVersion());
        Framework.Criterion c = AgencyRules.criterion(f, criterion, a.unitType());
        String value = answer == null ? "" : answer.strip();
        if (c == null) {
            throw InvalidParameterException.field("criterion", criterion == null ? null : EdgeText.visible(criterion.length() > 64
                    ? criterion.substring(0, 64) : criterion), "a criterion of this assessment")
                    .because("assessment.agency.problem.criterion");
        }
        String problem = c.type() == AnswerType.FILE
                ? (AgencyRules.ACCEPTED.equals(value) || AgencyRules.REJECTED.equals(value) ? null : "accepted or rejected")
                : AnswerRules.reason(c, value);
        if (problem != null) {
            throw InvalidParameterException.field("answers." + c.code(), EdgeText.visible(value.length() > 100
                    ? value.substring(0, 100) : value), problem).because("assessment.agency.problem.value");
        }
        AgencyStore.Answer before = store.answers(a.id()).get(c.code());
        String stored = c.type() == AnswerType.FILE && AgencyRules.ACCEPTED.equals(value) ? AgencyRules.ATTACHED
                : c.type() == AnswerType.YES_NO ? value.toLowerCase(java.util.Locale.ROOT) : value;
        store.appraiseAnswer(a.id(), c.code(), stored);
        String by = access.requireActor().name();
        store.adjustment(a.id(), c.code(), before.effective(), stored, why, by, time.now());
        Scoring.Result r = rescore(f, a);
        audit.record(new AuditEvent("AGENCY_ADJUST", AgencyAssessments.ENTITY, ref, a.unitCode(),
                Map.of("criterion", c.code(), "answer", before.effective()),
                Map.of("criterion", c.code(), "answer", stored, "total", Results.round(r.total()), "level",
                        String.valueOf(r.level())), why, null));
        if (a.status() == AgencyStatus.APPRAISED) {
            published(f, store.byRef(ref).orElseThrow());
        }
        return views.view(store.byRef(ref).orElseThrow());
    }

    /** Concludes the appraisal: the appraised score (the self-assessed one where nothing was adjusted) is final. */
    @Transactional
    public AgencyAssessmentView appraise(String ref) {
        AgencyStore.Row a = appraisable(ref);
        if (a.status() != AgencyStatus.SUBMITTED) {
            throw new ConflictException("The assessment is " + a.status() + " already").because("assessment.agency.problem.appraised");
        }
        Framework f = frameworks.get(a.frameworkCode(), a.frameworkVersion());
        Scoring.Result r = rescore(f, a);
        store.appraised(a.id(), access.requireActor().name(), time.now());
        AgencyStore.Row done = store.byRef(ref).orElseThrow();
        audit.record(AuditEvent.change("AGENCY_APPRAISE", AgencyAssessments.ENTITY, ref, a.unitCode(),
                Map.of("total", Results.round(done.selfTotal()), "level", String.valueOf(done.selfLevel())),
                Map.of("total", Results.round(r.total()), "level", String.valueOf(r.level()))));
        published(f, done);
        return views.view(done);
    }

    private Scoring.Result rescore(Framework f, AgencyStore.Row a) {
        Scoring.Result r = Scoring.score(f, AgencyRules.scored(store.answers(a.id()), true), null, a.unitType());
        store.appraisedScore(a.id(), r.total(), r.level(), r.pillars());
        return r;
    }

    private void published(Framework f, AgencyStore.Row a) {
        events.publishEvent(new AgencyAssessmentAppraised(a.frameworkCode(), a.frameworkVersion(), a.unitCode(), a.year(),
                AgencyViews.points(f, a.selfTotal()), AgencyViews.points(f, a.appraisedTotal()), a.appraisedLevel()));
    }

    private AgencyStore.Row appraisable(String ref) {
        AgencyStore.Row a = assessments.found(ref, true);
        access.requireAdmin(AgencyAssessments.ENTITY, ref);
        if (a.status() == AgencyStatus.DRAFT) {
            throw new ConflictException("The agency has not submitted the assessment yet")
                    .because("assessment.agency.problem.notSubmitted");
        }
        return a;
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000 || EdgeText.problem(why) != null || AgencyRules.formulaLike(why)) {
            throw InvalidParameterException.field("reason", EdgeText.visible(why.length() > 100 ? why.substring(0, 100) : why),
                    "a reason of 1 to 1000 characters, plain text").because("assessment.agency.problem.reason");
        }
        return java.text.Normalizer.normalize(why, java.text.Normalizer.Form.NFC);
    }
}
