package vn.steerboard.submission.internal;

import java.util.List;
import java.util.Map;
import vn.steerboard.indicator.DataSetDefinition;
import vn.steerboard.indicator.Period;

/**
 * One data set, unit and period whose values passed every check and may be written. {@code replaceAll}: elements left
 * out are cleared; {@code warnings}: the lower-importance rules that failed.
 */
public record CheckedSubmission(DataSetDefinition dataSet, String unit, Period period, Map<String, Double> values,
        boolean replaceAll, List<String> warnings) {

    public SubmissionStore.Key key() {
        return new SubmissionStore.Key(dataSet.code(), unit, period.code());
    }

    public String warningText() {
        return String.join("\n", warnings);
    }
}
