package vn.steerboard.common;

/** A request larger than a documented limit (HTTP 413); the message names the limit. */
public class PayloadTooLargeException extends RuntimeException implements UserMessage.Explained {

    private UserMessage userMessage;

    private final String limit;

    public PayloadTooLargeException(String limit, String message) {
        super(message);
        this.limit = limit;
    }

    /** The same refusal as a bundle key ({@code problem.*}) with its arguments, for the user's language. */
    public PayloadTooLargeException because(String key, Object... args) {
        this.userMessage = UserMessage.of(key, args);
        return this;
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }

    /** The limit exceeded, e.g. "16 MB request body" or "100000 values per batch". */
    public String limit() {
        return limit;
    }
}
