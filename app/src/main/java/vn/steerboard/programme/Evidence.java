package vn.steerboard.programme;

/**
 * Evidence attached to a progress report: a document reference (number and date), a link, or an
 * uploaded file. {@code content} is only set for a file.
 */
public record Evidence(Kind kind, String reference, String fileName, String contentType, byte[] content) {

    public enum Kind {
        DOCUMENT, LINK, FILE
    }
}
