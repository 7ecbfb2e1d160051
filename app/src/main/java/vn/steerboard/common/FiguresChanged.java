package vn.steerboard.common;

/**
 * Published (as a Spring application event) whenever committed data changes a figure that pages show:
 * a task accepted or reported, a submission approved, a scan finished. Carries no figures, only where
 * to look, so it can be broadcast to any page, including public ones.
 *
 * @param area     "tasks", "indicators" or "quality"
 * @param unitCode the unit whose figures changed (its ancestors change too); null for programme-wide
 */
public record FiguresChanged(String area, String unitCode) {
}
