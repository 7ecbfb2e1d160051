package vn.steerboard.common;

/** A request larger than a documented limit (HTTP 413); the message names the limit. */
public class PayloadTooLargeException extends RuntimeException {

    private final String limit;

    public PayloadTooLargeException(String limit, String message) {
        super(message);
        this.limit = limit;
    }

    /** The limit exceeded, e.g. "16 MB request body" or "100000 values per batch". */
    public String limit() {
        return limit;
    }
}
