package vn.steerboard.identity;

/** What a user or an API token may do. OFFICER and LEADER are bound to one unit and its subtree. */
public enum Role {
    /** Central secretariat: defines and sees everything. */
    ADMIN,
    /** Agency officer: reports and submits for its own unit's subtree. */
    OFFICER,
    /** Agency leader: approves its own unit's submissions. */
    LEADER,
    /** Read-only; limited to a subtree when bound to a unit. */
    VIEWER;

    public boolean needsUnit() {
        return this == OFFICER || this == LEADER;
    }
}
