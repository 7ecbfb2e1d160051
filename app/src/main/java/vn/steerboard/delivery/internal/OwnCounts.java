package vn.steerboard.delivery.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.steerboard.common.CopyRows;

/**
 * The units' own month rows of the roll-ups ({@link TallyStore#OWN}), read for the indicator values
 * ({@link IndicatorFeed}): a unit's own counts, never its subtree's.
 */
@Repository
public class OwnCounts {

    private static final String OWN = TallyStore.OWN;
    private static final String COLUMNS = TallyStore.COLUMNS;

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean postgres;

    OwnCounts(NamedParameterJdbcTemplate jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = CopyRows.postgres(dataSource);
    }

    /** The units' own counters (not their subtrees') in the given months: the counters that are not zero. */
    public Map<IndicatorFeed.UnitMonth, Map<String, Long>> own(Collection<IndicatorFeed.UnitMonth> keys) {
        Map<IndicatorFeed.UnitMonth, Map<String, Long>> own = new TreeMap<>();
        if (postgres) {
            // exactly the pairs asked for (a batch spread over many units and months would read their cross product)
            List<IndicatorFeed.UnitMonth> pairs = List.copyOf(new java.util.LinkedHashSet<>(keys));
            jdbc.getJdbcOperations().query("SELECT t.unit_code, t.ym, " + Counter.columns("t.") + " FROM " + OWN + " t"
                    + " JOIN unnest(?::varchar[], ?::int[]) AS k(unit_code, ym) ON k.unit_code = t.unit_code AND k.ym = t.ym",
                    ps -> {
                        java.sql.Connection c = ps.getConnection();
                        ps.setArray(1, c.createArrayOf("varchar", pairs.stream().map(IndicatorFeed.UnitMonth::unit).toArray()));
                        ps.setArray(2, c.createArrayOf("int4", pairs.stream().map(IndicatorFeed.UnitMonth::month).toArray()));
                    }, (org.springframework.jdbc.core.RowCallbackHandler) rs -> own.put(
                            new IndicatorFeed.UnitMonth(rs.getString(1), rs.getInt(2)), Counter.read(rs, 3, false)));
            return own;
        }
        // H2: the pairs' units and months, in chunks of units, keeping only the pairs asked for
        java.util.Set<String> units = new java.util.TreeSet<>();
        java.util.Set<Integer> months = new java.util.TreeSet<>();
        keys.forEach(k -> {
            units.add(k.unit());
            months.add(k.month());
        });
        java.util.Set<IndicatorFeed.UnitMonth> wanted = new java.util.HashSet<>(keys);
        List<String> unitList = new ArrayList<>(units);
        for (int from = 0; from < unitList.size(); from += 500) {
            jdbc.query("SELECT unit_code, ym, " + COLUMNS + " FROM " + OWN + " WHERE unit_code IN (:units) AND ym IN (:months)",
                    new MapSqlParameterSource("units", unitList.subList(from, Math.min(unitList.size(), from + 500)))
                            .addValue("months", List.copyOf(months)), rs -> {
                        IndicatorFeed.UnitMonth key = new IndicatorFeed.UnitMonth(rs.getString(1), rs.getInt(2));
                        if (wanted.contains(key)) {
                            own.put(key, Counter.read(rs, 3, false));
                        }
                    });
        }
        return own;
    }

    /** Every unit and month the roll-ups hold a row for. */
    public List<IndicatorFeed.UnitMonth> unitMonths() {
        return jdbc.query("SELECT unit_code, ym FROM " + OWN + " ORDER BY unit_code, ym", Map.of(),
                (rs, n) -> new IndicatorFeed.UnitMonth(rs.getString(1), rs.getInt(2)));
    }
}
