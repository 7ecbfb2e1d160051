package vn.steerboard.committee.internal.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.steerboard.committee.internal.report.ReportDocument.BarChart;
import vn.steerboard.committee.internal.report.ReportDocument.Block;
import vn.steerboard.committee.internal.report.ReportDocument.Paragraph;
import vn.steerboard.committee.internal.report.ReportDocument.Section;
import vn.steerboard.committee.internal.report.ReportDocument.Table;

/**
 * Writes a report as an A4 PDF in DejaVu Serif, embedded (full Vietnamese diacritics; a serif face, as Nghị định
 * 30/2020 asks for Times New Roman, which may not be shipped). A report with an administrative form gets its
 * letterhead and signature. Dates and the document id derive from the report's as-of date, so the same date gives
 * the same bytes.
 */
public class PdfReportWriter {

    /** A heading is kept with this much of what follows it, so none is left at the foot of a page. */
    private static final float KEEP_WITH_NEXT = 120;

    public void write(ReportDocument report, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            PdfCanvas canvas = new PdfCanvas(document, load(document, "DejaVuSerif.ttf"),
                    load(document, "DejaVuSerif-Bold.ttf"), load(document, "DejaVuSerif-Italic.ttf"),
                    load(document, "DejaVuSerif-BoldItalic.ttf"));
            describe(document, report);
            PdfLetterhead letterhead = new PdfLetterhead(canvas);
            if (report.form() != null) {
                letterhead.head(report.form());
            } else {
                canvas.text(report.title(), canvas.bold, 16, PdfCanvas.INK);
                canvas.text(report.subtitle(), canvas.regular, 11, PdfCanvas.MUTED);
                canvas.gap(8);
            }
            for (Section section : report.sections()) {
                section(canvas, section);
            }
            if (report.form() != null) {
                letterhead.signature(report.form());
            }
            canvas.finish();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report PDF", e);
        }
    }

    private static void section(PdfCanvas canvas, Section section) throws IOException {
        if (!section.heading().isBlank()) {
            canvas.ensure(KEEP_WITH_NEXT);
            canvas.gap(6);
            canvas.wrapped(section.heading(), canvas.bold, 12.5f, PdfCanvas.INK);
            canvas.gap(2);
        }
        for (Block block : section.blocks()) {
            if (block instanceof Paragraph paragraph) {
                canvas.paragraph(paragraph.text(), canvas.regular, 12);
            } else if (block instanceof Table table) {
                canvas.ensure(60);
                canvas.table(table);
            } else if (block instanceof BarChart chart) {
                canvas.ensure(60);
                canvas.barChart(chart);
            }
            canvas.gap(6);
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
