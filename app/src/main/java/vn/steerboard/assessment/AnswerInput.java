package vn.steerboard.assessment;

/** One answer as given: the value (a choice code, yes/no, a number, or for FILE the evidence reference) and evidence. */
public record AnswerInput(String value, String evidence) {
}
