package vn.steerboard.quality;

/**
 * Failing values of one kind: a finding kind of a dictionary or pattern check ({@code bad_check_digit},
 * {@code retired}, ...), or, for checks that count no kinds, the check's type ({@code COMPLETENESS}, ...).
 */
public record FindingCount(String kind, long count) {
}
