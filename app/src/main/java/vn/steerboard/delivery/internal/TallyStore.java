package vn.steerboard.delivery.internal;

import vn.steerboard.common.CopyRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import vn.steerboard.registry.Registry;

/**
 * The index's roll-up tables: counters per unit and month (delivery_tally, one row a month, a column a counter) and
 * open subjects by due day
 * (delivery_open_due), and the same summed over each unit's descendants (delivery_tally_below,
 * delivery_open_due_below: for every ancestor of a unit, and the nation, {@link Registry#NATION}), all changed by
 * the deltas in the transaction of the events. Reads of a subtree are {@link SubtreeSums}'.
 */
@Repository
public class TallyStore {

    static final String OWN = "delivery_tally";
    static final String OWN_OPEN = "delivery_open_due";
    static final String BELOW = "delivery_tally_below";
    static final String BELOW_OPEN = "delivery_open_due_below";
    /** The counters' columns of a month's row, and their sums. */
    static final String COLUMNS = Counter.columns("");
    private static final String SUMS = Counter.sums("t.");
    private static final int WIDTH = Counter.all().size();

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean postgres;
    private final Registry registry;

    TallyStore(NamedParameterJdbcTemplate jdbc, javax.sql.DataSource dataSource, Registry registry) {
        this.jdbc = jdbc;
        this.postgres = CopyRows.postgres(dataSource);
        this.registry = registry;
    }

    /** Adds the delta to the units' own rows and to the rows of their ancestors and the nation. */
    public void apply(TallyDelta delta) {
        applyOwn(delta);
        TallyDelta below = delta.lifted(this::above);
        add(BELOW, BELOW_OPEN, below);
    }

    /** Adds the delta to the units' own rows only (the repair, which derives the rows below afterwards). */
    void applyOwn(TallyDelta delta) {
        add(OWN, OWN_OPEN, delta);
    }

    /** The units a unit's counts also go to: its ancestors in the registry, and the nation. */
    private Collection<String> above(String unit) {
        java.util.Set<String> above = new java.util.LinkedHashSet<>(registry.lineage(unit));
        above.remove(unit);
        above.add(Registry.NATION);
        return above;
    }

    /**
     * An update where the row exists, an insert where not (writers are serialised by IngestLock). On PostgreSQL one
     * upsert per table, the delta's rows passed as arrays (one per column); on H2 an UPDATE batch, then INSERTs.
     */
    private void add(String counts, String open, TallyDelta delta) {
        if (postgres) {
            upsert(counts, open, delta);
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        delta.rows().forEach((k, row) -> {
            Object[] args = new Object[WIDTH + 2];
            for (int i = 0; i < WIDTH; i++) {
                args[i] = row[i];
            }
            args[WIDTH] = k.unit();
            args[WIDTH + 1] = k.month();
            rows.add(args);
        });
        int[] updated = jdbc.getJdbcOperations().batchUpdate("UPDATE " + counts + " SET " + String.join(", ",
                Counter.all().stream().map(c -> c.column() + " = " + c.column() + " + ?").toList())
                + " WHERE unit_code = ? AND ym = ?", rows);
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                inserts.add(rows.get(i)); // the update's arguments: the counters, then the unit and the month
            }
        }
        jdbc.getJdbcOperations().batchUpdate("INSERT INTO " + counts + " (" + COLUMNS + ", unit_code, ym) VALUES ("
                + "?, ".repeat(WIDTH) + "?, ?)", inserts);
        List<Map.Entry<TallyDelta.OpenKey, Long>> due = new ArrayList<>(delta.open().entrySet());
        insertMissing("INSERT INTO " + open + " (unit_code, ym, subject_kind, due_on, n) VALUES (:unit, :ym, :kind, :due, :d)",
                jdbc.batchUpdate("UPDATE " + open + " SET n = n + :d WHERE unit_code = :unit AND ym = :ym"
                        + " AND subject_kind = :kind AND due_on = :due", due.stream().map(TallyStore::open)
                        .toArray(SqlParameterSource[]::new)), due.stream().map(TallyStore::open).toList());
    }

    private void insertMissing(String insert, int[] updated, List<SqlParameterSource> rows) {
        List<SqlParameterSource> inserts = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                inserts.add(rows.get(i));
            }
        }
        jdbc.batchUpdate(insert, inserts.toArray(SqlParameterSource[]::new));
    }

    /** One row per unit-month, every counter a column: 2 + 22 arrays, one upsert (a row per counter before V119). */
    private void upsert(String table, String openTable, TallyDelta delta) {
        Map<IndicatorFeed.UnitMonth, long[]> rows = delta.rows();
        if (!rows.isEmpty()) {
            jdbc.getJdbcOperations().update("INSERT INTO " + table + " (unit_code, ym, " + COLUMNS + ")"
                    + " SELECT * FROM unnest(?::varchar[], ?::int[]" + ", ?::bigint[]".repeat(WIDTH) + ")"
                    + " ON CONFLICT (unit_code, ym) DO UPDATE SET " + String.join(", ", Counter.all().stream()
                            .map(c -> c.column() + " = " + table + "." + c.column() + " + EXCLUDED." + c.column()).toList()),
                    ps -> {
                        java.sql.Connection c = ps.getConnection();
                        ps.setArray(1, c.createArrayOf("varchar", rows.keySet().stream().map(IndicatorFeed.UnitMonth::unit)
                                .toArray()));
                        ps.setArray(2, c.createArrayOf("int4", rows.keySet().stream().map(IndicatorFeed.UnitMonth::month)
                                .toArray()));
                        List<long[]> values = List.copyOf(rows.values());
                        for (int i = 0; i < WIDTH; i++) {
                            Long[] column = new Long[values.size()];
                            for (int r = 0; r < column.length; r++) {
                                column[r] = values.get(r)[i];
                            }
                            ps.setArray(3 + i, c.createArrayOf("int8", column));
                        }
                    });
        }
        Map<TallyDelta.OpenKey, Long> open = delta.open();
        if (!open.isEmpty()) {
            jdbc.getJdbcOperations().update("INSERT INTO " + openTable + " (unit_code, ym, subject_kind, due_on, n)"
                    + " SELECT * FROM unnest(?::varchar[], ?::int[], ?::varchar[], ?::date[], ?::bigint[])"
                    + " ON CONFLICT (unit_code, ym, subject_kind, due_on) DO UPDATE SET n = " + openTable + ".n + EXCLUDED.n",
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

    /**
     * The rows below every unit computed again from the units' own rows through the registry's view (what the deltas
     * keep incrementally): after the repair, on an upgraded database, and when the organisation tree changed shape.
     */
    public void deriveBelow() {
        jdbc.update("DELETE FROM " + BELOW, Map.of());
        jdbc.update("DELETE FROM " + BELOW_OPEN, Map.of());
        MapSqlParameterSource nation = new MapSqlParameterSource("nation", Registry.NATION);
        jdbc.update("INSERT INTO " + BELOW + " (unit_code, ym, " + COLUMNS + ") SELECT l.ancestor_code, t.ym, " + SUMS
                + " FROM " + OWN + " t JOIN org_unit_lineage l ON l.code = t.unit_code AND l.depth > 0"
                + " AND l.ancestor_code <> :nation GROUP BY l.ancestor_code, t.ym", nation);
        jdbc.update("INSERT INTO " + BELOW + " (unit_code, ym, " + COLUMNS + ") SELECT :nation, t.ym, " + SUMS + " FROM " + OWN
                + " t GROUP BY t.ym", nation);
        jdbc.update("INSERT INTO " + BELOW_OPEN + " (unit_code, ym, subject_kind, due_on, n)"
                + " SELECT l.ancestor_code, o.ym, o.subject_kind, o.due_on, SUM(o.n) FROM " + OWN_OPEN + " o"
                + " JOIN org_unit_lineage l ON l.code = o.unit_code AND l.depth > 0 AND l.ancestor_code <> :nation"
                + " GROUP BY l.ancestor_code, o.ym, o.subject_kind, o.due_on HAVING SUM(o.n) <> 0", nation);
        jdbc.update("INSERT INTO " + BELOW_OPEN + " (unit_code, ym, subject_kind, due_on, n) SELECT :nation, ym,"
                + " subject_kind, due_on, SUM(n) FROM " + OWN_OPEN + " GROUP BY ym, subject_kind, due_on HAVING SUM(n) <> 0",
                nation);
    }

    /** The shape of the organisation tree the rows below are summed over: a digest of every (unit, parent). */
    public String treeShape() {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        jdbc.query("SELECT code, ancestor_code FROM org_unit_lineage WHERE depth = 1 ORDER BY code", Map.of(), rs -> {
            digest.update((rs.getString(1) + ">" + rs.getString(2) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    public void deleteAll() {
        for (String table : List.of(OWN, OWN_OPEN, BELOW, BELOW_OPEN)) {
            jdbc.update("DELETE FROM " + table, Map.of());
        }
    }

    /**
     * Every non-zero roll-up row, as "unit|month|counter" and "unit|month|kind|due", the rows below a unit marked
     * "below|" (the repair's comparison).
     */
    public Map<String, Long> snapshot() {
        Map<String, Long> rows = new TreeMap<>();
        for (String table : List.of(OWN, BELOW)) {
            String mark = table.equals(BELOW) ? "below|" : "";
            jdbc.query("SELECT unit_code, ym, " + COLUMNS + " FROM " + table, Map.of(), rs -> {
                String at = mark + rs.getString(1) + "|" + rs.getInt(2) + "|";
                Counter.read(rs, 3, false).forEach((counter, n) -> rows.put(at + counter, n));
            });
        }
        for (String table : List.of(OWN_OPEN, BELOW_OPEN)) {
            String mark = table.equals(BELOW_OPEN) ? "below|" : "";
            jdbc.query("SELECT unit_code, ym, subject_kind, due_on, n FROM " + table + " WHERE n <> 0", Map.of(), rs -> {
                rows.put(mark + rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|"
                        + rs.getObject(4, LocalDate.class), rs.getLong(5));
            });
        }
        return rows;
    }

    private static SqlParameterSource open(Map.Entry<TallyDelta.OpenKey, Long> e) {
        return new MapSqlParameterSource().addValue("unit", e.getKey().unit()).addValue("ym", e.getKey().month())
                .addValue("kind", e.getKey().kind()).addValue("due", e.getKey().due()).addValue("d", e.getValue());
    }
}
