package vn.steerboard.submission;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.registry.Registry;
import vn.steerboard.submission.internal.ValueTrailStore;

/** The reported values and submissions behind one cell: an indicator's elements for a unit's subtree and period. */
@Service
public class ValueTrail {

    public static final int LIMIT = 300;
    private final ValueTrailStore store;
    private final IndicatorCatalogue catalogue;
    private final AccessPolicy access;

    ValueTrail(ValueTrailStore store, IndicatorCatalogue catalogue, AccessPolicy access) {
        this.store = store;
        this.catalogue = catalogue;
        this.access = access;
    }

    public record ReportedValue(String element, String unitCode, String unitName, double value, long submissionId,
            SubmissionStatus status, String approvedThrough, LocalDate submittedOn, LocalDate dueOn) {

        public boolean late() {
            return submittedOn.isAfter(dueOn);
        }
    }

    /** At most {@link #LIMIT} values, own unit first; readable by those who may read the unit (all signed-in for VN). */
    public List<ReportedValue> behind(String indicator, String unit, String period) {
        if (!Registry.NATION.equals(unit)) {
            access.requireRead(unit, "INDICATOR_VALUES", indicator);
        } else {
            access.requireActor();
        }
        List<String> elements = List.copyOf(catalogue.indicator(indicator).formula().elements());
        return elements.isEmpty() ? List.of() : store.behind(elements, unit, period, LIMIT);
    }
}
