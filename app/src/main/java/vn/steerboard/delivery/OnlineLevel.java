package vn.steerboard.delivery;

/** How far a procedure is offered online: not at all, partly (some steps), fully (every step, result included). */
public enum OnlineLevel {
    NONE, PARTIAL, FULL
}
