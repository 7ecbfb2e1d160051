package vn.steerboard.programme.internal.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What the programme's controllers share: blank parameters are absent, and how a workbook is sent. */
final class Web {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** How the API documents its one day parameter. */
    static final String AS_OF = "The day the figures are as of: yyyy-mm-dd or dd/mm/yyyy; today in Vietnam when absent";

    private Web() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static ResponseEntity<byte[]> xlsx(byte[] content, String fileName) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
