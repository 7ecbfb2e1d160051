package vn.steerboard.common;

/**
 * A change refused because of the state it would change, e.g. approved values are locked, or the caller was shown
 * an older version (HTTP 409). {@code current} is the current state, answered with the refusal so the caller can
 * decide again on what is there now.
 */
public class ConflictException extends RuntimeException implements UserMessage.Explained {

    private UserMessage userMessage;

    private final transient Object current;

    public ConflictException(String message) {
        this(message, null);
    }

    public ConflictException(String message, Object current) {
        super(message);
        this.current = current;
    }

    public Object current() {
        return current;
    }

    /** The same refusal as a bundle key ({@code problem.*}) with its arguments, for the user's language. */
    public ConflictException because(String key, Object... args) {
        this.userMessage = UserMessage.of(key, args);
        return this;
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
