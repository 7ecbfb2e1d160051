package vn.steerboard.analytics;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.steerboard.analytics.internal.RollupRepair;
import vn.steerboard.analytics.internal.RollupStore;

/**
 * The live roll-ups, as the submission workflow changes them: values that start or stop counting are reported here,
 * inside the writer's transaction and under its lock, and every ancestor's totals move by the delta. The figures
 * ({@link IndicatorFigures}) read them.
 */
@Service
public class Rollups {

    private final RollupStore store;
    private final RollupRepair repair;

    Rollups(RollupStore store, RollupRepair repair) {
        this.store = store;
        this.repair = repair;
    }

    public void add(RollupScope scope, List<Contribution> contributions) {
        store.add(scope.code(), contributions);
    }

    public void remove(RollupScope scope, List<Contribution> contributions) {
        store.remove(scope.code(), contributions);
    }

    /**
     * Values that stop counting and values that start, in one move: every key's net delta merged at once (a
     * correction, a supersede), with the same rows as {@link #remove} then {@link #add}.
     */
    public void move(RollupScope scope, List<Contribution> removed, List<Contribution> added) {
        store.move(scope.code(), removed, added);
    }

    /** The repair: every roll-up recomputed from the reported values alone; returns the rows written. */
    public int rebuild() {
        return repair.rebuild();
    }

    /** Every roll-up row, keyed and ordered, for comparing the incremental path with a rebuild. */
    public Map<String, String> snapshot() {
        return repair.snapshot();
    }
}
