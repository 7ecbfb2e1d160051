package vn.steerboard.submission.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.RowProblem;
import vn.steerboard.indicator.DataSetDefinition;
import vn.steerboard.indicator.ElementDefinition;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.indicator.Period;
import vn.steerboard.registry.Registry;
import vn.steerboard.submission.SystemValues;

/**
 * What a system's entries must be before any is written: a data set the source claimed, a known unit, a period of
 * the data set's kind, elements of that data set with values their type allows, each key once. All problems at
 * once, named by row (the entry's place in the call); all or nothing.
 */
@Component
class SystemValueChecks {

    /** An entry that passed, with its parsed parts. */
    record Checked(DataSetDefinition dataSet, String unit, Period period, Map<String, Double> values) {

        SubmissionStore.Key key() {
            return new SubmissionStore.Key(dataSet.code(), unit, period.code());
        }
    }

    private final IndicatorCatalogue catalogue;
    private final Registry registry;
    private final SystemValueSources sources;

    SystemValueChecks(IndicatorCatalogue catalogue, Registry registry, SystemValueSources sources) {
        this.catalogue = catalogue;
        this.registry = registry;
        this.sources = sources;
    }

    List<Checked> check(String source, List<SystemValues.Entry> entries) {
        List<RowProblem> problems = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        Set<SubmissionStore.Key> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Checked c = check(source, i + 1, entries.get(i), problems);
            if (c != null && !seen.add(c.key())) {
                problems.add(new RowProblem(i + 1, "period", c.period().code(), "the same data set, unit and period twice"));
            } else if (c != null) {
                checked.add(c);
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedFileException("rejected-system-values", "System values rejected, nothing saved", problems.size()
                    + " problem(s) in " + entries.size() + " entries of source " + source + "; nothing was saved", problems);
        }
        return checked;
    }

    private Checked check(String source, int row, SystemValues.Entry e, List<RowProblem> problems) {
        int before = problems.size();
        if (e == null) {
            problems.add(new RowProblem(row, "entry", null, "an entry is required"));
            return null;
        }
        DataSetDefinition dataSet = null;
        try {
            dataSet = catalogue.dataSet(e.dataSet());
        } catch (NotFoundException unknown) {
            problems.add(new RowProblem(row, "dataSet", e.dataSet(), "unknown data set code"));
        }
        if (dataSet != null && !sources.sourceOf(dataSet.code()).map(source::equals).orElse(false)) {
            problems.add(new RowProblem(row, "dataSet", e.dataSet(), "not a data set source " + source + " has claimed"));
        }
        if (e.unit() == null || !registry.exists(e.unit())) {
            problems.add(new RowProblem(row, "unit", e.unit(), "unknown organisation unit code"));
        }
        Period period = null;
        try {
            period = Period.parse(e.period());
        } catch (InvalidParameterException notAPeriod) {
            problems.add(new RowProblem(row, "period", e.period(), "not a period; write 2025-03, 2025Q1 or 2025"));
        }
        if (period != null && dataSet != null && period.type() != dataSet.periodType()) {
            problems.add(new RowProblem(row, "period", e.period(), "data set " + dataSet.code() + " is reported "
                    + dataSet.periodType().name().toLowerCase()));
        }
        if (e.values() == null || e.values().isEmpty()) {
            problems.add(new RowProblem(row, "values", null, "at least one value"));
        } else if (dataSet != null) {
            checkValues(row, dataSet, e.values(), problems);
        }
        return problems.size() > before ? null : new Checked(dataSet, e.unit(), period, Map.copyOf(e.values()));
    }

    private void checkValues(int row, DataSetDefinition dataSet, Map<String, Double> values, List<RowProblem> problems) {
        values.forEach((code, value) -> {
            ElementDefinition element = catalogue.element(code).orElse(null);
            if (element == null || !element.dataSetCode().equals(dataSet.code())) {
                problems.add(new RowProblem(row, "element", code, element == null ? "unknown data element code"
                        : "belongs to data set " + element.dataSetCode() + ", not " + dataSet.code()));
            } else if (value == null || value.isNaN() || value.isInfinite()) {
                problems.add(new RowProblem(row, code, String.valueOf(value), "a finite value is required"));
            } else if (element.valueType().problem(value) != null) {
                problems.add(new RowProblem(row, code, String.valueOf(value), element.valueType().problem(value)));
            }
        });
    }
}
