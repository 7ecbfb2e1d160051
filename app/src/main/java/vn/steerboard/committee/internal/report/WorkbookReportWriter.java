package vn.steerboard.committee.internal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.HashSet;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.steerboard.committee.internal.report.ReportDocument.Block;
import vn.steerboard.committee.internal.report.ReportDocument.Section;
import vn.steerboard.committee.internal.report.ReportDocument.Table;

/** Writes every table of a report to its own sheet, numbers as numeric cells, after a cover sheet. */
public class WorkbookReportWriter {

    public void write(ReportDocument report, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));

            Sheet cover = workbook.createSheet(WorkbookUtil.createSafeSheetName(report.title()));
            cover.createRow(0).createCell(0).setCellValue(report.title());
            cover.getRow(0).getCell(0).setCellStyle(headerStyle);
            cover.createRow(1).createCell(0).setCellValue(report.subtitle());
            cover.createRow(2).createCell(0).setCellValue(report.asOf().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            int coverRow = 4;
            Set<String> names = new HashSet<>();
            names.add(cover.getSheetName().toLowerCase());
            for (Section section : report.sections()) {
                for (Block block : section.blocks()) {
                    if (block instanceof ReportDocument.Paragraph paragraph) {
                        cover.createRow(coverRow++).createCell(0).setCellValue(paragraph.text());
                    }
                    if (block instanceof Table table) {
                        writeTable(workbook, uniqueName(table.sheetName(), names), table, headerStyle, decimal);
                    }
                }
            }
            cover.setColumnWidth(0, 120 * 256);
            workbook.getProperties().getCoreProperties().setTitle(report.title());
            // The as-of date, not the wall clock, so the same date gives the same workbook.
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(
                    Date.from(report.asOf().atStartOfDay(vn.steerboard.common.VietnamTime.ZONE).toInstant())));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report workbook", e);
        }
    }

    private static void writeTable(XSSFWorkbook workbook, String name, Table table, CellStyle headerStyle,
            CellStyle decimal) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int column = 0; column < table.headers().size(); column++) {
            Cell cell = header.createCell(column);
            cell.setCellValue(table.headers().get(column));
            cell.setCellStyle(headerStyle);
            headerStyle.setWrapText(true);
        }
        int rowIndex = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(rowIndex++);
            for (int column = 0; column < values.size(); column++) {
                Object value = values.get(column);
                Cell cell = row.createCell(column);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                    if (value instanceof Double || value instanceof Float) {
                        cell.setCellStyle(decimal);
                    }
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
            }
        }
        sheet.createFreezePane(0, 1);
        for (int column = 0; column < table.headers().size(); column++) {
            sheet.setColumnWidth(column, width(table, column) * 256);
        }
    }

    /**
     * A column's width in characters: its longest text (the header's longest word, since headers wrap), between 8
     * and 60; numbers as they are shown (one decimal).
     */
    static int width(Table table, int column) {
        int longest = 0;
        for (String word : table.headers().get(column).split(" ")) {
            longest = Math.max(longest, word.length());
        }
        for (List<Object> row : table.rows()) {
            if (column < row.size() && row.get(column) != null) {
                longest = Math.max(longest, PdfText.format(row.get(column)).length());
            }
        }
        return Math.min(60, Math.max(8, longest + 2));
    }

    private static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase()); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
