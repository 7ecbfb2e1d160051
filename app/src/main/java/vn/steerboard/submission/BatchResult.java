package vn.steerboard.submission;

import java.util.List;

/** What a batch did; {@code replayed} when the idempotency key had been seen and nothing was written again. */
public record BatchResult(int submissions, int values, List<Long> submissionIds, List<String> warnings, boolean replayed) {
}
