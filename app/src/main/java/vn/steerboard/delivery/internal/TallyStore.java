package vn.steerboard.delivery.internal;

import vn.steerboard.common.CopyRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * The index's roll-up tables: counters per unit and month (delivery_tally) and open subjects by due day
 * (delivery_open_due), changed by deltas in the transaction of the events; summed over a subtree through the
 * registry's view org_unit_lineage when read.
 */
@Repository
public class TallyStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean postgres;

    TallyStore(NamedParameterJdbcTemplate jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = CopyRows.postgres(dataSource);
    }

    /**
     * Adds the delta (an update where the row exists, an insert where not; writers are serialised by IngestLock). On
     * PostgreSQL one upsert per table, the delta's rows passed as arrays; on H2 an UPDATE batch, then INSERTs.
     */
    public void apply(TallyDelta delta) {
        if (postgres) {
            upsert(delta);
            return;
        }
        List<Map.Entry<TallyDelta.Key, Long>> counts = new ArrayList<>(delta.counts().entrySet());
        int[] updated = jdbc.batchUpdate("UPDATE delivery_tally SET n = n + :d WHERE unit_code = :unit AND ym = :ym"
                + " AND counter = :counter", counts.stream().map(TallyStore::params).toArray(SqlParameterSource[]::new));
        List<SqlParameterSource> inserts = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                inserts.add(params(counts.get(i)));
            }
        }
        jdbc.batchUpdate("INSERT INTO delivery_tally (unit_code, ym, counter, n) VALUES (:unit, :ym, :counter, :d)",
                inserts.toArray(SqlParameterSource[]::new));
        List<Map.Entry<TallyDelta.OpenKey, Long>> open = new ArrayList<>(delta.open().entrySet());
        int[] openUpdated = jdbc.batchUpdate("UPDATE delivery_open_due SET n = n + :d WHERE unit_code = :unit AND ym = :ym"
                + " AND subject_kind = :kind AND due_on = :due", open.stream().map(TallyStore::open)
                .toArray(SqlParameterSource[]::new));
        List<SqlParameterSource> openInserts = new ArrayList<>();
        for (int i = 0; i < openUpdated.length; i++) {
            if (openUpdated[i] == 0) {
                openInserts.add(open(open.get(i)));
            }
        }
        jdbc.batchUpdate("INSERT INTO delivery_open_due (unit_code, ym, subject_kind, due_on, n) VALUES (:unit, :ym, :kind,"
                + " :due, :d)", openInserts.toArray(SqlParameterSource[]::new));
    }

    private void upsert(TallyDelta delta) {
        Map<TallyDelta.Key, Long> counts = delta.counts();
        if (!counts.isEmpty()) {
            jdbc.getJdbcOperations().update("""
                    INSERT INTO delivery_tally (unit_code, ym, counter, n)
                    SELECT * FROM unnest(?::varchar[], ?::int[], ?::varchar[], ?::bigint[])
                    ON CONFLICT (unit_code, ym, counter) DO UPDATE SET n = delivery_tally.n + EXCLUDED.n""", ps -> {
                java.sql.Connection c = ps.getConnection();
                ps.setArray(1, c.createArrayOf("varchar", counts.keySet().stream().map(TallyDelta.Key::unit).toArray()));
                ps.setArray(2, c.createArrayOf("int4", counts.keySet().stream().map(TallyDelta.Key::month).toArray()));
                ps.setArray(3, c.createArrayOf("varchar", counts.keySet().stream().map(TallyDelta.Key::counter).toArray()));
                ps.setArray(4, c.createArrayOf("int8", counts.values().toArray()));
            });
        }
        Map<TallyDelta.OpenKey, Long> open = delta.open();
        if (!open.isEmpty()) {
            jdbc.getJdbcOperations().update("""
                    INSERT INTO delivery_open_due (unit_code, ym, subject_kind, due_on, n)
                    SELECT * FROM unnest(?::varchar[], ?::int[], ?::varchar[], ?::date[], ?::bigint[])
                    ON CONFLICT (unit_code, ym, subject_kind, due_on) DO UPDATE SET n = delivery_open_due.n + EXCLUDED.n""",
                    ps -> {
                        java.sql.Connection c = ps.getConnection();
                        ps.setArray(1, c.createArrayOf("varchar", open.keySet().stream().map(TallyDelta.OpenKey::unit).toArray()));
                        ps.setArray(2, c.createArrayOf("int4", open.keySet().stream().map(TallyDelta.OpenKey::month).toArray()));
                        ps.setArray(3, c.createArrayOf("varchar", open.keySet().stream().map(TallyDelta.OpenKey::kind).toArray()));
                        ps.setArray(4, c.createArrayOf("date", open.keySet().stream()
                                .map(k -> k.due().toString()).toArray()));
                        ps.setArray(5, c.createArrayOf("int8", open.values().toArray()));
                    });
        }
    }

    /** The units' own counters (not their subtrees') in the given months. */
    public Map<IndicatorFeed.UnitMonth, Map<String, Long>> own(java.util.Collection<IndicatorFeed.UnitMonth> keys) {
        Map<IndicatorFeed.UnitMonth, Map<String, Long>> own = new TreeMap<>();
        java.util.Set<String> units = new java.util.TreeSet<>();
        java.util.Set<Integer> months = new java.util.TreeSet<>();
        keys.forEach(k -> {
            units.add(k.unit());
            months.add(k.month());
        });
        java.util.Set<IndicatorFeed.UnitMonth> wanted = new java.util.HashSet<>(keys);
        List<String> unitList = new ArrayList<>(units);
        for (int from = 0; from < unitList.size(); from += 500) {
            jdbc.query("""
                    SELECT unit_code, ym, counter, n FROM delivery_tally
                     WHERE unit_code IN (:units) AND ym IN (:months)""",
                    new MapSqlParameterSource("units", unitList.subList(from, Math.min(unitList.size(), from + 500)))
                            .addValue("months", List.copyOf(months)), rs -> {
                        IndicatorFeed.UnitMonth key = new IndicatorFeed.UnitMonth(rs.getString(1), rs.getInt(2));
                        if (wanted.contains(key)) {
                            own.computeIfAbsent(key, k -> new TreeMap<>()).put(rs.getString(3), rs.getLong(4));
                        }
                    });
        }
        return own;
    }

    /** Every unit and month the roll-ups hold a counter for. */
    public List<IndicatorFeed.UnitMonth> unitMonths() {
        return jdbc.query("SELECT DISTINCT unit_code, ym FROM delivery_tally ORDER BY unit_code, ym", Map.of(),
                (rs, n) -> new IndicatorFeed.UnitMonth(rs.getString(1), rs.getInt(2)));
    }

    /** The whole country's counters (every unit's own rows: the nation is no unit of the registry). */
    public Map<String, Long> nation(int from, int to, LocalDate day) {
        Map<String, Long> sums = new TreeMap<>();
        MapSqlParameterSource params = new MapSqlParameterSource("from", from).addValue("to", to).addValue("day", day);
        jdbc.query("""
                SELECT counter, SUM(n) FROM delivery_tally WHERE ym BETWEEN :from AND :to GROUP BY counter""", params,
                rs -> {
                    sums.put(rs.getString(1), rs.getLong(2));
                });
        jdbc.query("""
                SELECT subject_kind, SUM(CASE WHEN due_on >= :day THEN n ELSE 0 END) AS within,
                       SUM(CASE WHEN due_on < :day THEN n ELSE 0 END) AS overdue
                  FROM delivery_open_due WHERE ym BETWEEN :from AND :to GROUP BY subject_kind""", params, rs -> {
                    sums.put("OPEN_WITHIN_" + rs.getString(1), rs.getLong(2));
                    sums.put("OPEN_OVERDUE_" + rs.getString(1), rs.getLong(3));
                });
        return sums;
    }

    public void deleteAll() {
        jdbc.update("DELETE FROM delivery_tally", Map.of());
        jdbc.update("DELETE FROM delivery_open_due", Map.of());
    }

    /** Every non-zero roll-up row, as "unit|month|counter" and "unit|month|kind|due" (the repair's comparison). */
    public Map<String, Long> snapshot() {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.query("SELECT unit_code, ym, counter, n FROM delivery_tally WHERE n <> 0", Map.of(), rs -> {
            rows.put(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3), rs.getLong(4));
        });
        jdbc.query("SELECT unit_code, ym, subject_kind, due_on, n FROM delivery_open_due WHERE n <> 0", Map.of(), rs -> {
            rows.put(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|"
                    + rs.getObject(4, LocalDate.class), rs.getLong(5));
        });
        return rows;
    }

    /**
     * A subtree's counters summed over months {@code from..to} (yyyymm), for each of the given ancestors; open subjects
     * split into those still within their deadline on {@code day} and those overdue.
     */
    public Map<String, Map<String, Long>> sums(List<String> ancestors, int from, int to, LocalDate day) {
        Map<String, Map<String, Long>> sums = new TreeMap<>();
        if (ancestors.isEmpty()) {
            return sums;
        }
        jdbc.query("""
                SELECT l.ancestor_code, t.counter, SUM(t.n) AS n
                  FROM delivery_tally t JOIN org_unit_lineage l ON l.code = t.unit_code
                 WHERE l.ancestor_code IN (:units) AND t.ym BETWEEN :from AND :to
                 GROUP BY l.ancestor_code, t.counter""",
                new MapSqlParameterSource("units", ancestors).addValue("from", from).addValue("to", to), rs -> {
                    sums.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        jdbc.query("""
                SELECT l.ancestor_code, o.subject_kind,
                       SUM(CASE WHEN o.due_on >= :day THEN o.n ELSE 0 END) AS within,
                       SUM(CASE WHEN o.due_on < :day THEN o.n ELSE 0 END) AS overdue
                  FROM delivery_open_due o JOIN org_unit_lineage l ON l.code = o.unit_code
                 WHERE l.ancestor_code IN (:units) AND o.ym BETWEEN :from AND :to
                 GROUP BY l.ancestor_code, o.subject_kind""",
                new MapSqlParameterSource("units", ancestors).addValue("from", from).addValue("to", to)
                        .addValue("day", day), rs -> {
                    Map<String, Long> m = sums.computeIfAbsent(rs.getString(1), k -> new TreeMap<>());
                    m.put("OPEN_WITHIN_" + rs.getString(2), rs.getLong(3));
                    m.put("OPEN_OVERDUE_" + rs.getString(2), rs.getLong(4));
                });
        return sums;
    }

    private static SqlParameterSource params(Map.Entry<TallyDelta.Key, Long> e) {
        return new MapSqlParameterSource().addValue("unit", e.getKey().unit()).addValue("ym", e.getKey().month())
                .addValue("counter", e.getKey().counter()).addValue("d", e.getValue());
    }

    private static SqlParameterSource open(Map.Entry<TallyDelta.OpenKey, Long> e) {
        return new MapSqlParameterSource().addValue("unit", e.getKey().unit()).addValue("ym", e.getKey().month())
                .addValue("kind", e.getKey().kind()).addValue("due", e.getKey().due()).addValue("d", e.getValue());
    }
}
