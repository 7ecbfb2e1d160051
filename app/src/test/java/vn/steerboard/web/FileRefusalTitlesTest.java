package vn.steerboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.assessment.internal.EvidenceFiles;
import vn.steerboard.common.FileRefusal;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.support.Api;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.IntegrationTest;

/**
 * A refused upload says what is wrong with the file in its type and title, in the user's language, not "invalid
 * parameter": a type not accepted, unreadable, a workbook with macros, too large (and empty, for evidence). Real HTTP to the task import
 * (the spreadsheet reader every import shares) in Vietnamese and English; the evidence files' checks name the same
 * kinds.
 */
@IntegrationTest
class FileRefusalTitlesTest {

    private static final String IMPORT = "/api/tasks/import";

    @LocalServerPort
    int port;

    private void refused(String fileName, byte[] content, String type, String vi, String en, String viDetail) {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Api.Reply vietnamese = admin.inVietnamese().upload(IMPORT, fileName, content);
        assertThat(vietnamese.status()).as(vietnamese.toString()).isEqualTo(400);
        assertThat(vietnamese.contentType()).contains("application/problem+json");
        assertThat(vietnamese.json().get("type").asString()).isEqualTo("https://steerboard.gov.vn/problems/" + type);
        assertThat(vietnamese.json().get("title").asString()).as(fileName).isEqualTo(vi);
        assertThat(vietnamese.json().get("detail").asString()).as(fileName).contains(viDetail);
        assertThat(vietnamese.json().get("parameter").asString()).isEqualTo("file");
        Api.Reply english = admin.upload(IMPORT, fileName, content);
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.json().get("type").asString()).endsWith("/" + type);
        assertThat(english.json().get("title").asString()).as(fileName).isEqualTo(en);
    }

    @Test
    void eachRefusedFileIsTitledByWhatIsWrongWithIt() throws Exception {
        refused("nhiem-vu.txt", "ma,ten\n".getBytes(StandardCharsets.UTF_8), "file-wrong-type",
                "Loại tệp không được chấp nhận", "This type of file is not accepted", "cần tệp .xlsx hoặc .csv lập từ biểu mẫu");
        refused("nhiem-vu.xlsx", "khong phai so tinh".getBytes(StandardCharsets.UTF_8), "file-unreadable",
                "Không đọc được tệp", "The file cannot be read", "không đọc được sổ tính .xlsx");
        // UTF-16 by its byte-order mark, then half a character
        refused("nhiem-vu.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 0x41}, "file-unreadable", "Không đọc được tệp",
                "The file cannot be read", "UTF-16LE");
        // an .xlsm saved under an .xlsx name: its macros are refused, whatever its cells hold
        refused("nhiem-vu.xlsx", macroWorkbook(), "file-active-content", "Tệp chứa macro hoặc mã lệnh",
                "The file contains macros or scripts", "không có macro");
    }

    /** Larger than the upload limit: refused by its declared length before a byte is read, as a file too large. */
    @Test
    void anUploadOverTheLimitIsAFileTooLarge() throws Exception {
        for (String language : java.util.List.of("vi", "en")) {
            try (Socket socket = new Socket("localhost", port)) {
                socket.setSoTimeout(5_000);
                OutputStream out = socket.getOutputStream();
                String auth = Base64.getEncoder().encodeToString((DemoFacts.ADMIN + ":" + Api.DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
                out.write(("POST " + IMPORT + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                        + "Accept: application/json\r\nAccept-Language: " + language + "\r\nAuthorization: Basic " + auth
                        + "\r\nContent-Length: 104857600\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = answer(socket.getInputStream());
                assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                        .contains("\"type\":\"https://steerboard.gov.vn/problems/file-too-large\"");
                assertThat(answer).contains(language.equals("vi") ? "\"title\":\"Tệp quá lớn\"" : "\"title\":\"The file is too large\"");
                assertThat(answer).contains(language.equals("vi") ? "Yêu cầu lớn hơn giới hạn" : "larger than the limit");
            }
        }
    }

    /** The evidence of assessments and tasks is checked by its bytes; each refusal names its kind the same way. */
    @Test
    void evidenceRefusalsNameTheirKind() throws Exception {
        assertThat(kind("bao-cao.pdf", new byte[0])).isEqualTo(FileRefusal.EMPTY);
        assertThat(kind("bao-cao.pdf", new byte[(int) EvidenceFiles.MAX_BYTES + 1])).isEqualTo(FileRefusal.TOO_LARGE);
        assertThat(kind("bao-cao.exe", "MZ khong phai tai lieu".getBytes(StandardCharsets.US_ASCII))).isEqualTo(FileRefusal.WRONG_TYPE);
        assertThat(kind("bao-cao.pdf", "%PDF-1.7 hong".getBytes(StandardCharsets.US_ASCII))).isEqualTo(FileRefusal.UNREADABLE);
        assertThat(kind("bao-cao.docx", zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")))
                .isEqualTo(FileRefusal.ACTIVE_CONTENT);
        assertThat(kind("bao-cao.docx", zip("[Content_Types].xml", "other.xml"))).isEqualTo(FileRefusal.WRONG_TYPE);
    }

    private static FileRefusal kind(String name, byte[] content) {
        InvalidParameterException refused = catchThrowableOfType(InvalidParameterException.class,
                () -> EvidenceFiles.check(name, content));
        assertThat(refused).as(name).isNotNull();
        return refused.fileRefusal();
    }

    private static byte[] zip(String... entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] macroWorkbook() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
            workbook.createSheet("Nhiệm vụ").createRow(0).createCell(0).setCellValue("Mã");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String answer(InputStream in) throws java.io.IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0;) {
                read.write(buffer, 0, n);
            }
        } catch (java.net.SocketTimeoutException enough) {
            // the server keeps the connection open: what came is the answer
        }
        return read.toString(StandardCharsets.UTF_8);
    }
}
