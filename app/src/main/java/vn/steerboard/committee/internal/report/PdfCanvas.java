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
 * A cursor over the pages of a PDF: text, wrapped paragraphs, tables and bar charts, adding a page whenever the next
 * element would not fit, with the page number in each footer.
 */
final class PdfCanvas {

    static final float MARGIN = 48;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    static final Color INK = new Color(0x1f, 0x29, 0x37);
    static final Color MUTED = new Color(0x6b, 0x72, 0x80);
    static final Color RULE = new Color(0xd1, 0xd5, 0xdb);
    static final Color BAR = new Color(0xb9, 0x1c, 0x1c);
    static final Color HEADER_FILL = new Color(0xf3, 0xf4, 0xf6);

    private final PDDocument document;
    final PDFont regular;
    final PDFont bold;
    private PDPageContentStream stream;
    private float y;
    private int pageNumber;

    PdfCanvas(PDDocument document, PDFont regular, PDFont bold) throws IOException {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        newPage();
    }

    void newPage() throws IOException {
        if (stream != null) {
            footer();
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        pageNumber++;
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void finish() throws IOException {
        footer();
        stream.close();
    }

    private void footer() throws IOException {
        put("Steerboard · " + pageNumber, regular, 8, MUTED, MARGIN, MARGIN / 2);
    }

    void ensure(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    void gap(float height) {
        y -= height;
    }

    void text(String text, PDFont font, float size, Color color) throws IOException {
        ensure(size * 1.5f);
        y -= size * 1.3f;
        put(text, font, size, color, MARGIN, y);
    }

    void wrapped(String text, PDFont font, float size, Color color) throws IOException {
        for (String line : PdfText.wrap(text, font, size, WIDTH)) {
            text(line, font, size, color);
        }
    }

    void rule() throws IOException {
        y -= 4;
        stream.setStrokingColor(RULE);
        stream.moveTo(MARGIN, y);
        stream.lineTo(MARGIN + WIDTH, y);
        stream.stroke();
        y -= 4;
    }

    void table(Table table) throws IOException {
        float size = 8.5f;
        float rowHeight = size * 1.9f;
        float[] widths = columnWidths(table, size);
        if (table.caption() != null) {
            text(table.caption(), bold, 9.5f, INK);
            y -= 2;
        }
        header(table, widths, size, rowHeight);
        for (List<Object> row : table.rows()) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int column = 0; column < widths.length; column++) {
                List<String> wrapped = PdfText.wrap(PdfText.format(column < row.size() ? row.get(column) : null), regular, size,
                        widths[column] - 6);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float height = rowHeight + (lines - 1) * size * 1.2f;
            if (y - height < MARGIN) {
                newPage();
                header(table, widths, size, rowHeight);
            }
            float x = MARGIN;
            for (int column = 0; column < widths.length; column++) {
                boolean numeric = column < row.size() && row.get(column) instanceof Number;
                float lineY = y - size * 1.35f;
                for (String line : cells.get(column)) {
                    float textX = numeric ? x + widths[column] - 3 - PdfText.width(line, regular, size) : x + 3;
                    put(line, regular, size, INK, textX, lineY);
                    lineY -= size * 1.2f;
                }
                x += widths[column];
            }
            y -= height;
            stream.setStrokingColor(RULE);
            stream.moveTo(MARGIN, y);
            stream.lineTo(MARGIN + WIDTH, y);
            stream.stroke();
        }
    }

    private void header(Table table, float[] widths, float size, float rowHeight) throws IOException {
        float height = rowHeight * 1.6f;
        ensure(height + rowHeight);
        stream.setNonStrokingColor(HEADER_FILL);
        stream.addRect(MARGIN, y - height, WIDTH, height);
        stream.fill();
        float x = MARGIN;
        for (int column = 0; column < widths.length; column++) {
            float lineY = y - size * 1.35f;
            for (String line : PdfText.wrap(table.headers().get(column), bold, size, widths[column] - 6)) {
                put(line, bold, size, INK, x + 3, lineY);
                lineY -= size * 1.2f;
            }
            x += widths[column];
        }
        y -= height;
    }

    private float[] columnWidths(Table table, float size) throws IOException {
        int columns = table.headers().size();
        float[] natural = new float[columns];
        for (int column = 0; column < columns; column++) {
            natural[column] = Math.min(180, PdfText.width(table.headers().get(column), bold, size) * 0.6f + 8);
            for (List<Object> row : table.rows()) {
                if (column < row.size()) {
                    natural[column] = Math.max(natural[column],
                            Math.min(220, PdfText.width(PdfText.format(row.get(column)), regular, size) + 8));
                }
            }
        }
        float total = 0;
        for (float width : natural) {
            total += width;
        }
        float[] widths = new float[columns];
        for (int column = 0; column < columns; column++) {
            widths[column] = natural[column] * WIDTH / total;
        }
        return widths;
    }

    void barChart(BarChart chart) throws IOException {
        float size = 8.5f;
        float barHeight = 11;
        float labelWidth = 150;
        float valueWidth = 50;
        float plotWidth = WIDTH - labelWidth - valueWidth;
        text(chart.caption(), bold, 9.5f, INK);
        y -= 3;
        double max = chart.max() > 0 ? chart.max()
                : chart.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        for (int i = 0; i < chart.labels().size(); i++) {
            ensure(barHeight + 4);
            String label = shorten(chart.labels().get(i), regular, size, labelWidth - 6);
            put(label, regular, size, INK, MARGIN, y - barHeight + 2.5f);
            double value = chart.values().get(i) == null ? 0 : chart.values().get(i);
            float length = (float) (plotWidth * Math.max(0, Math.min(1, value / max)));
            stream.setNonStrokingColor(BAR);
            stream.addRect(MARGIN + labelWidth, y - barHeight, Math.max(length, 0.5f), barHeight - 2);
            stream.fill();
            put(PdfText.format(chart.values().get(i)) + (chart.unit() == null ? "" : chart.unit()), regular, size, INK,
                    MARGIN + labelWidth + length + 4, y - barHeight + 2.5f);
            y -= barHeight + 2;
        }
    }

    private void put(String text, PDFont font, float size, Color color, float x, float baseline)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.setNonStrokingColor(color);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    private String shorten(String text, PDFont font, float size, float max) throws IOException {
        if (PdfText.width(text, font, size) <= max) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && PdfText.width(shortened + "…", font, size) > max) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }
}
