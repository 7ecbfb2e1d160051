package vn.steerboard.submission.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.RowProblem;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.indicator.Aggregation;
import vn.steerboard.indicator.DataSetDefinition;
import vn.steerboard.indicator.ElementDefinition;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.indicator.Period;
import vn.steerboard.indicator.ValidationRule;
import vn.steerboard.registry.Registry;
import vn.steerboard.submission.SubmissionRequest;

/**
 * The checks a submission passes before anything is written: known data set, unit and period; the caller may submit
 * for the unit; each value is of its element's type; weights of weighted averages are given; and the data set's
 * validation rules hold (high-importance rules refuse, the others warn). Problems name the row, field and value.
 */
@Component
public class SubmissionChecks {

    private final IndicatorCatalogue catalogue;
    private final Registry registry;
    private final AccessPolicy access;
    private final SystemValueSources systemSources;
    private final Clock clock;

    SubmissionChecks(IndicatorCatalogue catalogue, Registry registry, AccessPolicy access, SystemValueSources systemSources,
            Clock clock) {
        this.catalogue = catalogue;
        this.registry = registry;
        this.access = access;
        this.systemSources = systemSources;
        this.clock = clock.withZone(VietnamTime.ZONE);
    }

    /** A data element of the catalogue, by code. */
    public java.util.Optional<ElementDefinition> element(String code) {
        return catalogue.element(code);
    }

    /** Existing submissions and previous-period values for a batch's requests, in a few queries. */
    public SubmissionStore.Existing prefetch(SubmissionStore store, List<SubmissionRequest> requests) {
        List<SubmissionStore.Key> keys = new ArrayList<>();
        List<SubmissionStore.PreviousKey> previous = new ArrayList<>();
        for (SubmissionRequest r : requests) {
            if (r.dataSet() == null || r.unit() == null || r.period() == null) {
                continue;
            }
            keys.add(new SubmissionStore.Key(r.dataSet(), r.unit(), r.period()));
            if (!readsPrevious(r.dataSet())) {
                continue; // no rule of the data set compares with the previous period: nothing to read for it
            }
            try {
                previous.add(new SubmissionStore.PreviousKey(r.unit(), Period.parse(r.period()).previous().code()));
            } catch (RuntimeException notAPeriod) {
                // reported by check() with its row
            }
        }
        return store.prefetch(keys, previous);
    }

    /** Whether a rule of the data set reads a ".prev" value (the unit's previous period). */
    private boolean readsPrevious(String dataSet) {
        try {
            return catalogue.dataSet(dataSet).rules().stream().anyMatch(rule -> rule.describe()
                    .contains(ValidationRule.PREVIOUS_SUFFIX));
        } catch (NotFoundException unknown) {
            return false; // reported by check() with its row
        }
    }

    /** The request checked, or null with its problems added (named by {@code row}). */
    public CheckedSubmission check(SubmissionRequest request, int row, List<RowProblem> problems, boolean replaceAll,
            SubmissionStore.Existing known) {
        int before = problems.size();
        DataSetDefinition dataSet = dataSet(request, row, problems);
        if (request.unit() == null || !registry.exists(request.unit())) {
            problems.add(new RowProblem(row, "unit", request.unit(), "unknown organisation unit code").because("reason.unit.unknown"));
        }
        Period period = period(request, dataSet, row, problems);
        if (request.values() == null || request.values().isEmpty()) {
            problems.add(new RowProblem(row, "values", null, "at least one value").because("reason.values.none"));
        }
        if (problems.size() > before) {
            return null;
        }
        access.requireSubmitter(request.unit(), "SUBMISSION", dataSet.code() + "/" + request.unit() + "/" + period.code());
        checkValues(request, dataSet, row, problems);
        if (problems.size() > before) {
            return null;
        }
        Map<String, Double> merged = merged(request, known.head(new SubmissionStore.Key(dataSet.code(), request.unit(),
                period.code())), replaceAll, known);
        checkWeights(merged, row, problems);
        List<String> warnings = checkRules(dataSet, merged, known.previous(request.unit(), period.previous().code()), row,
                problems);
        return problems.size() > before ? null
                : new CheckedSubmission(dataSet, request.unit(), period, request.values(), replaceAll, warnings);
    }

    private DataSetDefinition dataSet(SubmissionRequest request, int row, List<RowProblem> problems) {
        try {
            DataSetDefinition dataSet = catalogue.dataSet(request.dataSet());
            // a system records these values itself (SystemValues): nobody types them a second time
            systemSources.sourceOf(dataSet.code()).ifPresent(source -> problems.add(new RowProblem(row, "dataSet",
                    dataSet.code(), "the values of this data set come from the system '" + source
                    + "' and are recorded automatically; they cannot be submitted").because("reason.dataSet.systemSourced",
                            source)));
            return dataSet;
        } catch (NotFoundException e) {
            problems.add(new RowProblem(row, "dataSet", request.dataSet(), "unknown data set code").because("reason.dataSet.unknown"));
            return null;
        }
    }

    private Period period(SubmissionRequest request, DataSetDefinition dataSet, int row, List<RowProblem> problems) {
        Period period;
        try {
            period = Period.parse(request.period());
        } catch (InvalidParameterException e) {
            problems.add(new RowProblem(row, "period", request.period(), "not a period; write 2025-03, 2025Q1 or 2025").because("reason.period.format"));
            return null;
        }
        if (dataSet != null && period.type() != dataSet.periodType()) {
            problems.add(new RowProblem(row, "period", request.period(), "data set " + dataSet.code() + " is reported "
                    + dataSet.periodType().name().toLowerCase() + "; this period is " + period.type().name().toLowerCase())
                    .because("reason.period.type", dataSet.code(), vn.steerboard.common.UserMessage.of("periodType." + dataSet.periodType()),
                            vn.steerboard.common.UserMessage.of("periodType." + period.type())));
        } else if (dataSet != null && period.start().isAfter(LocalDate.now(clock))) {
            problems.add(new RowProblem(row, "period", request.period(), "the period has not begun yet").because("reason.period.notBegun", period.start()));
        }
        return period;
    }

    private void checkValues(SubmissionRequest request, DataSetDefinition dataSet, int row, List<RowProblem> problems) {
        for (Map.Entry<String, Double> value : request.values().entrySet()) {
            ElementDefinition element = catalogue.element(value.getKey()).orElse(null);
            if (element == null || !element.dataSetCode().equals(dataSet.code())) {
                problems.add(new RowProblem(row, "element", value.getKey(), element == null ? "unknown data element code"
                        : "belongs to data set " + element.dataSetCode() + ", not " + dataSet.code())
                        .because(element == null ? "reason.element.unknown" : "reason.element.otherDataSet", element == null ? "" : element.dataSetCode(), dataSet.code()));
            } else if (value.getValue() == null) {
                problems.add(new RowProblem(row, element.code(), null, "a value is required").because("reason.value.required"));
            } else if (element.valueType().problem(value.getValue()) != null) {
                problems.add(new RowProblem(row, element.code(), String.valueOf(value.getValue()),
                        element.valueType().problem(value.getValue())).because(element.valueType().problemKey(value.getValue())));
            }
        }
    }

    /** The values as they will stand: those kept from the existing submission, then the new ones. */
    private static Map<String, Double> merged(SubmissionRequest request, SubmissionStore.Head existing, boolean replaceAll,
            SubmissionStore.Existing known) {
        Map<String, Double> merged = new LinkedHashMap<>();
        if (existing != null && !replaceAll) {
            known.values(existing.id()).forEach(c -> merged.put(c.element(), c.value()));
        }
        merged.putAll(request.values());
        return merged;
    }

    private void checkWeights(Map<String, Double> merged, int row, List<RowProblem> problems) {
        for (String code : merged.keySet()) {
            ElementDefinition element = catalogue.element(code).orElseThrow();
            if (element.treeAggregation() == Aggregation.WEIGHTED_AVERAGE && element.weightElement() != null
                    && merged.get(element.weightElement()) == null) {
                problems.add(new RowProblem(row, code, String.valueOf(merged.get(code)),
                        "is averaged weighted by " + element.weightElement() + ", which must be given too")
                        .because("reason.weight.missing", element.weightElement()));
            }
        }
    }

    /** High-importance rules that fail are problems; the others come back as warnings. */
    private static List<String> checkRules(DataSetDefinition dataSet, Map<String, Double> merged,
            Map<String, Double> previous, int row, List<RowProblem> problems) {
        Map<String, Double> context = new LinkedHashMap<>(merged);
        previous.forEach((code, value) -> context.put(code + ValidationRule.PREVIOUS_SUFFIX, value));
        List<String> warnings = new ArrayList<>();
        for (ValidationRule rule : dataSet.rules()) {
            if (Boolean.FALSE.equals(rule.holds(context))) {
                if (rule.importance() == ValidationRule.Importance.HIGH) {
                    problems.add(new RowProblem(row, "rule " + rule.code(), rule.describe(), "failed: " + rule.nameEn())
                            .because("reason.rule.failed", rule.nameVi()));
                } else {
                    warnings.add(rule.code() + " (" + rule.describe() + "): " + rule.nameVi());
                }
            }
        }
        return warnings;
    }
}
