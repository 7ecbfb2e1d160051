package vn.steerboard.programme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The .xlsx workbooks of tasks Steerboard writes: a task list as of a day, and the empty import template. */
final class TaskWorkbook implements AutoCloseable {

    private final Workbook workbook;
    private final Sheet sheet;
    private final CellStyle date;
    private int next;

    private TaskWorkbook(Workbook workbook, String sheetName) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(sheetName);
        this.date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    }

    /** A task list, streamed (it may hold every task of the programme). */
    static TaskWorkbook list(LocalDate asOf) {
        TaskWorkbook book = new TaskWorkbook(new SXSSFWorkbook(200), TaskColumns.text("spreadsheet.export.sheet", asOf));
        book.boldHeader(List.of(TaskColumns.text("spreadsheet.export.columns").split("\\|")));
        book.sheet.createFreezePane(0, 1);
        return book;
    }

    /** The empty template with its headers and one example row, for the secretariats to fill. */
    static byte[] template() {
        try (TaskWorkbook book = new TaskWorkbook(new XSSFWorkbook(), TaskColumns.text("spreadsheet.template.sheet"))) {
            Row header = book.sheet.createRow(book.next++);
            for (int i = 0; i < TaskColumns.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(TaskColumns.HEADERS.get(i));
                book.sheet.setColumnWidth(i, 22 * 256);
            }
            String[] example = TaskColumns.text("spreadsheet.template.example").split("\\|", -1);
            Row row = book.sheet.createRow(book.next++);
            for (int i = 0; i < example.length; i++) {
                row.createCell(i).setCellValue(example[i]);
            }
            return book.bytes();
        }
    }

    private void boldHeader(List<String> headers) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(next++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
        }
    }

    void add(TaskView task) {
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellValue(task.code());
        row.createCell(1).setCellValue(task.planCode());
        row.createCell(2).setCellValue(task.title());
        row.createCell(3).setCellValue(task.leadUnitName());
        row.createCell(4).setCellValue(task.leadUnit());
        row.createCell(5).setCellValue(task.responsiblePerson() == null ? "" : task.responsiblePerson());
        dateCell(row, 6, task.startDate());
        dateCell(row, 7, task.deadline());
        row.createCell(8).setCellValue(task.progressPercent());
        row.createCell(9).setCellValue(TaskColumns.text("status." + task.status()));
        row.createCell(10).setCellValue(task.daysOverdue());
        dateCell(row, 11, task.acceptedOn());
        row.createCell(12).setCellValue(task.incompleteAssignment() ? TaskColumns.text("spreadsheet.export.yes") : "");
    }

    private void dateCell(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }

    /** The workbook written out. */
    byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
