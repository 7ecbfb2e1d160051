package vn.steerboard.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The records of a catalogue imported whole ({@link CatalogueImport}). */
public final class CatalogueRecords {

    private CatalogueRecords() {
    }

    public record DataSetRecord(String code, String nameVi, String nameEn, PeriodType periodType, int deadlineDays,
            String description) {
    }

    public record ElementRecord(String code, String dataSetCode, String nameVi, String nameEn, ValueType valueType,
            Aggregation treeAggregation, TimeAggregation timeAggregation, String weightElement) {
    }

    public record RuleRecord(String code, String dataSetCode, String nameVi, String nameEn, String left,
            String operator, String right, ValidationRule.Importance importance) {
    }

    public record IndicatorRecord(String code, String nameVi, String nameEn, String formula,
            TargetStatus.Polarity polarity, String unitLabel, int decimals, String source, String description) {
    }

    public record TargetRecord(String indicatorCode, String unitCode, double baselineValue, LocalDate baselineDate,
            double targetValue, LocalDate deadline, List<TargetView.Milestone> milestones) {
    }

    /** Indicators in their published order; weights in the order given. */
    public record Catalogue(List<DataSetRecord> dataSets, List<ElementRecord> elements, List<RuleRecord> rules,
            List<IndicatorRecord> indicators, List<TargetRecord> targets, Map<String, Double> compositeWeights) {
    }
}
