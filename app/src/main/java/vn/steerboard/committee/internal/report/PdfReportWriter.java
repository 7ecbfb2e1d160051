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
            Canvas canvas = new Canvas(document, load(document, "DejaVuSans.ttf"), load(document, "DejaVuSans-Bold.ttf"));
            describe(document, report);
            canvas.text(report.title(), canvas.bold, 18, INK);
            canvas.text(report.subtitle(), canvas.regular, 11, MUTED);
            canvas.gap(8);
            for (Section section : report.sections()) {
                canvas.ensure(60);
                canvas.gap(6);
                canvas.text(section.heading(), canvas.bold, 13, INK);
                canvas.rule();
                for (Block block : section.blocks()) {
                    if (block instanceof Paragraph paragraph) {
                        canvas.wrapped(paragraph.text(), canvas.regular, 10, INK);
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

    /** A cursor over pages: adds a page whenever the next element would not fit. */
    private static final class Canvas {
        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream stream;
        private float y;
        private int pageNumber;

        Canvas(PDDocument document, PDFont regular, PDFont bold) throws IOException {
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
            for (String line : wrap(text, font, size, WIDTH)) {
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
                    List<String> wrapped = wrap(format(column < row.size() ? row.get(column) : null), regular, size,
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
                        float textX = numeric ? x + widths[column] - 3 - width(line, regular, size) : x + 3;
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
                for (String line : wrap(table.headers().get(column), bold, size, widths[column] - 6)) {
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
                natural[column] = Math.min(180, width(table.headers().get(column), bold, size) * 0.6f + 8);
                for (List<Object> row : table.rows()) {
                    if (column < row.size()) {
                        natural[column] = Math.max(natural[column],
                                Math.min(220, width(format(row.get(column)), regular, size) + 8));
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
                put(format(chart.values().get(i)) + (chart.unit() == null ? "" : chart.unit()), regular, size, INK,
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
            if (width(text, font, size) <= max) {
                return text;
            }
            String shortened = text;
            while (shortened.length() > 1 && width(shortened + "…", font, size) > max) {
                shortened = shortened.substring(0, shortened.length() - 1);
            }
            return shortened + "…";
        }
    }

    static List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= max || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Vietnamese number format: 1.234,5 — percentages are passed as numbers with one decimal. */
    static String format(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Double || value instanceof Float) {
            NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
            format.setMaximumFractionDigits(1);
            format.setMinimumFractionDigits(1);
            return format.format(((Number) value).doubleValue());
        }
        if (value instanceof Number number) {
            return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(number.longValue());
        }
        return value.toString();
    }
}
