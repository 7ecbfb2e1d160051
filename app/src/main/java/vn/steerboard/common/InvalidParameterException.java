package vn.steerboard.common;

/** A request parameter has a value the API cannot use; answered 400 naming both. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String value;

    public InvalidParameterException(String parameter, Object value, String expectation) {
        this("Parameter", parameter, value, expectation);
    }

    private InvalidParameterException(String what, String parameter, Object value, String expectation) {
        super(what + " '" + parameter + "' has invalid value '" + value + "': " + expectation);
        this.parameter = parameter;
        this.value = String.valueOf(value);
    }

    /** The same error for a field of a request body. */
    public static InvalidParameterException field(String field, Object value, String expectation) {
        return new InvalidParameterException("Field", field, value, expectation);
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }
}
