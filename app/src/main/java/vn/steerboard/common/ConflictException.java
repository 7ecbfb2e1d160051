package vn.steerboard.common;

/** A change refused because of the state it would change, e.g. approved values are locked (HTTP 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
