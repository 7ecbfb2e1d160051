package vn.steerboard.committee.internal.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting report as content only: headings, paragraphs, tables and bar charts, and, for the committee's document,
 * its administrative form (letterhead and signature). The same document is written to PDF and to .xlsx, so the two
 * files always carry the same figures.
 */
public record ReportDocument(String title, String subtitle, LocalDate asOf, List<Section> sections, Form form) {

    public ReportDocument(String title, String subtitle, LocalDate asOf, List<Section> sections) {
        this(title, subtitle, asOf, sections, null);
    }

    /**
     * The parts of an administrative document that frame its body (Nghị định 30/2020/NĐ-CP, Phụ lục I): the
     * governing body and the issuer, the number and symbol, the national name and motto, the place and date, the
     * kind of document and its summary; after the body, the recipients and the signature (capacity, position, the
     * signature placeholder and the signer's name, which may be blank).
     */
    public record Form(String parentBody, String issuer, String number, String nation, String motto, String placeAndDate,
            String kind, String summary, String recipientsHeading, List<String> recipients, String signerCapacity,
            String signerPosition, String signed, String signerName) {
    }

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
