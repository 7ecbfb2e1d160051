package vn.steerboard.indicator;

/** An indicator: a formula over data elements, with the direction that counts as better. */
public record IndicatorDefinition(String code, String nameVi, String nameEn, Formula formula,
        TargetStatus.Polarity polarity, String unitLabel, int decimals, String source, String description,
        PeriodType periodType) {

    public String name(boolean english) {
        return english ? nameEn : nameVi;
    }

    public boolean higherIsBetter() {
        return polarity == TargetStatus.Polarity.HIGHER_IS_BETTER;
    }
}
