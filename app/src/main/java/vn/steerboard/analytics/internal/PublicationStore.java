package vn.steerboard.analytics.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.steerboard.analytics.PublicationLevel;

/** The one row of {@code indicator_publication}. */
@Component
public class PublicationStore {

    private final JdbcClient jdbc;

    PublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PublicationLevel level() {
        return PublicationLevel.valueOf(jdbc.sql("""
                SELECT level FROM indicator_publication WHERE id = 1""").query(String.class).single());
    }

    public void change(PublicationLevel level) {
        jdbc.sql("""
                UPDATE indicator_publication SET level = :level WHERE id = 1""").param("level", level.name()).update();
    }
}
