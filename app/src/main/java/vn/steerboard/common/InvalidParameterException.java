package vn.steerboard.common;

/**
 * A request parameter has a value the API cannot use; answered 400 naming both. The expectation is English for API
 * clients; {@link #because} adds the same reason as a bundle key, which pages and Vietnamese answers show.
 */
public class InvalidParameterException extends RuntimeException {

    private final boolean field;
    private final String parameter;
    private final String value;
    private final String expectation;
    private UserMessage reason;
    private FileRefusal fileRefusal;

    public InvalidParameterException(String parameter, Object value, String expectation) {
        this(false, parameter, value, expectation);
    }

    private InvalidParameterException(boolean field, String parameter, Object value, String expectation) {
        super((field ? "Field" : "Parameter") + " '" + parameter + "' has invalid value '" + value + "': " + expectation);
        this.field = field;
        this.parameter = parameter;
        this.value = String.valueOf(value);
        this.expectation = expectation;
    }

    /** The same error for a field of a request body. */
    public static InvalidParameterException field(String field, Object value, String expectation) {
        return new InvalidParameterException(true, field, value, expectation);
    }

    /** The reason as a bundle key ({@code reason.*}) with its arguments, for the user's language. */
    public InvalidParameterException because(String key, Object... args) {
        this.reason = UserMessage.of(key, args);
        return this;
    }

    /** A file refused as a whole: what is wrong with it, for the answer's type and title. */
    public InvalidParameterException refusing(FileRefusal what) {
        this.fileRefusal = what;
        return this;
    }

    /** What is wrong with the file refused, or null when this is not a file's refusal. */
    public FileRefusal fileRefusal() {
        return fileRefusal;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    public boolean isField() {
        return field;
    }

    /** The English expectation, e.g. "a whole number from 0 to 100". */
    public String expectation() {
        return expectation;
    }

    /** The reason in bundle words, or null when only the English expectation exists. */
    public UserMessage reason() {
        return reason;
    }
}
