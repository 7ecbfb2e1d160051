package vn.steerboard.indicator;

import vn.steerboard.common.FiguresChanged;

/**
 * The indicator catalogue changed (an indicator defined or redefined, a catalogue loaded): every node reloads its
 * cached definitions, and the figures computed from them are refreshed, so it is a change of the whole
 * "indicators" area. Other nodes hear it as a {@code FiguresChangedElsewhere} of that area with no unit.
 */
public record CatalogueChanged(String reason) implements FiguresChanged {

    public static final String AREA = "indicators";

    @Override
    public String area() {
        return AREA;
    }

    @Override
    public String unitCode() {
        return null;
    }
}
