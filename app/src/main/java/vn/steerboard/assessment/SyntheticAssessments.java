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
        // in the completions' lock order (CountStore.LOCK_ORDER, then province and pillar): an import running beside
        // completions waits for them, never deadlocks with them
        List<Object[]> countRows = new ArrayList<>();
        deltas.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(
                (List<Object> k) -> new CountStore.CountKey((String) k.get(0), (String) k.get(1), (String) k.get(2),
                        (String) k.get(3)), CountStore.LOCK_ORDER))).forEach(e -> countRows.add(new Object[] {e.getValue(),
                f.code(), f.version(), e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getKey().get(3)}));
        bulk.addCounts(countRows);
        List<Object[]> sumRows = new ArrayList<>();
        sums.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing((List<Object> k) ->
                (String) k.get(0)).thenComparing(k -> (String) k.get(1)))).forEach(e -> sumRows.add(new Object[] {
                e.getValue()[0], (long) e.getValue()[1], f.code(), f.version(), e.getKey().get(0), e.getKey().get(1)}));
        bulk.addPillarSums(sumRows);
        audit.recordAs(by, new AuditEvent("IMPORT_SYNTHETIC", "ASSESSMENT", f.code() + "@" + f.version(), null, null,
                Map.of("assessments", batch.size()), null, null));
        events.publishEvent(new AssessmentCompleted(f.code(), f.version(), null, null, null, null, false));
        return batch.size();
    }
}
