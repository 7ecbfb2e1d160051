package vn.steerboard.common;

/**
 * A decision that must name what the decider was shown (the version, the level) did not (HTTP 428): without it a
 * double click or a change made meanwhile would be decided unseen.
 */
public class PreconditionRequiredException extends RuntimeException implements UserMessage.Explained {

    private UserMessage userMessage;

    private final String field;

    public PreconditionRequiredException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The same refusal as a bundle key ({@code problem.*}) with its arguments, for the user's language. */
    public PreconditionRequiredException because(String key, Object... args) {
        this.userMessage = UserMessage.of(key, args);
        return this;
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }

    public String field() {
        return field;
    }
}
