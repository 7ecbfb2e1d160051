package vn.steerboard.committee.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.steerboard.committee.internal.report.ReportDocument.BarChart;
import vn.steerboard.committee.internal.report.ReportDocument.Paragraph;
import vn.steerboard.committee.internal.report.ReportDocument.Section;
import vn.steerboard.committee.internal.report.ReportDocument.Table;

class ReportWritersTest {

    private static ReportDocument report(LocalDate asOf) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            rows.add(List.of(i, "Tỉnh Đắk Lắk số " + i, 100 - i * 0.5, (long) i * 3));
        }
        return new ReportDocument("Báo cáo phiên họp Ban Chỉ đạo", "Số liệu đến ngày 15/11/2025", asOf, List.of(
                new Section("1. Nhiệm vụ", List.of(
                        new Paragraph("Đã hoàn thành 370 trên 944 nhiệm vụ; tỷ lệ đúng hạn 67,0%."),
                        new BarChart("Tỷ lệ đúng hạn theo bộ", List.of("Bộ Khoa học và Công nghệ", "Bộ Công an"),
                                List.of(81.5, 64.0), "%", 100),
                        new Table("Xếp hạng tỉnh", "Bảng xếp hạng tỉnh",
                                List.of("Hạng", "Đơn vị", "Điểm", "Quá hạn"), rows)))));
    }

    @Test
    void pdfCarriesVietnameseTextWithEmbeddedFontsAndPaginates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter().write(report(LocalDate.of(2025, 11, 15)), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Báo cáo phiên họp Ban Chỉ đạo", "tỷ lệ đúng hạn 67,0%", "Tỉnh Đắk Lắk số 80", "Bộ Khoa học và Công nghệ", "81,5%");
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            PDFont font = pdf.getPage(0).getResources().getFont(
                    pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("DejaVuSerif");
            assertThat(pdf.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR)).isEqualTo(2025);
        }
    }

    @Test
    void anAdministrativeFormFramesTheBodyWithLetterheadAndSignature() throws Exception {
        ReportDocument plain = report(LocalDate.of(2026, 2, 5));
        ReportDocument formal = new ReportDocument(plain.title(), plain.subtitle(), plain.asOf(), plain.sections(),
                new ReportDocument.Form("", "BAN CHỈ ĐẠO THỬ NGHIỆM", "Số: …/BC-BCĐ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 05 tháng 02 năm 2026", "BÁO CÁO", "Tình hình thực hiện",
                        "Nơi nhận:", List.of("- Như trên;", "- Lưu: VT."), "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "(đã ký)", ""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter().write(formal, out);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "meeting-form-sample.pdf"), out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: …/BC-BCĐ", "Hà Nội, ngày 05 tháng 02 năm 2026",
                    "BÁO CÁO", "Nơi nhận:", "TM. BAN CHỈ ĐẠO", "(đã ký)", "Tỉnh Đắk Lắk số 80");
            assertThat(text.indexOf("(đã ký)")).isGreaterThan(text.indexOf("Tỉnh Đắk Lắk số 80"));
        }
    }

    @Test
    void theSameDateGivesTheSamePdfBytes() {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        new PdfReportWriter().write(report(LocalDate.of(2025, 11, 15)), first);
        new PdfReportWriter().write(report(LocalDate.of(2025, 11, 15)), second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    }

    @Test
    void workbookHoldsEveryTableWithNumericCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookReportWriter().write(report(LocalDate.of(2025, 11, 15)), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet ranking = workbook.getSheet("Xếp hạng tỉnh");
            assertThat(ranking).isNotNull();
            assertThat(ranking.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(ranking.getRow(80).getCell(1).getStringCellValue()).isEqualTo("Tỉnh Đắk Lắk số 80");
            assertThat(ranking.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(99.5);
            assertThat(workbook.getSheetAt(0).getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("Đã hoàn thành 370 trên 944 nhiệm vụ; tỷ lệ đúng hạn 67,0%.");
        }
    }
}
