package vn.steerboard.assessment.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import vn.steerboard.assessment.AgencyAssessments;
import vn.steerboard.assessment.internal.EvidenceFiles;
import vn.steerboard.common.InvalidParameterException;

/** An evidence file in and out: the size checked before the bytes are read; sent as an attachment that is never rendered. */
final class EvidenceDownloads {

    private EvidenceDownloads() {}

    static byte[] bytes(MultipartFile file) throws IOException {
        if (file == null) {
            throw InvalidParameterException.field("file", null, "an evidence file").because("assessment.agency.problem.empty");
        }
        if (file.getSize() > EvidenceFiles.MAX_BYTES) {
            throw InvalidParameterException.field("file", file.getSize() / (1024 * 1024) + " MB", "at most 10 MB")
                    .because("assessment.agency.problem.tooLarge", EvidenceFiles.MAX_BYTES / (1024 * 1024));
        }
        return file.getBytes();
    }

    static ResponseEntity<byte[]> send(AgencyAssessments.EvidenceDownload file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").body(file.content());
    }
}
