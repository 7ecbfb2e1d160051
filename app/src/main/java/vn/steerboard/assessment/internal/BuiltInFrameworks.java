package vn.steerboard.assessment.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import vn.steerboard.assessment.FrameworkLibrary;

/** Registers the built-in (illustrative) frameworks at start; another node that did it first is fine. */
@Component
@Order(5)
class BuiltInFrameworks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BuiltInFrameworks.class);

    private final FrameworkLibrary library;

    BuiltInFrameworks(FrameworkLibrary library) {
        this.library = library;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            library.registerBuiltIns().forEach(f -> log.info("framework {} version {} registered (built in)", f.code(), f.version()));
        } catch (DuplicateKeyException registeredByAnotherNode) {
            log.info("built-in frameworks registered by another node");
        }
    }
}
