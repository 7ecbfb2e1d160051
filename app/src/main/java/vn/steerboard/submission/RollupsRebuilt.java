package vn.steerboard.submission;

import vn.steerboard.common.FiguresChanged;

/** Every roll-up was recomputed from the values (the repair command). */
public record RollupsRebuilt() implements FiguresChanged {

    @Override
    public String area() {
        return "indicators";
    }

    @Override
    public String unitCode() {
        return null;
    }
}
