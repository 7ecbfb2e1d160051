package vn.steerboard.assessment.internal;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.steerboard.assessment.AgencyAssessmentView;
import vn.steerboard.assessment.AgencySummary;
import vn.steerboard.assessment.Framework;
import vn.steerboard.assessment.FrameworkLibrary;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.Registry;

/** Assembles an agency assessment's view from its stored rows and its framework version. */
@Component
public class AgencyViews {

    private final AgencyStore store;
    private final FrameworkLibrary frameworks;
    private final Registry registry;

    AgencyViews(AgencyStore store, FrameworkLibrary frameworks, Registry registry) {
        this.store = store;
        this.frameworks = frameworks;
        this.registry = registry;
    }

    public AgencyAssessmentView view(AgencyStore.Row a) {
        Framework f = frameworks.get(a.frameworkCode(), a.frameworkVersion());
        Map<String, AgencyStore.Answer> answers = store.answers(a.id());
        List<AgencyAssessmentView.EvidenceFile> evidence = store.evidence(a.id());
        List<AgencyAssessmentView.Item> items = f.pillars().stream().flatMap(p -> p.subIndices().stream()
                .flatMap(s -> s.criteria().stream()).filter(c -> c.appliesTo(null, a.unitType())).map(c -> {
                    AgencyStore.Answer x = answers.get(c.code());
                    return new AgencyAssessmentView.Item(c.code(), p.code(), c.questionVi(), c.questionEn(), c.type(),
                            x == null ? null : x.value(), x == null ? null : x.note(), x == null ? null : x.appraised(),
                            evidence.stream().filter(e -> e.criterion().equals(c.code())).toList());
                })).toList();
        List<AgencyStore.Pillar> pillars = store.pillars(a.id());
        return new AgencyAssessmentView(a.ref(), a.unitCode(), unitName(a.unitCode()), a.unitType(), f.code(), f.version(),
                f.titleVi(), f.titleEn(), f.illustrative(), f.source(), a.year(), a.status(), a.startedBy(), a.submittedBy(),
                a.submittedAt(), score(f, a.selfTotal(), a.selfLevel(), pillars, false),
                score(f, a.appraisedTotal(), a.appraisedLevel(), pillars, true), a.appraisedBy(), a.appraisedAt(), items,
                store.adjustments(a.id()));
    }

    public AgencySummary summary(AgencyStore.Row a) {
        Framework f = frameworks.get(a.frameworkCode(), a.frameworkVersion());
        return new AgencySummary(a.ref(), a.unitCode(), unitName(a.unitCode()), a.frameworkCode(), a.frameworkVersion(),
                a.year(), a.status(), a.submittedAt(), points(f, a.selfTotal()), a.selfLevel(), points(f, a.appraisedTotal()),
                a.appraisedLevel());
    }

    private static AgencyAssessmentView.Score score(Framework f, Double total, String level, List<AgencyStore.Pillar> pillars,
            boolean appraised) {
        if (total == null) {
            return null;
        }
        List<AgencyAssessmentView.PillarScore> scores = f.pillars().stream().map(p -> {
            AgencyStore.Pillar s = pillars.stream().filter(x -> x.code().equals(p.code())).findFirst().orElse(null);
            double value = s == null ? 0 : appraised && s.appraised() != null ? s.appraised() : s.self();
            return new AgencyAssessmentView.PillarScore(p.code(), p.titleVi(), p.titleEn(), Results.round(value));
        }).toList();
        return new AgencyAssessmentView.Score(Results.round(total), points(f, total), f.points(), level, scores);
    }

    public static Double points(Framework f, Double total) {
        return total == null ? null : Results.round(total * f.points() / 100);
    }

    public String unitName(String code) {
        return registry.find(code).map(OrgUnit::nameVi).orElse(code);
    }
}
