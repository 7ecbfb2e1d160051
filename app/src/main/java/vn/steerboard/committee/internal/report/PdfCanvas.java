package vn.steerboard.committee.internal.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.steerboard.committee.internal.report.ReportDocument.BarChart;
import vn.steerboard.committee.internal.report.ReportDocument.Table;

/**
 * A cursor over the pages of a PDF: text, wrapped paragraphs, tables and bar charts, adding a page whenever the next
 * element would not fit, with the page number in each footer.
 */
final class PdfCanvas {

    /** Nghị định 30/2020/NĐ-CP, Phụ lục I: top and bottom 20 mm, left 30 mm, right 20 mm. */
    static final float MARGIN = 57;
    static final float LEFT = 85;
    static final float WIDTH = PDRectangle.A4.getWidth() - LEFT - MARGIN;
    static final Color INK = new Color(0x1f, 0x29, 0x37);
    static final Color MUTED = new Color(0x6b, 0x72, 0x80);
    static final Color RULE = new Color(0xd1, 0xd5, 0xdb);
    static final Color BAR = new Color(0xb9, 0x1c, 0x1c);
    static final Color HEADER_FILL = new Color(0xf3, 0xf4, 0xf6);

    private final PDDocument document;
    final PDFont regular;
    final PDFont bold;
    final PDFont italic;
    final PDFont boldItalic;
    private PDPageContentStream stream;
    private float y;
    private int pageNumber;

    PdfCanvas(PDDocument document, PDFont regular, PDFont bold, PDFont italic, PDFont boldItalic) throws IOException {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
        this.boldItalic = boldItalic;
        newPage();
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        pageNumber++;
        y = PDRectangle.A4.getHeight() - MARGIN;
        if (pageNumber > 1) {
            // the page number at the top centre, from the second page on (ND 30/2020, Phụ lục I)
            centred(String.valueOf(pageNumber), regular, 11, LEFT, WIDTH, PDRectangle.A4.getHeight() - MARGIN / 2);
        }
    }

    void finish() throws IOException {
        stream.close();
    }

    float y() {
        return y;
    }

    void y(float value) {
        y = value;
    }

    /** A line of text centred in a column, at a baseline; the cursor does not move. */
    void centred(String text, PDFont font, float size, float x, float width, float baseline) throws IOException {
        put(text, font, size, INK, x + (width - PdfText.width(text, font, size)) / 2, baseline);
    }

    void line(float fromX, float toX, float atY) throws IOException {
        stream.setStrokingColor(INK);
        stream.setLineWidth(0.6f);
        stream.moveTo(fromX, atY);
        stream.lineTo(toX, atY);
        stream.stroke();
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
        put(text, font, size, color, LEFT, y);
    }

    void wrapped(String text, PDFont font, float size, Color color) throws IOException {
        for (String line : PdfText.wrap(text, font, size, WIDTH)) {
            text(line, font, size, color);
        }
    }

    /** A paragraph of the body: the first line indented 1 cm, as an administrative document's are. */
    void paragraph(String text, PDFont font, float size) throws IOException {
        float indent = 28;
        List<String> lines = PdfText.wrap(text, font, size, WIDTH, WIDTH - indent);
        for (int i = 0; i < lines.size(); i++) {
            ensure(size * 1.5f);
            y -= size * 1.35f;
            put(lines.get(i), font, size, INK, LEFT + (i == 0 ? indent : 0), y);
        }
    }

    void rule() throws IOException {
        y -= 4;
        stream.setStrokingColor(RULE);
        stream.moveTo(LEFT, y);
        stream.lineTo(LEFT + WIDTH, y);
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
            float x = LEFT;
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
            stream.moveTo(LEFT, y);
            stream.lineTo(LEFT + WIDTH, y);
            stream.stroke();
        }
    }

    private void header(Table table, float[] widths, float size, float rowHeight) throws IOException {
        float height = rowHeight * 1.6f;
        ensure(height + rowHeight);
        stream.setNonStrokingColor(HEADER_FILL);
        stream.addRect(LEFT, y - height, WIDTH, height);
        stream.fill();
        float x = LEFT;
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
            String label = PdfText.shorten(chart.labels().get(i), regular, size, labelWidth - 6);
            put(label, regular, size, INK, LEFT, y - barHeight + 2.5f);
            double value = chart.values().get(i) == null ? 0 : chart.values().get(i);
            float length = (float) (plotWidth * Math.max(0, Math.min(1, value / max)));
            stream.setNonStrokingColor(BAR);
            stream.addRect(LEFT + labelWidth, y - barHeight, Math.max(length, 0.5f), barHeight - 2);
            stream.fill();
            put(PdfText.format(chart.values().get(i)) + PdfText.unit(chart.unit()), regular, size, INK,
                    LEFT + labelWidth + length + 4, y - barHeight + 2.5f);
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
}
