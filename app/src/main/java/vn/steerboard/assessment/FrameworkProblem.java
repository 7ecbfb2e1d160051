package vn.steerboard.assessment;

/** One error in a framework definition: 1-based line, the field's path, and a message key. */
public record FrameworkProblem(int line, String field, String message) {}
