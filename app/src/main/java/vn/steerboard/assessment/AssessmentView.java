package vn.steerboard.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** An assessment as its enterprise resumes it: the framework version, the criteria that apply, the answers so far. */
public record AssessmentView(String ref, String frameworkCode, int frameworkVersion, String frameworkTitleVi,
                             String frameworkTitleEn, boolean illustrative, String source, AssessmentStatus status,
                             String industry, OffsetDateTime startedAt, OffsetDateTime completedAt,
                             List<String> applicable, Map<String, AnswerInput> answers) {
}
