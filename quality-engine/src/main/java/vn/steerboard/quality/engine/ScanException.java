package vn.steerboard.quality.engine;

/** A scan that could not run: unreachable source, missing table or column, failed query. Nothing was reported. */
public class ScanException extends RuntimeException {

    public ScanException(String message, Throwable cause) {
        super(message, cause);
    }
}
