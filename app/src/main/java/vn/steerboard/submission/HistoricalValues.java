package vn.steerboard.submission;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.steerboard.analytics.Contribution;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.registry.Registry;
import vn.steerboard.submission.PastValues.PastSubmission;
import vn.steerboard.submission.PastValues.PastValue;
import vn.steerboard.submission.internal.HistoricalValueStore;
import vn.steerboard.submission.internal.WriterLock;

/**
 * Past submissions brought in at once, as they were decided (the demo, a move from another system): each with its
 * values, the day it came in and how far up it was approved. Written in batches, without checks or approvals; the
 * caller rebuilds the roll-ups afterwards ({@code analytics.Rollups.rebuild()}). Not reachable from the web; values
 * entered by people go through {@link Submissions}.
 */
@Service
public class HistoricalValues {

    private final HistoricalValueStore store;
    private final Registry registry;
    private final IndicatorCatalogue catalogue;
    private final WriterLock writers;

    HistoricalValues(HistoricalValueStore store, Registry registry, IndicatorCatalogue catalogue, WriterLock writers) {
        this.store = store;
        this.writers = writers;
        this.registry = registry;
        this.catalogue = catalogue;
    }

    /**
     * Writes the submissions and their values in the order given, on {@code channel} by {@code by}. With every writer
     * locked out, and entry numbers from the writers' own sequence: a system source may have recorded values before
     * (assessments, delivery), and numbers counted on from the highest stored one would be handed out again.
     */
    public int load(List<PastSubmission> submissions, String channel, String by) {
        return writers.runAlone(() -> write(submissions, channel, by));
    }

    private int write(List<PastSubmission> submissions, String channel, String by) {
        long id = store.lastSubmissionId();
        int count = submissions.stream().mapToInt(s -> s.values().size()).sum();
        java.util.Iterator<Long> entries = writers.entries(count);
        Map<String, String> lineages = new HashMap<>();
        List<HistoricalValueStore.Numbered> numbered = new java.util.ArrayList<>();
        List<PastValue> values = new java.util.ArrayList<>();
        for (PastSubmission submission : submissions) {
            catalogue.dataSet(submission.dataSetCode());
            numbered.add(new HistoricalValueStore.Numbered(++id, submission));
            String lineage = lineages.computeIfAbsent(submission.unitCode(),
                    unit -> Contribution.lineageOf(registry.lineage(unit)));
            for (Map.Entry<String, Double> value : submission.values().entrySet()) {
                values.add(new PastValue(value.getKey(), submission.unitCode(), submission.period().code(), id,
                        value.getValue(), submission.weights().getOrDefault(value.getKey(), 1.0), entries.next(), lineage));
            }
        }
        store.insertSubmissions(numbered, channel, by);
        store.insertValues(values);
        store.continueIdsAfter(id);
        return values.size();
    }
}
