package vn.steerboard.quality.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of the allow-list of hosts scans may reach. */
@Repository
public class AllowedHostStore {

    private final JdbcClient jdbc;

    AllowedHostStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ScanPolicy.AllowedHost> all() {
        return jdbc.sql("""
                SELECT id, host, port, database_name, note, created_by, created_at
                FROM quality_allowed_host ORDER BY host, port, database_name""").query((rs, n) ->
                new ScanPolicy.AllowedHost(rs.getLong("id"), rs.getString("host"), rs.getInt("port"),
                        rs.getString("database_name"), rs.getString("note"), rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class))).list();
    }

    public long insert(String host, int port, String database, String note, String by, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO quality_allowed_host (host, port, database_name, note, created_by, created_at)
                VALUES (:host, :port, :database, :note, :by, :at)""")
                .param("host", host).param("port", port).param("database", database).param("note", note)
                .param("by", by).param("at", at).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void delete(long id) {
        jdbc.sql("""
                DELETE FROM quality_allowed_host WHERE id = :id""").param("id", id).update();
    }
}
