package vn.steerboard.committee.internal.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting report as content only: headings, paragraphs, tables and bar charts. The same document
 * is written to PDF and to .xlsx, so the two files always carry the same figures.
 */
public record ReportDocument(String title, String subtitle, LocalDate asOf, List<Section> sections) {

    public record Section(String heading, List<Block> blocks) {
    }

    public sealed interface Block permits Paragraph, Table, BarChart {
    }

    public record Paragraph(String text) implements Block {
    }

    /** A table; numbers stay numbers so the workbook can be computed on. */
    public record Table(String sheetName, String caption, List<String> headers, List<List<Object>> rows)
            implements Block {
    }

    /** A horizontal bar chart; the table of the same figures is always printed next to it. */
    public record BarChart(String caption, List<String> labels, List<Double> values, String unit, double max)
            implements Block {
    }
}
