package vn.steerboard.submission;

import java.util.Map;

/** Values of one data set for one unit and period, by element code. */
public record SubmissionRequest(String dataSet, String unit, String period, Map<String, Double> values) {
}
