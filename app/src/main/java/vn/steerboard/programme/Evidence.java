package vn.steerboard.programme;

import java.util.Set;

/**
 * Evidence attached to a progress report: a document reference (number and date), a link, or an
 * uploaded file. {@code content} is only set for a file.
 */
public record Evidence(Kind kind, String reference, String fileName, String contentType, byte[] content) {

    /** Largest evidence file accepted, and the content types accepted (documents, spreadsheets, images). */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final Set<String> FILE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip");

    public enum Kind {
        DOCUMENT, LINK, FILE
    }

    /** What the audit trail records of it: the kind and the reference, or the file's name and size. */
    String summary() {
        return kind + " " + (kind == Kind.FILE ? fileName + " (" + content.length + " bytes)" : reference);
    }
}
