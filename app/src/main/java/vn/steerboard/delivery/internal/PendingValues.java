package vn.steerboard.delivery.internal;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import vn.steerboard.common.CopyRows;

/**
 * The units' own months whose indicator values are still to be recorded (delivery_values_pending): marked by a batch
 * in its transaction, cleared by the drain that recorded them. Each mark takes a new version from a sequence (never
 * given twice); a drain clears a row only at the version it read, and on PostgreSQL skips a row a batch is marking at
 * that moment (it waits for nothing a batch holds), so a month marked after the drain read its roll-ups stays for the
 * next drain. A month whose values were refused carries when (failed_at) until a batch marks it again.
 */
@Repository
public class PendingValues {

    static final String TABLE = "delivery_values_pending";
    static final String VERSIONS = "delivery_values_version";

    /** A pending month as a drain read it. */
    public record Marked(IndicatorFeed.UnitMonth month, long version) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean postgres;

    PendingValues(NamedParameterJdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = CopyRows.postgres(dataSource);
    }

    /** Marks the months (a new row, or the next version of a row already pending). */
    public void mark(Collection<IndicatorFeed.UnitMonth> months, OffsetDateTime at) {
        if (months.isEmpty()) {
            return;
        }
        List<IndicatorFeed.UnitMonth> rows = List.copyOf(new java.util.TreeSet<>(months));
        if (postgres) {
            // one version for the whole mark (one nextval, not one per month): a later mark still gets a greater one
            jdbc.getJdbcOperations().update("INSERT INTO " + TABLE + " (unit_code, ym, version, marked_at)"
                    + " SELECT k.unit_code, k.ym, v.version, ?::timestamptz"
                    + " FROM unnest(?::varchar[], ?::int[]) AS k(unit_code, ym)"
                    + " CROSS JOIN (SELECT nextval('" + VERSIONS + "') AS version) v"
                    + " ON CONFLICT (unit_code, ym) DO UPDATE SET version = EXCLUDED.version,"
                    + " marked_at = EXCLUDED.marked_at, failed_at = NULL", ps -> {
                Connection c = ps.getConnection();
                ps.setObject(1, at);
                ps.setArray(2, c.createArrayOf("varchar", rows.stream().map(IndicatorFeed.UnitMonth::unit).toArray()));
                ps.setArray(3, c.createArrayOf("int4", rows.stream().map(IndicatorFeed.UnitMonth::month).toArray()));
            });
            return;
        }
        SqlParameterSource[] params = rows.stream().map(m -> new MapSqlParameterSource("unit", m.unit())
                .addValue("ym", m.month()).addValue("at", at)).toArray(SqlParameterSource[]::new);
        int[] updated = jdbc.batchUpdate("UPDATE " + TABLE + " SET version = NEXT VALUE FOR " + VERSIONS
                + ", marked_at = :at, failed_at = NULL WHERE unit_code = :unit AND ym = :ym", params);
        List<SqlParameterSource> inserts = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                inserts.add(params[i]);
            }
        }
        jdbc.batchUpdate("INSERT INTO " + TABLE + " (unit_code, ym, version, marked_at)"
                + " VALUES (:unit, :ym, NEXT VALUE FOR " + VERSIONS + ", :at)",
                inserts.toArray(SqlParameterSource[]::new));
    }

    /**
     * Up to {@code limit} pending months after {@code from} (from the first when null), in key order, leaving out those
     * whose values were refused since their last mark.
     */
    public List<Marked> after(IndicatorFeed.UnitMonth from, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit)
                .addValue("unit", from == null ? "" : from.unit()).addValue("ym", from == null ? Integer.MIN_VALUE : from.month());
        return jdbc.query("SELECT unit_code, ym, version FROM " + TABLE + " WHERE (unit_code, ym) > (:unit, :ym)"
                + " AND failed_at IS NULL ORDER BY unit_code, ym LIMIT :limit", params, PendingValues::marked);
    }

    /** Up to {@code limit} months whose values were refused before {@code before} (to try again), oldest first. */
    public List<Marked> failedBefore(OffsetDateTime before, int limit) {
        return jdbc.query("SELECT unit_code, ym, version FROM " + TABLE + " WHERE failed_at < :before"
                + " ORDER BY failed_at, unit_code, ym LIMIT :limit", new MapSqlParameterSource("before", before)
                        .addValue("limit", limit), PendingValues::marked);
    }

    /** Notes that the month's values were refused at {@code at} (unless a batch marked it again since it was read). */
    public void failed(Marked month, OffsetDateTime at) {
        jdbc.update("UPDATE " + TABLE + " SET failed_at = :at WHERE unit_code = :unit AND ym = :ym AND version = :v",
                new MapSqlParameterSource("at", at).addValue("unit", month.month().unit()).addValue("ym", month.month().month())
                        .addValue("v", month.version()));
    }

    private static Marked marked(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Marked(new IndicatorFeed.UnitMonth(rs.getString(1), rs.getInt(2)), rs.getLong(3));
    }

    /** Clears the months recorded, each only if it is still at the version read; returns how many were cleared. */
    public int clear(List<Marked> recorded) {
        if (recorded.isEmpty()) {
            return 0;
        }
        if (postgres) {
            return jdbc.getJdbcOperations().update("DELETE FROM " + TABLE + " p WHERE (p.unit_code, p.ym) IN ("
                    + "SELECT q.unit_code, q.ym FROM " + TABLE + " q JOIN unnest(?::varchar[], ?::int[], ?::bigint[])"
                    + " AS k(unit_code, ym, version) ON q.unit_code = k.unit_code AND q.ym = k.ym AND q.version = k.version"
                    + " FOR UPDATE OF q SKIP LOCKED)", ps -> {
                Connection c = ps.getConnection();
                ps.setArray(1, c.createArrayOf("varchar", recorded.stream().map(m -> m.month().unit()).toArray()));
                ps.setArray(2, c.createArrayOf("int4", recorded.stream().map(m -> m.month().month()).toArray()));
                ps.setArray(3, c.createArrayOf("int8", recorded.stream().map(Marked::version).toArray()));
            });
        }
        int[] deleted = jdbc.batchUpdate("DELETE FROM " + TABLE + " WHERE unit_code = :unit AND ym = :ym AND version = :v",
                recorded.stream().map(m -> new MapSqlParameterSource("unit", m.month().unit()).addValue("ym", m.month().month())
                        .addValue("v", m.version())).toArray(SqlParameterSource[]::new));
        return java.util.Arrays.stream(deleted).sum();
    }

    /** Clears every mark (every month has just been recorded, under the drain's lock). */
    public void clearAll() {
        jdbc.update("DELETE FROM " + TABLE, Map.of());
    }

    /** The backlog at a glance: months waiting, those refused, when the longest-waiting one was marked (or null). */
    public record Backlog(long waiting, long refused, OffsetDateTime oldestMark) {
    }

    /** The backlog, in one statement (the health asks on every call). */
    public Backlog backlog() {
        return jdbc.queryForObject("SELECT COUNT(*), COUNT(failed_at), MIN(marked_at) FROM " + TABLE, Map.of(),
                (rs, n) -> new Backlog(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class)));
    }

    /** How many months are pending. */
    public long count() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE, Map.of(), Long.class);
        return n == null ? 0 : n;
    }
}
