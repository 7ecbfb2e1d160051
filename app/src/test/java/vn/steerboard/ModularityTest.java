package vn.steerboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Modules talk only through each other's top-level package; no cycles. The module documentation (Spring Modulith's
 * Documenter: one component diagram per module, and a canvas of its API, events and dependencies) is generated on
 * every run into {@code target/spring-modulith-docs}; the committed copy in {@code docs/modules} must name every
 * module, so a new module cannot arrive undocumented. Refresh it with
 * {@code ./mvnw -pl app test -Dtest=ModularityTest && cp app/target/spring-modulith-docs/* docs/modules/}.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(SteerboardApplication.class);
    private static final Path COMMITTED = Path.of("../docs/modules");

    @Test
    void moduleBoundariesHold() {
        MODULES.verify();
    }

    @Test
    void everyModuleIsDocumented() throws IOException {
        new Documenter(MODULES).writeDocumentation();
        Set<String> modules = MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> committed;
        try (Stream<Path> files = Files.list(COMMITTED)) {
            committed = files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        for (String module : modules) {
            assertThat(committed).as("docs/modules documents module %s", module).contains("module-" + module + ".puml",
                    "module-" + module + ".adoc");
        }
    }
}
