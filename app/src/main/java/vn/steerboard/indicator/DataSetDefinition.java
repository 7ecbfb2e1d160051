package vn.steerboard.indicator;

import java.time.LocalDate;
import java.util.List;

/** A reporting form: its elements, its period type, its deadline and its validation rules. */
public record DataSetDefinition(String code, String nameVi, String nameEn, PeriodType periodType, int deadlineDays,
        String description, List<ElementDefinition> elements, List<ValidationRule> rules) {

    /** Values for the period are due on this day; a submission after it is late. */
    public LocalDate dueOn(Period period) {
        return period.end().plusDays(deadlineDays);
    }

    public String name(boolean english) {
        return english ? nameEn : nameVi;
    }
}
