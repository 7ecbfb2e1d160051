package vn.steerboard.indicator;

/** A data element: what units report, with how it rolls up the organisation tree and over time. */
public record ElementDefinition(String code, String dataSetCode, String nameVi, String nameEn, ValueType valueType,
        Aggregation treeAggregation, TimeAggregation timeAggregation, String weightElement, String description) {

    public String name(boolean english) {
        return english ? nameEn : nameVi;
    }
}
