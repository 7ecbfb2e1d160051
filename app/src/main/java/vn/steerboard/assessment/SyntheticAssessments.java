package vn.steerboard.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.assessment.internal.BulkStore;
import vn.steerboard.assessment.internal.CountStore;
import vn.steerboard.assessment.internal.Results;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.VietnamTime;

/**
 * Completed assessments of synthetic enterprises in bulk (the demo seeder, the benchmark): checked and scored exactly as
 * the self-assessment scores, stored labelled synthetic, and counted nationally in the same transaction (the count
 * deltas of a batch summed per key first).
 */
@Service
public class SyntheticAssessments {

    private final BulkStore bulk;
    private final FrameworkLibrary frameworks;
    private final AuditTrail audit;
    private final VietnamTime time;
    private final ApplicationEventPublisher events;

    SyntheticAssessments(BulkStore bulk, FrameworkLibrary frameworks, AuditTrail audit, VietnamTime time,
            ApplicationEventPublisher events) {
        this.bulk = bulk;
        this.frameworks = frameworks;
        this.audit = audit;
        this.time = time;
        this.events = events;
    }

    public long stored() {
        return bulk.syntheticEnterprises();
    }

    @Transactional
    public int importCompleted(String frameworkCode, List<SyntheticAssessment> batch, String by) {
        Framework f = frameworks.latest(frameworkCode);
        List<BulkStore.Scored> scored = new ArrayList<>();
        Map<List<Object>, Long> deltas = new HashMap<>();
        Map<List<Object>, double[]> sums = new HashMap<>();
        for (SyntheticAssessment s : batch) {
            Map<String, AnswerInput> inputs = new HashMap<>();
            s.answers().forEach((k, v) -> inputs.put(k, new AnswerInput(v, null)));
            vn.steerboard.assessment.internal.AnswerRules.check(f, inputs, s.vsic());
            String industry = SelfAssessments.industry(f, s.vsic());
            Scoring.Result r = Scoring.score(f, s.answers(), s.vsic(), Results.UNIT_TYPE);
            scored.add(new BulkStore.Scored(s.taxCode(), s.name(), s.vsic(), s.sizeClass().name(), s.provinceCode(), industry,
                    f.code(), f.version(), r.total(), r.level(), r.pillars(), s.answers()));
            deltas.merge(List.of(r.level() == null ? CountStore.NO_LEVEL : r.level(), s.provinceCode(), industry,
                    s.sizeClass().name()), 1L, Long::sum);
            r.pillars().forEach((p, score) -> {
                double[] cell = sums.computeIfAbsent(List.of(s.provinceCode(), p), k -> new double[2]);
                cell[0] += score;
                cell[1]++;
            });
        }
        bulk.insert(scored, time.now());
        List<Object[]> countRows = new ArrayList<>();
        deltas.forEach((k, n) -> countRows.add(new Object[] {n, f.code(), f.version(), k.get(0), k.get(1), k.get(2), k.get(3)}));
        bulk.addCounts(countRows);
        List<Object[]> sumRows = new ArrayList<>();
        sums.forEach((k, v) -> sumRows.add(new Object[] {v[0], (long) v[1], f.code(), f.version(), k.get(0), k.get(1)}));
        bulk.addPillarSums(sumRows);
        audit.recordFor(by, new AuditEvent("IMPORT_SYNTHETIC", "ASSESSMENT", f.code() + "@" + f.version(), null, null,
                Map.of("assessments", batch.size()), null, null));
        events.publishEvent(new AssessmentCompleted(f.code(), f.version(), null, null, null, null, false));
        return batch.size();
    }
}
