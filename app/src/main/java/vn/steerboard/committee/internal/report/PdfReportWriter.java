package vn.steerboard.committee.internal.report;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.steerboard.committee.internal.report.ReportDocument.BarChart;
import vn.steerboard.committee.internal.report.ReportDocument.Block;
import vn.steerboard.committee.internal.report.ReportDocument.Paragraph;
import vn.steerboard.committee.internal.report.ReportDocument.Section;
import vn.steerboard.committee.internal.report.ReportDocument.Table;

/**
 * Writes a report as an A4 PDF with DejaVu Sans embedded (full Vietnamese diacritics). Dates and the
 * document id derive from the report's as-of date, so the same date gives the same bytes.
 */
public class PdfReportWriter {

    private static final float MARGIN = 48;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x6b, 0x72, 0x80);
    private static final Color RULE = new Color(0xd1, 0xd5, 0xdb);
    private static final Color BAR = new Color(0xb9, 0x1c, 0x1c);
    private static final Color HEADER_FILL = new Color(0xf3, 0xf4, 0xf6);

    public void write(ReportDocument report, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            PdfCanvas canvas = new PdfCanvas(document, load(document, "DejaVuSans.ttf"), load(document, "DejaVuSans-Bold.ttf"));
            describe(document, report);
            canvas.text(report.title(), canvas.bold, 18, PdfCanvas.INK);
            canvas.text(report.subtitle(), canvas.regular, 11, PdfCanvas.MUTED);
            canvas.gap(8);
            for (Section section : report.sections()) {
                canvas.ensure(60);
                canvas.gap(6);
                canvas.text(section.heading(), canvas.bold, 13, PdfCanvas.INK);
                canvas.rule();
                for (Block block : section.blocks()) {
                    if (block instanceof Paragraph paragraph) {
                        canvas.wrapped(paragraph.text(), canvas.regular, 10, PdfCanvas.INK);
                    } else if (block instanceof Table table) {
                        canvas.table(table);
                    } else if (block instanceof BarChart chart) {
                        canvas.barChart(chart);
                    }
                    canvas.gap(6);
                }
            }
            canvas.finish();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report PDF", e);
        }
    }

    private static void describe(PDDocument document, ReportDocument report) {
        GregorianCalendar date = GregorianCalendar.from(report.asOf().atStartOfDay(vn.steerboard.common.VietnamTime.ZONE));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(report.title());
        info.setSubject(report.subtitle());
        info.setCreator("Steerboard");
        info.setProducer("Steerboard");
        info.setCreationDate(date);
        info.setModificationDate(date);
        document.setDocumentId(report.asOf().toEpochDay());
    }

    private static PDFont load(PDDocument document, String name) throws IOException {
        try (InputStream font = PdfReportWriter.class.getResourceAsStream("/fonts/" + name)) {
            if (font == null) {
                throw new IOException("Font /fonts/" + name + " is missing from the application");
            }
            return PDType0Font.load(document, font);
        }
    }
}
