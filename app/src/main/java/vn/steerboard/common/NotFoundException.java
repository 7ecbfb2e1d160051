package vn.steerboard.common;

/** Something named by the caller does not exist; the API answers 404 with this message. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
