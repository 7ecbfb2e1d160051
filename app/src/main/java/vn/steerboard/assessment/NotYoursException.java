package vn.steerboard.assessment;

/** An enterprise reached for another enterprise's assessment (already audited): answered 403. */
public class NotYoursException extends RuntimeException {

    public NotYoursException(String message) {
        super(message);
    }
}
