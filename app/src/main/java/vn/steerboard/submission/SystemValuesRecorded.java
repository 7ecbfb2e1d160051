package vn.steerboard.submission;

import vn.steerboard.common.FiguresChanged;

/** A system source recorded approved values of a unit (unitCode null when a call touched many units). */
public record SystemValuesRecorded(String unitCode, String source) implements FiguresChanged {

    @Override
    public String area() {
        return "indicators";
    }
}
