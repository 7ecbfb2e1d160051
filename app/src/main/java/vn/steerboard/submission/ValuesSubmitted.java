package vn.steerboard.submission;

import vn.steerboard.common.FiguresChanged;

/** A unit's values were entered or replaced (not yet approved); unitCode null when a batch touched many units. */
public record ValuesSubmitted(String unitCode) implements FiguresChanged {

    @Override
    public String area() {
        return "indicators";
    }
}
