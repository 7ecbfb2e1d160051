package vn.steerboard.submission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A submission as its unit and approvers see it: values, where it stands in the approval chain, whether it
 * was late, the warnings of lower-importance rules.
 *
 * @param nextLevel the unit (or "VN" for the nation) whose approval is awaited; null once approved or returned
 * @param version changes with every change of the submission; an approval or return names the version it was shown
 */
public record SubmissionView(long id, String dataSet, String unitCode, String unitName, String period, SubmissionStatus status,
        String approvedThrough, String nextLevel, boolean locked, LocalDate dueOn, LocalDate submittedOn, boolean late,
        String submittedBy, OffsetDateTime submittedAt, String channel, List<String> warnings, String returnReason,
        Map<String, Double> values, List<Step> history, long version) {

    public record Step(String action, String levelUnit, String actor, OffsetDateTime actedAt, String note) {
    }
}
