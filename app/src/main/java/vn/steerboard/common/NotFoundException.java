package vn.steerboard.common;

/** Something named by the caller does not exist; the API answers 404 with this message. */
public class NotFoundException extends RuntimeException implements UserMessage.Explained {

    private UserMessage userMessage;

    public NotFoundException(String message) {
        super(message);
    }

    /** The same refusal as a bundle key ({@code problem.*}) with its arguments, for the user's language. */
    public NotFoundException because(String key, Object... args) {
        this.userMessage = UserMessage.of(key, args);
        return this;
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
