package vn.steerboard;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules talk only through each other's top-level package; no cycles. */
class ModularityTest {

    @Test
    void moduleBoundariesHold() {
        ApplicationModules.of(SteerboardApplication.class).verify();
    }
}
