package vn.steerboard.programme;

import java.net.URI;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.VietnameseText;

/** Evidence as it may be stored: a document reference, an http(s) link, or a file whose content matches its type. */
final class EvidenceCheck {

    private EvidenceCheck() {
    }

    /** The cleaned evidence, null when none is given, or a 400 naming the bad part. */
    static Evidence check(Evidence evidence) {
        if (evidence == null || evidence.kind() == null) {
            return null;
        }
        return switch (evidence.kind()) {
            case DOCUMENT -> document(evidence);
            case LINK -> link(evidence);
            case FILE -> file(evidence);
        };
    }

    private static Evidence document(Evidence evidence) {
        if (evidence.reference() == null || evidence.reference().isBlank() || evidence.reference().length() > 500) {
            throw InvalidParameterException.field("evidence.reference", evidence.reference(),
                    "a document number and date, e.g. 123/QD-BKHCN of 01/10/2025")
                    .because("reason.evidence.document");
        }
        return new Evidence(Evidence.Kind.DOCUMENT, VietnameseText.clean(evidence.reference()), null, null, null);
    }

    private static Evidence link(Evidence evidence) {
        String link = evidence.reference() == null ? "" : evidence.reference().strip();
        try {
            URI uri = URI.create(link);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw InvalidParameterException.field("evidence.reference", link, "an http(s) link").because("reason.evidence.link");
        }
        return new Evidence(Evidence.Kind.LINK, link, null, null, null);
    }

    private static Evidence file(Evidence evidence) {
        byte[] content = evidence.content();
        if (content == null || content.length == 0) {
            throw InvalidParameterException.field("evidence.file", evidence.fileName(), "the file is empty").because("reason.evidence.emptyFile");
        }
        if (content.length > Evidence.MAX_FILE_BYTES) {
            throw InvalidParameterException.field("evidence.file", evidence.fileName(),
                    "larger than " + Evidence.MAX_FILE_BYTES / (1024 * 1024) + " MB")
                    .because("reason.evidence.tooLarge", Evidence.MAX_FILE_BYTES / (1024 * 1024));
        }
        String declared = evidence.contentType() == null ? "" : evidence.contentType().toLowerCase();
        String sniffed = EvidenceType.sniff(content);
        if (!Evidence.FILE_TYPES.contains(declared) || sniffed == null || !EvidenceType.compatible(declared, sniffed)) {
            throw InvalidParameterException.field("evidence.file", evidence.fileName(),
                    "content type " + declared + (sniffed == null ? " (content not recognised)" : " (content is " + sniffed + ")")
                            + "; accepted: PDF, PNG, JPEG, DOCX, XLSX, ZIP").because("reason.evidence.fileType");
        }
        String name = evidence.fileName() == null ? "evidence" : evidence.fileName().replaceAll("[\\\\/\\r\\n\"]", "_");
        return new Evidence(Evidence.Kind.FILE, null, name, declared, content);
    }
}
