package vn.steerboard.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The rows of an uploaded .xlsx (first sheet) or UTF-8 .csv (a byte-order mark is skipped) as text, the header
 * row included, so every import reads files the same way and reports the same row numbers.
 */
public final class SpreadsheetRows {

    private SpreadsheetRows() {
    }

    public static List<List<String>> read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return readCsv(content);
        }
        if (name.endsWith(".xlsx")) {
            return readWorkbook(content);
        }
        throw new InvalidParameterException("file", fileName, "an .xlsx or .csv file made from the template");
    }

    private static List<List<String>> readCsv(byte[] content) {
        int skip = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content, skip, content.length - skip),
                StandardCharsets.UTF_8.newDecoder());
             CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).get().parse(reader)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidParameterException("file", "csv", "not readable as UTF-8 CSV: " + e.getMessage());
        }
    }

    private static List<List<String>> readWorkbook(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        values.add(text(row.getCell(c), formatter));
                    }
                }
                rows.add(values);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new InvalidParameterException("file", "xlsx", "not a readable .xlsx workbook: " + e.getMessage());
        }
    }

    /** Date cells become yyyy-mm-dd and numbers plain (1234.5) whatever their display format; other cells as shown. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (type == CellType.NUMERIC) {
            // the number itself, not as displayed: "1,234" or "12%" formats would be misread as text
            return org.apache.poi.ss.util.NumberToTextConverter.toText(cell.getNumericCellValue());
        }
        return formatter.formatCellValue(cell);
    }

}
