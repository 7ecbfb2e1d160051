package vn.steerboard.indicator;

import java.time.LocalDate;
import java.util.List;

/**
 * A target as it applies to a unit: its own, or (inherited) the nearest ancestor's or the nation's. The planned
 * trajectory runs from the baseline through the milestones to the target, straight between points.
 */
public record TargetView(long id, String indicatorCode, String unitCode, boolean inherited, double baselineValue,
        LocalDate baselineDate, double targetValue, LocalDate deadline, List<Milestone> milestones, long version) {

    public record Milestone(LocalDate date, double value) {
    }

    /** Where the trajectory says the value should be on the day: the baseline before it, the target after. */
    public double trajectoryAt(LocalDate day) {
        LocalDate previousDate = baselineDate;
        double previousValue = baselineValue;
        if (!day.isAfter(baselineDate)) {
            return baselineValue;
        }
        List<Milestone> points = new java.util.ArrayList<>(milestones);
        points.add(new Milestone(deadline, targetValue));
        for (Milestone point : points) {
            if (!day.isAfter(point.date())) {
                double span = point.date().toEpochDay() - previousDate.toEpochDay();
                double done = day.toEpochDay() - previousDate.toEpochDay();
                return span <= 0 ? point.value() : previousValue + (point.value() - previousValue) * done / span;
            }
            previousDate = point.date();
            previousValue = point.value();
        }
        return targetValue;
    }

    public TargetView inheritedBy(String unit) {
        return new TargetView(id, indicatorCode, unit, true, baselineValue, baselineDate, targetValue, deadline, milestones, version);
    }
}
