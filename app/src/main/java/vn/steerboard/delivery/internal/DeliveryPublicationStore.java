package vn.steerboard.delivery.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.steerboard.analytics.PublicationLevel;

/** The SQL of the open-data depth of the delivery index (one row). */
@Repository
public class DeliveryPublicationStore {

    private final JdbcClient jdbc;

    DeliveryPublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PublicationLevel level() {
        return PublicationLevel.valueOf(jdbc.sql("""
                SELECT level FROM delivery_publication WHERE id = 1""").query(String.class).single());
    }

    public void change(PublicationLevel level) {
        jdbc.sql("""
                UPDATE delivery_publication SET level = :level WHERE id = 1""").param("level", level.name()).update();
    }
}
