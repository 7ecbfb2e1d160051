package vn.steerboard.programme;

/** An evidence file as stored with its progress report, for download. */
public record StoredFile(String fileName, String contentType, byte[] content) {
}
