package vn.steerboard.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.Page;
import vn.steerboard.common.PageRequest;
import vn.steerboard.common.PayloadTooLargeException;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.RowProblem;
import vn.steerboard.common.SpreadsheetRows;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.programme.internal.TaskStore;
import vn.steerboard.registry.Registry;

/**
 * Task import from the secretariats' workbooks (.xlsx or .csv with the Vietnamese headers of the
 * template, see README), all or nothing, and export of any task list to .xlsx.
 */
@Service
public class TaskSpreadsheets {

    /** The template's columns, in order; headers are matched ignoring case and diacritics. */
    public static final List<String> HEADERS = TaskColumns.HEADERS;
    public static final int MAX_ROWS = 20_000;

    private final TaskStore store;
    private final Registry registry;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final TaskFigures figures;
    private final ApplicationEventPublisher events;
    private final VietnamTime time;

    TaskSpreadsheets(TaskStore store, Registry registry, AccessPolicy access, AuditTrail audit, TaskFigures figures,
            ApplicationEventPublisher events, VietnamTime time) {
        this.store = store;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
        this.figures = figures;
        this.events = events;
        this.time = time;
    }

    /** Imports every row or none; the exception lists every bad row with column, value and reason. */
    @Transactional
    public int importFile(String fileName, byte[] content) {
        access.requireAdmin("task-import", fileName);
        List<List<String>> rows = SpreadsheetRows.read(fileName, content);
        List<TaskDraft> drafts = drafts(fileName, rows);
        OffsetDateTime now = time.now();
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
        events.publishEvent(new TasksImported(fileName, codes.size()));
        return codes.size();
    }

    /** The file's drafts, all valid, or the refusal listing every problem. */
    private List<TaskDraft> drafts(String fileName, List<List<String>> rows) {
        List<RowProblem> headerProblems = new ArrayList<>();
        var columnOf = TaskImportReader.headerColumns(rows.isEmpty() ? List.of() : rows.get(0), headerProblems);
        if (!headerProblems.isEmpty()) {
            throw new RejectedFileException("The header row does not match the template", headerProblems);
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new PayloadTooLargeException(MAX_ROWS + " tasks per file", "The file has "
                    + (rows.size() - 1) + " rows; at most " + MAX_ROWS + " tasks per file; nothing was imported")
                    .because("problem.tooLarge.rows", rows.size() - 1, MAX_ROWS);
        }
        TaskImportReader.Result read = new TaskImportReader(registry, new TaskValidation(registry, store))
                .read(rows, columnOf);
        if (!read.problems().isEmpty()) {
            throw new RejectedFileException(read.problems().size() + " problem(s) in " + fileName
                    + "; no task was imported. Correct the rows listed and upload the whole file again.", read.problems());
        }
        if (read.drafts().isEmpty()) {
            throw new RejectedFileException("The file has no task rows", List.of(new RowProblem(2, HEADERS.get(0), null,
                    "no rows below the header").because("reason.import.noRows")));
        }
        return read.drafts();
    }

    /** Every task the filter selects (within what the reader may see), with its status on the day. */
    public byte[] export(LocalDate asOf, TaskFilter filter) {
        try (TaskWorkbook book = TaskWorkbook.list(asOf)) {
            int page = 0;
            Page<TaskView> tasks;
            do {
                tasks = figures.tasks(asOf, filter, PageRequest.of(page++, PageRequest.MAX_SIZE, PageRequest.MAX_SIZE));
                tasks.content().forEach(book::add);
            } while (page < tasks.totalPages());
            return book.bytes();
        }
    }

    /** The empty template with its headers and one example row, for the secretariats to fill. */
    public byte[] template() {
        return TaskWorkbook.template();
    }
}
