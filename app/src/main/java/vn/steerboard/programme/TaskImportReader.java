package vn.steerboard.programme;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.steerboard.common.RowProblem;
import vn.steerboard.common.VietnameseText;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.Registry;
import vn.steerboard.registry.UnitMatch;

/** Reads the rows of a task workbook into drafts, collecting every problem with its row, column and value. */
final class TaskImportReader {

    /** The drafts of the file's task rows, and every problem found in them. */
    record Result(List<TaskDraft> drafts, List<RowProblem> problems) {
    }

    /** One row's cells, by column. */
    private record Cells(List<String> row, Map<TaskColumns, Integer> columnOf) {

        String get(TaskColumns column) {
            Integer index = columnOf.get(column);
            return index == null || index >= row.size() ? null : blankToNull(row.get(index));
        }
    }

    // STRICT: 31/02/2026 is an error, not 28/02/2026
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Registry registry;
    private final TaskValidation validation;

    TaskImportReader(Registry registry, TaskValidation validation) {
        this.registry = registry;
        this.validation = validation;
    }

    /** Where each template column is in the header row; a missing required column is a problem on row 1. */
    static Map<TaskColumns, Integer> headerColumns(List<String> header, List<RowProblem> problems) {
        Map<TaskColumns, Integer> columnOf = new EnumMap<>(TaskColumns.class);
        List<String> folded = header.stream().map(h -> h == null ? "" : VietnameseText.fold(h.strip())).toList();
        for (TaskColumns column : TaskColumns.values()) {
            int index = folded.indexOf(VietnameseText.fold(column.header()));
            if (index >= 0) {
                columnOf.put(column, index);
            } else if (!column.optional()) {
                problems.add(new RowProblem(1, column.header(), null, "column missing from the header row")
                        .because("reason.import.columnMissing"));
            }
        }
        return columnOf;
    }

    /** Every row below the header; blank rows are skipped. */
    Result read(List<List<String>> rows, Map<TaskColumns, Integer> columnOf) {
        List<TaskDraft> drafts = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            int rowNumber = r + 1;
            List<RowProblem> rowProblems = new ArrayList<>();
            TaskDraft clean = draft(new Cells(row, columnOf), rowNumber, rowProblems);
            if (clean != null && clean.code() != null) {
                Integer earlier = firstRowOfCode.putIfAbsent(clean.code(), rowNumber);
                if (earlier != null) {
                    rowProblems.add(new RowProblem(rowNumber, TaskColumns.CODE.header(), clean.code(),
                            "duplicate task code, also on row " + earlier).because("reason.import.duplicateCode", earlier));
                }
            }
            problems.addAll(rowProblems);
            drafts.add(clean);
        }
        return new Result(drafts, problems);
    }

    private TaskDraft draft(Cells cells, int rowNumber, List<RowProblem> rowProblems) {
        LocalDate start = date(cells, TaskColumns.START_DATE, rowNumber, rowProblems);
        LocalDate deadline = date(cells, TaskColumns.DEADLINE, rowNumber, rowProblems);
        LocalDate sourceDate = date(cells, TaskColumns.SOURCE_DATE, rowNumber, rowProblems);
        String lead = unit(cells.get(TaskColumns.LEAD_UNIT), rowNumber, TaskColumns.LEAD_UNIT, rowProblems);
        String approver = unit(cells.get(TaskColumns.APPROVER_UNIT), rowNumber, TaskColumns.APPROVER_UNIT, rowProblems);
        List<String> coordinators = new ArrayList<>();
        String coordinating = cells.get(TaskColumns.COORDINATING_UNITS);
        if (coordinating != null) {
            for (String part : coordinating.split("[;\\n]")) {
                if (!part.isBlank()) {
                    coordinators.add(unit(part.strip(), rowNumber, TaskColumns.COORDINATING_UNITS, rowProblems));
                }
            }
        }
        TaskDraft draft = new TaskDraft(cells.get(TaskColumns.CODE), cells.get(TaskColumns.PLAN),
                cells.get(TaskColumns.TITLE), cells.get(TaskColumns.DESCRIPTION),
                cells.get(TaskColumns.RESPONSIBLE_PERSON), start, deadline, lead,
                coordinators.stream().filter(Objects::nonNull).toList(), approver, cells.get(TaskColumns.DELIVERABLE),
                cells.get(TaskColumns.SOURCE_NUMBER), sourceDate, null);
        List<TaskValidation.Problem> found = new ArrayList<>();
        TaskDraft clean = validation.check(draft, null, found, true);
        for (TaskValidation.Problem problem : found) {
            String column = TaskColumns.headerOf(problem.field());
            if (rowProblems.stream().noneMatch(p -> p.column().equals(column))) {
                RowProblem found1 = new RowProblem(rowNumber, column,
                        problem.value() == null ? null : problem.value().toString(), problem.reason());
                rowProblems.add(problem.userReason() == null ? found1
                        : found1.because(problem.userReason().key(), problem.userReason().args().toArray()));
            }
        }
        return clean;
    }

    private String unit(String value, int row, TaskColumns column, List<RowProblem> problems) {
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
            problems.add(new RowProblem(row, column.header(), value, "unknown agency code or name")
                    .because("reason.import.unknownAgency"));
            return null;
        }
        OrgUnit first = match.candidates().get(0);
        String example = first.nameVi() + registry.find(first.parentCode()).map(p -> ", " + p.shortName()).orElse("");
        String candidates = match.candidateList(u -> registry.find(u.parentCode()).map(OrgUnit::nameVi).orElse(""));
        problems.add(new RowProblem(row, column.header(), value, "ambiguous agency name, " + match.candidates().size()
                + " units have it: " + candidates + "; write the code, or the name and its province (\"" + example + "\")")
                .because("reason.import.ambiguousAgency", match.candidates().size(), candidates, example));
        return null;
    }

    private static LocalDate date(Cells cells, TaskColumns column, int row, List<RowProblem> problems) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value.strip(), VIETNAMESE_DATE) : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(row, column.header(), value, "not a date; write dd/mm/yyyy or yyyy-mm-dd")
                    .because("reason.date"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
