package vn.steerboard.common;

/**
 * A decision that must name what the decider was shown (the version, the level) did not (HTTP 428): without it a
 * double click or a change made meanwhile would be decided unseen.
 */
public class PreconditionRequiredException extends RuntimeException {

    private final String field;

    public PreconditionRequiredException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
