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
 * The rows of an uploaded .xlsx (first sheet) or .csv as text, the header row included, so every import reads files
 * the same way and reports the same row numbers. A CSV may be UTF-8 (with or without a byte-order mark), UTF-16
 * (with a byte-order mark, or recognised by its zero bytes) or Windows-1258 (the Vietnamese code page, whose
 * combining tone marks become NFC); it is separated by commas, or by semicolons when the header line says so (an
 * Excel {@code sep=;} first line, or a header with semicolons and no comma). Every cell passes {@link EdgeText}:
 * control characters are refused with their row and column, text is NFC.
 */
public final class SpreadsheetRows {

    private SpreadsheetRows() {
    }

    static final String EXPECTED = "a CSV in UTF-8 (with or without BOM), UTF-16 or Windows-1258, separated by ','"
            + " or by ';' (header with ';' or a first line sep=;), or an .xlsx made from the template";

    public static List<List<String>> read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<List<String>> rows;
        if (name.endsWith(".csv")) {
            rows = readCsv(content);
        } else if (name.endsWith(".xlsx")) {
            rows = readWorkbook(content);
        } else {
            throw new InvalidParameterException("file", fileName, "an .xlsx or .csv file made from the template")
                    .because("reason.file.template").refusing(FileRefusal.WRONG_TYPE);
        }
        return checked(rows);
    }

    /** Every cell through the edge: NFC, control characters refused with row and column (all or nothing). */
    private static List<List<String>> checked(List<List<String>> rows) {
        List<RowProblem> problems = new ArrayList<>();
        List<String> header = rows.isEmpty() ? List.of() : rows.get(0);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                String problem = EdgeText.problem(cell);
                if (problem != null) {
                    String column = r > 0 && c < header.size() && header.get(c) != null && EdgeText.problem(header.get(c)) == null
                            ? header.get(c) : "column " + (c + 1);
                    UserMessage reason = EdgeText.userProblem(cell);
                    problems.add(new RowProblem(r + 1, column, EdgeText.visible(cell), problem).because(reason.key(),
                            reason.args().toArray()));
                } else if (cell != null) {
                    row.set(c, EdgeText.accept("cell", cell));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedFileException(problems.size() + " cell(s) contain characters that cannot be stored; nothing was imported",
                    problems);
        }
        return rows;
    }

    private static List<List<String>> readCsv(byte[] content) {
        String text = decode(content);
        String firstLine = text.lines().findFirst().orElse("");
        char separator = ',';
        if (firstLine.strip().toLowerCase(Locale.ROOT).matches("sep=.")) {
            separator = firstLine.strip().charAt(4);
            text = text.substring(Math.min(text.length(), text.indexOf(firstLine) + firstLine.length())).replaceFirst("^\\r?\\n", "");
        } else if (firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0) {
            separator = ';';
        }
        try (Reader reader = new java.io.StringReader(text);
             CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(separator).setTrim(true).get().parse(reader)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new ArrayList<>(record.toList()));
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new InvalidParameterException("file", "csv", "not a readable CSV (a quote is not closed?); expected " + EXPECTED)
                    .because("reason.file.csvUnreadable").refusing(FileRefusal.UNREADABLE);
        }
    }

    /** The CSV's text: by its byte-order mark, else UTF-16 by its zero bytes, else strict UTF-8, else Windows-1258. */
    static String decode(byte[] content) {
        int n = content.length;
        if (n >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            return strict(content, 3, StandardCharsets.UTF_8, "UTF-8 with BOM");
        }
        if (n >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return strict(content, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (n >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return strict(content, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < Math.min(n, 4096); i++) {
            if (content[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int sample = Math.min(n, 4096) / 2;
        if (sample > 0 && oddZeros > sample / 4 && evenZeros == 0) {
            return strict(content, 0, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (sample > 0 && evenZeros > sample / 4 && oddZeros == 0) {
            return strict(content, 0, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return strict(content, 0, java.nio.charset.Charset.forName("windows-1258"), "Windows-1258");
        }
    }

    private static String strict(byte[] content, int offset, java.nio.charset.Charset charset, String name) {
        try {
            return charset.newDecoder().decode(java.nio.ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidParameterException("file", "csv", "the file looks like " + name
                    + " but is not valid in it; expected " + EXPECTED).because("reason.file.encoding", name).refusing(FileRefusal.UNREADABLE);
        }
    }

    private static List<List<String>> readWorkbook(byte[] content) {
        Workbook opened;
        try {
            opened = WorkbookFactory.create(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw unreadableWorkbook();
        }
        try (Workbook workbook = opened) {
            refuseMacros(workbook);
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
        } catch (InvalidParameterException refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            throw unreadableWorkbook();
        }
    }

    private static InvalidParameterException unreadableWorkbook() {
        return new InvalidParameterException("file", "xlsx", "not a readable .xlsx workbook (is it an .xls or a renamed"
                + " file?); expected " + EXPECTED).because("reason.file.xlsxUnreadable").refusing(FileRefusal.UNREADABLE);
    }

    /**
     * A macro-enabled workbook (an .xlsm renamed, or a VBA project inside) is refused: its values are not needed, and
     * a file kept or passed on should not carry code that runs when it is opened.
     */
    private static final java.util.regex.Pattern VBA_PROJECT = java.util.regex.Pattern.compile("(?i).*vbaproject.*");

    private static void refuseMacros(Workbook workbook) {
        if (workbook instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook xssf && (xssf.isMacroEnabled()
                || !xssf.getPackage().getPartsByName(VBA_PROJECT).isEmpty())) {
            throw new InvalidParameterException("file", "xlsx", "a workbook without macros (save it as .xlsx, not .xlsm)")
                    .because("reason.file.macros").refusing(FileRefusal.ACTIVE_CONTENT);
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
