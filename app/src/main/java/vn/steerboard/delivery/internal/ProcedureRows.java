package vn.steerboard.delivery.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.RowProblem;
import vn.steerboard.delivery.ApplicantKind;
import vn.steerboard.delivery.Competence;
import vn.steerboard.delivery.OnlineLevel;
import vn.steerboard.delivery.ProcedureDraft;

/**
 * The rows of a catalogue spreadsheet (header row first, columns by name in any order) as drafts. A value that cannot
 * be read (an unknown level, "maybe" for a yes/no, a date that is not yyyy-mm-dd) is a row problem; all are collected.
 */
public final class ProcedureRows {

    public static final List<String> COLUMNS = List.of("code", "name", "competence", "handling_agencies",
            "applicant_kind", "fee_vnd", "fully_online_eligible", "online_level", "population_data", "published_on",
            "published_on_time", "components_complete");

    private ProcedureRows() {
    }

    /** The drafts of rows 2.., their row numbers as the user sees them, and every cell that could not be read. */
    public record Parsed(List<ProcedureDraft> drafts, List<Integer> rows, List<RowProblem> problems) {
    }

    /** The drafts of rows 2.. (row 1 is the header; blank rows skipped); a missing column throws at once. */
    public static Parsed drafts(List<List<String>> rows) {
        if (rows.isEmpty()) {
            throw rejected(List.of(new RowProblem(1, "header", null, "the file is empty; expected the columns " + COLUMNS)));
        }
        Map<String, Integer> index = header(rows.get(0));
        List<RowProblem> problems = new ArrayList<>();
        List<ProcedureDraft> drafts = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            drafts.add(draft(new Cells(r + 1, row, index, problems)));
            numbers.add(r + 1);
        }
        return new Parsed(drafts, numbers, problems);
    }

    private static Map<String, Integer> header(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c) != null) {
                index.put(header.get(c).strip().toLowerCase(Locale.ROOT), c);
            }
        }
        List<String> missing = COLUMNS.stream().filter(column -> !index.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw rejected(List.of(new RowProblem(1, "header", String.join(",", header.stream()
                    .map(h -> h == null ? "" : h).toList()), "missing column(s) " + missing + "; expected " + COLUMNS)));
        }
        return index;
    }

    private static ProcedureDraft draft(Cells c) {
        return new ProcedureDraft(c.text("code"), c.text("name"), c.choice("competence", Competence.class),
                c.text("handling_agencies"), c.choice("applicant_kind", ApplicantKind.class), c.number("fee_vnd"),
                c.yesNo("fully_online_eligible"), c.choice("online_level", OnlineLevel.class), c.yesNo("population_data"),
                c.day("published_on"), c.yesNo("published_on_time"), c.yesNo("components_complete"), false);
    }

    private static RejectedFileException rejected(List<RowProblem> problems) {
        return new RejectedFileException(problems.size() + " problem(s) in the file; nothing was imported", problems);
    }

    /** One row's cells by column name, adding a problem for each one that cannot be read. */
    private record Cells(int row, List<String> cells, Map<String, Integer> index, List<RowProblem> problems) {

        String text(String column) {
            int c = index.get(column);
            String value = c < cells.size() ? cells.get(c) : null;
            return value == null || value.isBlank() ? null : value.strip();
        }

        <E extends Enum<E>> E choice(String column, Class<E> type) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(row, column, value, "one of " + java.util.Arrays.toString(type.getEnumConstants())));
                return null;
            }
        }

        Long number(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return new java.math.BigDecimal(value).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                problems.add(new RowProblem(row, column, value, "a whole number of đồng"));
                return null;
            }
        }

        Boolean yesNo(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1", "có", "x" -> true;
                case "false", "no", "0", "không" -> false;
                default -> {
                    problems.add(new RowProblem(row, column, value, "true/false (yes/no, có/không, 1/0)"));
                    yield null;
                }
            };
        }

        LocalDate day(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(new RowProblem(row, column, value, "a day as yyyy-mm-dd"));
                return null;
            }
        }
    }
}
