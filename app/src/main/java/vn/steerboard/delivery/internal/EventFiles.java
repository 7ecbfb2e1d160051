package vn.steerboard.delivery.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.common.EdgeText;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.PayloadTooLargeException;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.RowProblem;
import vn.steerboard.common.SpreadsheetRows;
import vn.steerboard.delivery.DeliveryEvent;

/**
 * A file of events as a batch: NDJSON (one JSON event per line), or CSV/xlsx whose header row names the event's
 * fields ({@code kind, dossier, unit, procedure, at, ...}). Cells are read as text (a formula cell is its text, never
 * evaluated here), checked by the same rules as the API; any unreadable row rejects the file, naming row and field.
 * Workbooks are opened by {@link SpreadsheetRows}, under POI's zip-bomb guard (inflation ratio and entry size).
 */
public final class EventFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventFiles() {
    }

    /** The events a file holds, with the line of the file each came from, so later problems name that line. */
    public record Read(List<DeliveryEvent> events, List<Integer> lines) {

        /** The same problem, numbered by the file's line instead of the event's place in the batch. */
        public RowProblem onFileLine(RowProblem problem) {
            int index = problem.row() - 1;
            int line = index >= 0 && index < lines.size() ? lines.get(index) : problem.row();
            return new RowProblem(line, problem.column(), problem.value(), problem.reason(), problem.userReason());
        }
    }

    public static Read read(String fileName, byte[] content, int max, Texts texts) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<RowProblem> problems = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<DeliveryEvent> events = name.endsWith(".ndjson") || name.endsWith(".jsonl")
                ? ndjson(content, max, problems, lines, texts) : rows(fileName, content, max, problems, lines, texts);
        if (!problems.isEmpty()) {
            throw new RejectedFileException("rejected-events", texts.get("delivery.event.rejected"),
                    texts.get("delivery.event.problems", problems.size(), events.size() + problems.size()), problems);
        }
        return new Read(events, lines);
    }

    private static List<DeliveryEvent> ndjson(byte[] content, int max, List<RowProblem> problems, List<Integer> lineOf,
            Texts texts) {
        List<DeliveryEvent> events = new ArrayList<>();
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\r?\n");
        if (lines.length > max + 1) {
            throw new PayloadTooLargeException(max + " events", texts.get("delivery.event.batchSize", max));
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                events.add(JSON.readValue(lines[i], DeliveryEvent.class));
                lineOf.add(i + 1);
            } catch (JacksonException e) {
                problems.add(new RowProblem(i + 1, field(e), null, texts.get("delivery.event.unreadable")));
            }
        }
        return events;
    }

    private static List<DeliveryEvent> rows(String fileName, byte[] content, int max, List<RowProblem> problems,
            List<Integer> lineOf, Texts texts) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
            throw new InvalidParameterException("file", EdgeText.visible(fileName), texts.get("delivery.event.fileKind"));
        }
        List<List<String>> rows = SpreadsheetRows.read(fileName, content);
        if (rows.size() > max + 1) {
            throw new PayloadTooLargeException(max + " events", texts.get("delivery.event.batchSize", max));
        }
        List<DeliveryEvent> events = new ArrayList<>();
        if (rows.isEmpty()) {
            return events;
        }
        List<String> header = rows.get(0).stream().map(h -> h == null ? "" : h.strip()).toList();
        for (int r = 1; r < rows.size(); r++) {
            Map<String, String> fields = new LinkedHashMap<>();
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size() && c < header.size(); c++) {
                if (row.get(c) != null && !row.get(c).isBlank()) {
                    fields.put(header.get(c), row.get(c).strip());
                }
            }
            if (fields.isEmpty()) {
                continue;
            }
            try {
                events.add(JSON.convertValue(fields, DeliveryEvent.class));
                lineOf.add(r + 1);
            } catch (JacksonException | IllegalArgumentException e) {
                String field = e instanceof JacksonException j ? field(j) : null;
                problems.add(new RowProblem(r + 1, field, field == null ? null : EdgeText.visible(fields.get(field)),
                        texts.get("delivery.event.unreadable")));
            }
        }
        return events;
    }

    private static String field(JacksonException e) {
        if (e instanceof DatabindException d && !d.getPath().isEmpty()) {
            return d.getPath().get(d.getPath().size() - 1).getPropertyName();
        }
        return null;
    }
}
