package vn.steerboard.submission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import vn.steerboard.indicator.Period;

/** The records of past submissions imported whole ({@link HistoricalValues}). */
public final class PastValues {

    private PastValues() {
    }

    /** One past submission; {@code weights} holds the weight of the values that have one (1 otherwise). */
    public record PastSubmission(String dataSetCode, String unitCode, Period period, LocalDate dueOn,
            SubmissionStatus status, String approvedThrough, OffsetDateTime submittedAt, LocalDate submittedOn,
            Map<String, Double> values, Map<String, Double> weights) {
    }

    /** A past value as written, with the unit's lineage for the roll-ups. */
    public record PastValue(String elementCode, String unitCode, String period, long submissionId, double value,
            double weight, long entry, String lineage) {
    }
}
