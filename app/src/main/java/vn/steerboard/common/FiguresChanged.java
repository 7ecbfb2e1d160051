package vn.steerboard.common;

/**
 * What every event that changes a figure on a page has in common: a task accepted or reported, a submission
 * approved, a scan finished. Each module publishes its own typed event records (in its top-level package) that
 * implement this; the live pages and the figure caches listen to this interface alone. It carries no figures, only
 * where to look, so it can be broadcast to any page, including public ones.
 */
public interface FiguresChanged {

    /** "tasks", "indicators", "quality", ... : which figures to refresh. */
    String area();

    /** The unit whose figures changed (its ancestors change too); null for programme-wide. */
    String unitCode();
}
