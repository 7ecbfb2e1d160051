package vn.steerboard.assessment.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.steerboard.common.FileRefusal;
import vn.steerboard.common.InvalidParameterException;

/**
 * Evidence files as they may be stored. Every file is taken as hostile: its size is bounded, its type is the one its
 * bytes show (never its name or the type the client declared), office files are read only as far as their list of
 * entries (nothing is inflated, so a ZIP bomb costs nothing) and refused with macros, PDFs are read by a parser and
 * refused with scripts, launch actions or embedded files, encrypted or unreadable ({@link PdfEvidence}), and the name keeps no path, no control or bidi character, no leading formula sign, and ends in
 * the extension of the type found.
 */
public final class EvidenceFiles {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_FILES = 100;
    static final int MAX_ZIP_ENTRIES = 5_000;
    private static final int MAX_NAME = 100;

    /** A file accepted: the cleaned name, the type recognised from the content, the bytes and their SHA-256. */
    public record Checked(String fileName, String contentType, byte[] content, String sha256) {}

    private enum Kind {
        PDF("application/pdf", "pdf"), PNG("image/png", "png"), JPEG("image/jpeg", "jpg"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        final String type;
        final String extension;

        Kind(String type, String extension) {
            this.type = type;
            this.extension = extension;
        }
    }

    private EvidenceFiles() {}

    public static Checked check(String originalName, byte[] content) {
        String shown = shown(originalName);
        if (content == null || content.length == 0) {
            throw refused(shown, FileRefusal.EMPTY, "the file is empty", "assessment.agency.problem.empty");
        }
        if (content.length > MAX_BYTES) {
            throw refused(shown, FileRefusal.TOO_LARGE, "larger than 10 MB", "assessment.agency.problem.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        Kind kind = kind(content, shown);
        return new Checked(name(originalName, kind), kind.type, content, sha256(content));
    }

    private static Kind kind(byte[] content, String shown) {
        if (starts(content, '%', 'P', 'D', 'F', '-')) {
            switch (PdfEvidence.inspect(content)) {
                case ACTIVE -> throw refused(shown, FileRefusal.ACTIVE_CONTENT, "a PDF with scripts, launch actions or embedded files",
                        "assessment.agency.problem.activePdf");
                case ENCRYPTED -> throw refused(shown, FileRefusal.ENCRYPTED, "a PDF that is not encrypted (its content cannot be checked)",
                        "assessment.agency.problem.encryptedPdf");
                case UNREADABLE -> throw refused(shown, FileRefusal.UNREADABLE, "a PDF that can be read (this one is damaged or not a PDF)",
                        "assessment.agency.problem.unreadablePdf");
                case CLEAN -> {
                    return Kind.PDF;
                }
            }
        }
        if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Kind.PNG;
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return Kind.JPEG;
        }
        if (starts(content, 'P', 'K', 3, 4)) {
            return office(content, shown);
        }
        throw refused(shown, FileRefusal.WRONG_TYPE, "content not recognised; accepted: PDF, PNG, JPEG, DOCX, XLSX", "assessment.agency.problem.type");
    }

    /** A DOCX or XLSX by its entries, read from the ZIP's directory only; macros and other ZIPs are refused. */
    private static Kind office(byte[] content, String shown) {
        List<String> names;
        Path temp = null;
        try {
            temp = Files.createTempFile("evidence", ".zip");
            Files.write(temp, content);
            try (ZipFile zip = new ZipFile(temp.toFile())) {
                if (zip.size() > MAX_ZIP_ENTRIES) {
                    throw refused(shown, FileRefusal.WRONG_TYPE, "a ZIP of more than " + MAX_ZIP_ENTRIES + " entries", "assessment.agency.problem.type");
                }
                names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            }
        } catch (IOException e) {
            throw refused(shown, FileRefusal.UNREADABLE, "a damaged ZIP container", "assessment.agency.problem.type");
        } finally {
            delete(temp);
        }
        if (names.stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("vbaproject"))) {
            throw refused(shown, FileRefusal.ACTIVE_CONTENT, "an office file with macros", "assessment.agency.problem.macros");
        }
        boolean types = names.contains("[Content_Types].xml");
        if (types && names.contains("word/document.xml")) {
            return Kind.DOCX;
        }
        if (types && names.contains("xl/workbook.xml")) {
            return Kind.XLSX;
        }
        throw refused(shown, FileRefusal.WRONG_TYPE, "a ZIP that is no DOCX or XLSX", "assessment.agency.problem.type");
    }

    /** The name without path, control, bidi or reserved characters, no leading formula sign, and the type's extension. */
    static String name(String original, Kind kind) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder();
        name.codePoints().filter(c -> c >= 0x20 && !(c >= 0x7F && c <= 0x9F) && !(c >= 0x202A && c <= 0x202E)
                && !(c >= 0x2066 && c <= 0x2069) && c != 0x200E && c != 0x200F && "\"<>:*?|;%".indexOf(c) < 0)
                .forEach(clean::appendCodePoint);
        String base = clean.toString();
        int dot = base.lastIndexOf('.');
        base = (dot > 0 ? base.substring(0, dot) : base).replaceAll("^[\\s.=+\\-@]+", "").strip();
        if (base.length() > MAX_NAME) {
            base = base.substring(0, base.offsetByCodePoints(0, base.codePointCount(0, MAX_NAME) - 1));
        }
        return (base.isEmpty() ? "minh-chung" : base) + "." + kind.extension;
    }

    private static String shown(String original) {
        String v = vn.steerboard.common.EdgeText.visible(original == null ? "" : original);
        return v.length() > 100 ? v.substring(0, 100) + "…" : v;
    }

    private static InvalidParameterException refused(String shown, FileRefusal what, String expectation, String key,
            Object... args) {
        return InvalidParameterException.field("file", shown, expectation).because(key, args).refusing(what);
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a temporary file the system cleans
            }
        }
    }
}
