package vn.steerboard.submission.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.steerboard.common.RowProblem;
import vn.steerboard.indicator.ElementDefinition;
import vn.steerboard.submission.SubmissionRequest;
import vn.steerboard.submission.ValueEntry;

/**
 * A pushed batch of single values grouped into submissions (one data set, unit and period each), remembering the
 * first row of each so its problems are named where the sender can find them.
 */
public record PushedBatch(List<SubmissionRequest> requests, Map<SubmissionStore.Key, Integer> firstRows) {

    public int firstRow(SubmissionRequest request) {
        return firstRows.get(new SubmissionStore.Key(request.dataSet(), request.unit(), request.period()));
    }

    /** Groups the entries; an empty entry, an unknown element, a missing value or a value given twice is a problem. */
    public static PushedBatch group(List<ValueEntry> entries, List<Integer> rowNumbers,
            Function<String, Optional<ElementDefinition>> elements, List<RowProblem> problems) {
        Map<SubmissionStore.Key, Integer> firstRow = new LinkedHashMap<>();
        Map<SubmissionStore.Key, Map<String, Double>> grouped = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            ValueEntry entry = entries.get(i);
            int row = rowNumbers.get(i);
            ElementDefinition element = entry == null ? null : elements.apply(entry.element()).orElse(null);
            if (entry == null) {
                problems.add(new RowProblem(row, "value", null, "an object with element, unit, period and value").because("reason.entry.shape"));
            } else if (element == null) {
                problems.add(new RowProblem(row, "element", entry.element(), "unknown data element code").because("reason.element.unknown"));
            } else if (entry.value() == null) {
                problems.add(new RowProblem(row, "value", null, "a value is required").because("reason.value.required"));
            } else {
                SubmissionStore.Key key = new SubmissionStore.Key(element.dataSetCode(), String.valueOf(entry.unit()),
                        String.valueOf(entry.period()));
                firstRow.putIfAbsent(key, row);
                if (grouped.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(element.code(), entry.value()) != null) {
                    problems.add(new RowProblem(row, "element", element.code(), "given twice for unit " + entry.unit()
                            + " and period " + entry.period()).because("reason.element.twice", entry.unit(), entry.period()));
                }
            }
        }
        List<SubmissionRequest> requests = grouped.entrySet().stream().map(group -> new SubmissionRequest(group.getKey().dataSet(),
                group.getKey().unit(), group.getKey().period(), group.getValue())).toList();
        return new PushedBatch(requests, firstRow);
    }
}
