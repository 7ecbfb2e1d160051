package vn.steerboard.programme;

/** Recognises an uploaded file by its first bytes, so a renamed executable is not taken for a PDF. */
final class EvidenceType {

    private EvidenceType() {
    }

    static String sniff(byte[] content) {
        if (starts(content, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (starts(content, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(content, 'P', 'K', 3, 4)) {
            return "application/zip";
        }
        return null;
    }

    /** DOCX and XLSX are ZIP containers. */
    static boolean compatible(String declared, String sniffed) {
        return declared.equals(sniffed) || ("application/zip".equals(sniffed) && declared.contains("openxmlformats"));
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
}
