package vn.steerboard.assessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.steerboard.assessment.AssessmentResult;
import vn.steerboard.assessment.Framework;

/** Builds the result of a completed assessment from its stored scores, its peers and the advice. */
@Component
public class Results {

    public static final String UNIT_TYPE = "ENTERPRISE";

    private final AssessmentStore store;

    Results(AssessmentStore store) {
        this.store = store;
    }

    public AssessmentResult of(Framework f, AssessmentStore.Row a) {
        Map<String, AssessmentStore.Answer> answers = store.answers(a.id());
        Map<String, Double[]> scores = store.pillarScores(a.id());
        List<AssessmentResult.PillarScore> pillars = new ArrayList<>();
        for (Framework.Pillar p : f.pillars()) {
            Double[] s = scores.getOrDefault(p.code(), new Double[] {0.0, null});
            pillars.add(new AssessmentResult.PillarScore(p.code(), p.titleVi(), p.titleEn(), round(s[0]), s[1] == null ? null : round(s[1])));
        }
        double total = a.verifiedTotal() != null ? a.verifiedTotal() : a.selfTotal() == null ? 0 : a.selfTotal();
        long[] peers = store.peers(a.frameworkCode(), a.frameworkVersion(), a.industry(), a.sizeClass(), total);
        Double percentile = peers[0] < AssessmentResult.MIN_PEERS ? null
                : round(100.0 * (peers[1] + 0.5 * peers[2]) / peers[0]);
        Map<String, String> effective = new HashMap<>();
        answers.forEach((k, v) -> effective.put(k, v.effective()));
        String level = a.verifiedLevel() != null ? a.verifiedLevel() : a.selfLevel();
        return new AssessmentResult(a.ref(), a.frameworkCode(), a.frameworkVersion(), a.status(), round(total),
                round(total * f.points() / 100), level, a.selfLevel(), a.verifiedLevel(), pillars,
                new AssessmentResult.Peers(a.industry(), a.sizeClass(), peers[0], percentile),
                RaiseAdvice.advise(f, effective, a.vsic(), UNIT_TYPE));
    }

    public static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
