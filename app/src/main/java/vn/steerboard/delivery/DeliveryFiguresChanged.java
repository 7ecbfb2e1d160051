package vn.steerboard.delivery;

import vn.steerboard.common.FiguresChanged;

/** Published inside the transaction of a batch of events or a repair: the delivery index of the unit moved. */
public record DeliveryFiguresChanged(String unitCode, int events) implements FiguresChanged {

    public static final String AREA = "delivery";

    @Override
    public String area() {
        return AREA;
    }
}
