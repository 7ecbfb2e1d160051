package vn.steerboard.assessment;

import java.util.List;

/** A batch of completed assessments of one enterprise framework (its latest version), all or nothing. */
public record AssessmentImport(String framework, List<CompletedAssessment> assessments) {

    /** What a stored batch came to; {@code replayed} when the key had been used for the same batch before. */
    public record Result(String key, String framework, int version, int imported, int newEnterprises, int reassessed,
                         boolean replayed) {}
}
