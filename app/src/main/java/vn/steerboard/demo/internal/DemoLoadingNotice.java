package vn.steerboard.demo.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page says, while the demo seeders still run in the background, that the demo data are being loaded. */
@ControllerAdvice(annotations = Controller.class)
@ConditionalOnProperty(name = "steerboard.demo.enabled", havingValue = "true")
class DemoLoadingNotice {

    private final DemoBackground background;

    DemoLoadingNotice(DemoBackground background) {
        this.background = background;
    }

    @ModelAttribute("demoLoading")
    boolean demoLoading() {
        return background.loading();
    }
}
