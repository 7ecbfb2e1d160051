package vn.steerboard.submission;

/** One value as systems push it in bulk: element, unit, period, value. */
public record ValueEntry(String element, String unit, String period, Double value) {
}
