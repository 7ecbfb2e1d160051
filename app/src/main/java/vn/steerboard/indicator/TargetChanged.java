package vn.steerboard.indicator;

import vn.steerboard.common.FiguresChanged;

/** A target was set or replaced, or a human rating added beside its status; unitCode null for the nation's. */
public record TargetChanged(String indicatorCode, String unitCode) implements FiguresChanged {

    @Override
    public String area() {
        return "indicators";
    }
}
