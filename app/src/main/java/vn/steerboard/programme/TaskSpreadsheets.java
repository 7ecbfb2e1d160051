package vn.steerboard.programme;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.FiguresChanged;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.PageRequest;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.RowProblem;
import vn.steerboard.common.SpreadsheetRows;
import vn.steerboard.common.VietnameseText;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.programme.internal.TaskStore;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.Registry;
import vn.steerboard.registry.UnitMatch;

/**
 * Task import from the secretariat's workbooks (.xlsx or .csv with the Vietnamese headers of the
 * template, see README), all or nothing, and export of any task list to .xlsx.
 */
@Service
public class TaskSpreadsheets {

    /** The template's columns, in order; headers are matched ignoring case and diacritics. */
    public static final List<String> HEADERS = List.of("Mã nhiệm vụ", "Kế hoạch", "Tên nhiệm vụ", "Mô tả",
            "Người chịu trách nhiệm", "Ngày bắt đầu", "Thời hạn", "Cơ quan chủ trì", "Cơ quan phối hợp",
            "Cơ quan nghiệm thu", "Sản phẩm", "Số văn bản giao", "Ngày văn bản");
    public static final int MAX_ROWS = 20_000;
    // STRICT: 31/02/2026 is an error, not 28/02/2026
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final Map<String, String> FIELD_TO_HEADER = Map.ofEntries(Map.entry("code", HEADERS.get(0)),
            Map.entry("plan", HEADERS.get(1)), Map.entry("title", HEADERS.get(2)), Map.entry("description", HEADERS.get(3)),
            Map.entry("responsiblePerson", HEADERS.get(4)), Map.entry("startDate", HEADERS.get(5)),
            Map.entry("deadline", HEADERS.get(6)), Map.entry("leadUnit", HEADERS.get(7)),
            Map.entry("coordinatingUnits", HEADERS.get(8)), Map.entry("approverUnit", HEADERS.get(9)),
            Map.entry("deliverable", HEADERS.get(10)), Map.entry("sourceNumber", HEADERS.get(11)),
            Map.entry("sourceDate", HEADERS.get(12)));

    private final TaskStore store;
    private final Registry registry;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final TaskFigures figures;
    private final ApplicationEventPublisher events;

    private final vn.steerboard.common.VietnamTime time;

    TaskSpreadsheets(TaskStore store, Registry registry, AccessPolicy access, AuditTrail audit, TaskFigures figures,
            ApplicationEventPublisher events, vn.steerboard.common.VietnamTime time) {
        this.time = time;
        this.store = store;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
        this.figures = figures;
        this.events = events;
    }

    /** Imports every row or none; the exception lists every bad row with column, value and reason. */
    @Transactional
    public int importFile(String fileName, byte[] content) {
        access.requireAdmin("task-import", fileName);
        List<List<String>> rows = SpreadsheetRows.read(fileName, content);
        List<RowProblem> problems = new ArrayList<>();
        Map<Integer, Integer> columnOf = headerColumns(rows.isEmpty() ? List.of() : rows.get(0), problems);
        if (!problems.isEmpty()) {
            throw new RejectedFileException("The header row does not match the template", problems);
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new vn.steerboard.common.PayloadTooLargeException(MAX_ROWS + " tasks per file", "The file has "
                    + (rows.size() - 1) + " rows; at most " + MAX_ROWS + " tasks per file; nothing was imported");
        }
        TaskValidation validation = new TaskValidation(registry, store);
        List<TaskDraft> drafts = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            int rowNumber = r + 1;
            List<RowProblem> rowProblems = new ArrayList<>();
            java.util.function.Function<Integer, String> cell = column -> {
                Integer index = columnOf.get(column);
                return index == null || index >= row.size() ? null : blankToNull(row.get(index));
            };
            LocalDate start = date(cell.apply(5), rowNumber, HEADERS.get(5), rowProblems);
            LocalDate deadline = date(cell.apply(6), rowNumber, HEADERS.get(6), rowProblems);
            LocalDate sourceDate = date(cell.apply(12), rowNumber, HEADERS.get(12), rowProblems);
            String lead = unit(cell.apply(7), rowNumber, HEADERS.get(7), rowProblems);
            String approver = unit(cell.apply(9), rowNumber, HEADERS.get(9), rowProblems);
            List<String> coordinators = new ArrayList<>();
            if (cell.apply(8) != null) {
                for (String part : cell.apply(8).split("[;\\n]")) {
                    if (!part.isBlank()) {
                        coordinators.add(unit(part.strip(), rowNumber, HEADERS.get(8), rowProblems));
                    }
                }
            }
            TaskDraft draft = new TaskDraft(cell.apply(0), cell.apply(1), cell.apply(2), cell.apply(3), cell.apply(4),
                    start, deadline, lead, coordinators.stream().filter(java.util.Objects::nonNull).toList(), approver,
                    cell.apply(10), cell.apply(11), sourceDate, null);
            List<TaskValidation.Problem> found = new ArrayList<>();
            TaskDraft clean = validation.check(draft, null, found, true);
            for (TaskValidation.Problem problem : found) {
                boolean alreadyReported = rowProblems.stream().anyMatch(p -> p.column().equals(FIELD_TO_HEADER.get(problem.field())));
                if (!alreadyReported) {
                    rowProblems.add(new RowProblem(rowNumber, FIELD_TO_HEADER.getOrDefault(problem.field(), problem.field()),
                            problem.value() == null ? null : problem.value().toString(), problem.reason()));
                }
            }
            if (clean != null && clean.code() != null) {
                Integer earlier = firstRowOfCode.putIfAbsent(clean.code(), rowNumber);
                if (earlier != null) {
                    rowProblems.add(new RowProblem(rowNumber, HEADERS.get(0), clean.code(),
                            "duplicate task code, also on row " + earlier));
                }
            }
            problems.addAll(rowProblems);
            drafts.add(clean);
        }
        if (!problems.isEmpty()) {
            throw new RejectedFileException(problems.size() + " problem(s) in " + fileName
                    + "; no task was imported. Correct the rows listed and upload the whole file again.", problems);
        }
        if (drafts.isEmpty()) {
            throw new RejectedFileException("The file has no task rows", List.of(new RowProblem(2, HEADERS.get(0), null,
                    "no rows below the header")));
        }
        java.time.OffsetDateTime now = time.now();
        List<String> codes = new ArrayList<>();
        for (TaskDraft draft : drafts) {
            store.insert(draft, now);
            codes.add(draft.code());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", fileName);
        after.put("tasks", codes.size());
        after.put("codes", codes);
        audit.record(AuditEvent.change("IMPORT", "task", fileName, null, null, after));
        events.publishEvent(FiguresChanged.of("tasks", null));
        return codes.size();
    }

    /** Every task the filter selects (within what the reader may see), with its status on the filter's day. */
    public byte[] export(TaskFilter filter) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("Nhiệm vụ " + filter.asOf());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            List<String> headers = List.of("Mã nhiệm vụ", "Kế hoạch", "Tên nhiệm vụ", "Cơ quan chủ trì", "Mã cơ quan",
                    "Người chịu trách nhiệm", "Ngày bắt đầu", "Thời hạn", "Tiến độ (%)", "Tình trạng",
                    "Số ngày quá hạn", "Ngày nghiệm thu", "Giao việc thiếu rõ");
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            int rowIndex = 1;
            int page = 0;
            while (true) {
                var tasks = figures.tasks(filter, PageRequest.of(page, PageRequest.MAX_SIZE, PageRequest.MAX_SIZE));
                for (TaskView task : tasks.content()) {
                    Row row = sheet.createRow(rowIndex++);
                    row.createCell(0).setCellValue(task.code());
                    row.createCell(1).setCellValue(task.planCode());
                    row.createCell(2).setCellValue(task.title());
                    row.createCell(3).setCellValue(task.leadUnitName());
                    row.createCell(4).setCellValue(task.leadUnit());
                    row.createCell(5).setCellValue(task.responsiblePerson() == null ? "" : task.responsiblePerson());
                    dateCell(row, 6, task.startDate(), date);
                    dateCell(row, 7, task.deadline(), date);
                    row.createCell(8).setCellValue(task.progressPercent());
                    row.createCell(9).setCellValue(STATUS_NAMES.get(task.status()));
                    row.createCell(10).setCellValue(task.daysOverdue());
                    dateCell(row, 11, task.acceptedOn(), date);
                    row.createCell(12).setCellValue(task.incompleteAssignment() ? "Có" : "");
                }
                if (++page >= tasks.totalPages()) {
                    break;
                }
            }
            sheet.createFreezePane(0, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The empty template with its headers and one example row, for the secretariats to fill. */
    public byte[] template() {
        try (Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Nhiệm vụ");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                sheet.setColumnWidth(i, 22 * 256);
            }
            String[] example = {"KH02-999", "NQ57-KH02", "Đưa cơ sở dữ liệu văn bằng vào vận hành", "",
                "Nguyễn Văn A", "01/12/2025", "30/06/2026", "BGDDT", "BCA; BKHCN", "VPCP",
                "Cơ sở dữ liệu đưa vào vận hành", "02-KH/BCĐTW", "19/06/2025"};
            Row row = sheet.createRow(1);
            for (int i = 0; i < example.length; i++) {
                row.createCell(i).setCellValue(example[i]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final Map<TaskStatus, String> STATUS_NAMES = Map.of(TaskStatus.COMPLETED_ON_TIME, "Hoàn thành đúng hạn",
            TaskStatus.COMPLETED_LATE, "Hoàn thành quá hạn", TaskStatus.IN_PROGRESS, "Đang thực hiện trong hạn",
            TaskStatus.OVERDUE, "Quá hạn", TaskStatus.NOT_STARTED, "Chưa bắt đầu");

    private static void dateCell(Row row, int column, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private Map<Integer, Integer> headerColumns(List<String> header, List<RowProblem> problems) {
        Map<Integer, Integer> columnOf = new HashMap<>();
        List<String> folded = header.stream().map(h -> h == null ? "" : VietnameseText.fold(h.strip())).toList();
        for (int i = 0; i < HEADERS.size(); i++) {
            int index = folded.indexOf(VietnameseText.fold(HEADERS.get(i)));
            if (index >= 0) {
                columnOf.put(i, index);
            } else if (i != 3 && i != 8) {
                problems.add(new RowProblem(1, HEADERS.get(i), null, "column missing from the header row"));
            }
        }
        return columnOf;
    }

    private String unit(String value, int row, String column, List<RowProblem> problems) {
        if (value == null) {
            return null;
        }
        // A registry code, or a name in any spelling of it (Hoà/Hòa, M’/M', with or without
        // diacritics), optionally followed by the province: "Xã Thái Hòa, Tuyên Quang".
        UnitMatch match = registry.resolveName(value);
        if (match.found()) {
            return match.unit().code();
        }
        if (match.candidates().isEmpty()) {
            problems.add(new RowProblem(row, column, value, "unknown agency code or name"));
            return null;
        }
        OrgUnit first = match.candidates().get(0);
        String example = first.nameVi() + registry.find(first.parentCode()).map(p -> ", " + p.shortName()).orElse("");
        problems.add(new RowProblem(row, column, value, "ambiguous agency name, " + match.candidates().size()
                + " units have it: " + match.candidateList(u -> registry.find(u.parentCode()).map(OrgUnit::nameVi)
                        .orElse("")) + "; write the code, or the name and its province (\"" + example + "\")"));
        return null;
    }

    private static LocalDate date(String value, int row, String column, List<RowProblem> problems) {
        if (value == null) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value.strip(), VIETNAMESE_DATE) : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(row, column, value, "not a date; write dd/mm/yyyy or yyyy-mm-dd"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
