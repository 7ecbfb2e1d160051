package vn.steerboard.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.RowProblem;
import vn.steerboard.common.SpreadsheetRows;
import vn.steerboard.indicator.DataSetDefinition;
import vn.steerboard.indicator.ElementDefinition;
import vn.steerboard.indicator.IndicatorCatalogue;

/**
 * Indicator values from a spreadsheet: one value per row under the template's Vietnamese headers. The file goes
 * through the same checks as an API batch and is written whole or not at all; problems name the row as the
 * user sees it in the sheet (the header is row 1).
 */
@Service
public class ValueSpreadsheets {

    /** The template is the Vietnamese form whatever the reader's language: its texts are read in Vietnamese. */
    private static final Locale FORM = Locale.forLanguageTag("vi");
    private static final List<String> HEADER_KEYS = List.of("submission.template.unit", "submission.template.period",
            "submission.template.element", "submission.template.value");
    public static final int MAX_ROWS = Submissions.MAX_BATCH_VALUES;

    private final Submissions submissions;
    private final IndicatorCatalogue catalogue;
    private final MessageSource messages;

    ValueSpreadsheets(Submissions submissions, IndicatorCatalogue catalogue, MessageSource messages) {
        this.submissions = submissions;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** The template's first row, as the file must give it. */
    public List<String> headers() {
        return HEADER_KEYS.stream().map(this::text).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, FORM);
    }

    public BatchResult importFile(String fileName, byte[] content) {
        List<List<String>> rows = SpreadsheetRows.read(fileName, content);
        List<String> headers = headers();
        if (rows.isEmpty() || !matchesHeader(headers, rows.get(0))) {
            throw new InvalidParameterException("file", fileName, "the template's first row: " + String.join(" | ", headers))
                    .because("reason.import.header", String.join(" | ", headers));
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new vn.steerboard.common.PayloadTooLargeException(MAX_ROWS + " value rows per file", "The file has "
                    + (rows.size() - 1) + " rows; at most " + MAX_ROWS + " value rows per file; nothing was imported")
                    .because("problem.tooLarge.rows", rows.size() - 1, MAX_ROWS);
        }
        List<RowProblem> problems = new ArrayList<>();
        List<ValueEntry> entries = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            int rowNumber = i + 1;
            String text = cell(row, 3);
            Double value = null;
            try {
                value = text == null ? null : Double.valueOf(text.replace(" ", ""));
            } catch (NumberFormatException e) {
                problems.add(new RowProblem(rowNumber, headers.get(3), text, "not a number; write 1234.5 with a dot for decimals")
                        .because("reason.import.number"));
            }
            entries.add(new ValueEntry(cell(row, 2), cell(row, 0), cell(row, 1), value));
            rowNumbers.add(rowNumber);
        }
        if (!problems.isEmpty()) {
            throw new RejectedFileException(problems.size() + " problem(s); nothing was imported", problems);
        }
        if (entries.isEmpty()) {
            throw new InvalidParameterException("file", fileName, "at least one value row under the header")
                    .because("reason.import.noValueRows");
        }
        return submissions.push(entries, rowNumbers, null, "SPREADSHEET");
    }

    /** The template: headers, one example row per element of the first data set, and a sheet of element codes. */
    public byte[] template() {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet values = workbook.createSheet(text("submission.template.valuesSheet"));
            Row header = values.createRow(0);
            List<String> headers = headers();
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
                values.setColumnWidth(c, 24 * 256);
            }
            Row example = values.createRow(1);
            example.createCell(0).setCellValue("01");
            example.createCell(1).setCellValue("2026-10");
            example.createCell(2).setCellValue("TTHC_TONG");
            example.createCell(3).setCellValue(2100);
            Sheet codes = workbook.createSheet(text("submission.template.codesSheet"));
            Row codesHeader = codes.createRow(0);
            String[] titles = {text("submission.template.element"), text("submission.template.name"),
                text("submission.template.dataSet"), text("submission.template.period"), text("submission.template.valueType")};
            for (int c = 0; c < titles.length; c++) {
                codesHeader.createCell(c).setCellValue(titles[c]);
                codes.setColumnWidth(c, (c == 1 ? 60 : 20) * 256);
            }
            int r = 1;
            for (DataSetDefinition set : catalogue.dataSets()) {
                for (ElementDefinition element : set.elements()) {
                    Row row = codes.createRow(r++);
                    row.createCell(0).setCellValue(element.code());
                    row.createCell(1).setCellValue(element.nameVi());
                    row.createCell(2).setCellValue(set.code());
                    row.createCell(3).setCellValue(set.periodType().name());
                    row.createCell(4).setCellValue(element.valueType().name());
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean matchesHeader(List<String> headers, List<String> row) {
        for (int c = 0; c < headers.size(); c++) {
            if (!headers.get(c).equalsIgnoreCase(cell(row, c) == null ? "" : cell(row, c))) {
                return false;
            }
        }
        return true;
    }

    private static String cell(List<String> row, int column) {
        if (column >= row.size() || row.get(column) == null || row.get(column).isBlank()) {
            return null;
        }
        return row.get(column).strip();
    }
}
