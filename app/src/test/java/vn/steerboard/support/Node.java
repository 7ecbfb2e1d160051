package vn.steerboard.support;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.steerboard.SteerboardApplication;

/**
 * One application node of a multi-node test: the real application on a random port, started with its own
 * arguments against a database the test names (no demo data), closed by the test to make the node go away.
 */
public final class Node implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private Node(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** A node on {@code url}; {@code extra} are further {@code --name=value} arguments. */
    public static Node start(String url, String username, String password, String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + username, "--spring.datasource.password=" + password,
                "--steerboard.demo.enabled=false", "--spring.main.banner-mode=off"));
        args.addAll(List.of(extra));
        // as arguments, so they win over application.yml (builder properties would be mere defaults)
        return new Node(new SpringApplicationBuilder(SteerboardApplication.class).run(args.toArray(String[]::new)));
    }

    /**
     * A PostgreSQL schema of the test's own in the test database, emptied first: the shared test context's tables
     * in the default schema are not touched. Returns the URL whose connections use that schema.
     */
    public static String freshPostgresSchema(String schema) {
        String url = TestDatabase.pgUrl() + (TestDatabase.pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Flyway.configure().dataSource(url, TestDatabase.pgUser(), TestDatabase.pgPassword()).schemas(schema)
                .cleanDisabled(false).load().clean();
        return url;
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** An account with the demo password, written straight into the node's database. */
    public void account(String username, String role) {
        context.getBean(JdbcTemplate.class).update("INSERT INTO app_user (username, display_name, password_hash, role, enabled,"
                + " created_at) VALUES (?, ?, ?, ?, TRUE, ?)", username, username,
                context.getBean(PasswordEncoder.class).encode(Api.DEMO_PASSWORD), role, OffsetDateTime.now());
    }

    @Override
    public void close() {
        context.close();
    }
}
