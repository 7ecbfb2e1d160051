package vn.steerboard.support;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One module and the modules it depends on, started alone ({@code @ApplicationModuleTest}) on a fresh in-memory
 * H2 with no demo data: proves the module works without the modules that use it. Slices never share the one
 * application context of the integration tests, and run in the H2 run only.
 */
public class ModuleSlice implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("module-slice", new java.util.HashMap<>(Map.of(
                "spring.datasource.url", "jdbc:h2:mem:slice-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "spring.datasource.username", "sa", "spring.datasource.password", "",
                "steerboard.demo.enabled", "false", "steerboard.clock.today", TestFixtures.today().toString()))));
    }
}
