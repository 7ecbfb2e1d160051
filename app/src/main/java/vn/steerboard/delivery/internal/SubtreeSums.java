package vn.steerboard.delivery.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.steerboard.registry.Registry;

/**
 * A subtree's counters read from the roll-ups: a unit's own rows plus the rows kept for its descendants
 * ({@link TallyStore}), so a province or the nation costs as many rows as a commune, whatever lies below it. Open
 * subjects are split into those still within their deadline on the day judged and those overdue.
 */
@Repository
public class SubtreeSums {

    private static final String COUNTS = "SELECT unit_code, ym, " + TallyStore.COLUMNS + " FROM " + TallyStore.OWN
            + " WHERE unit_code IN (:units) AND ym BETWEEN :from AND :to UNION ALL SELECT unit_code, ym, "
            + TallyStore.COLUMNS + " FROM " + TallyStore.BELOW + " WHERE unit_code IN (:units) AND ym BETWEEN :from AND :to";
    private static final String SUMS = Counter.sums("");
    private static final String OPEN = "SELECT unit_code, ym, subject_kind, due_on, n FROM " + TallyStore.OWN_OPEN
            + " WHERE unit_code IN (:units) AND ym BETWEEN :from AND :to UNION ALL SELECT unit_code, ym, subject_kind,"
            + " due_on, n FROM " + TallyStore.BELOW_OPEN + " WHERE unit_code IN (:units) AND ym BETWEEN :from AND :to";

    private final NamedParameterJdbcTemplate jdbc;

    SubtreeSums(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each unit's subtree's counters summed over months {@code from..to} (yyyymm), open subjects judged on the day. */
    public Map<String, Map<String, Long>> sums(List<String> units, int from, int to, LocalDate day) {
        Map<String, Map<String, Long>> sums = new TreeMap<>();
        if (units.isEmpty()) {
            return sums;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("units", units).addValue("from", from).addValue("to", to)
                .addValue("day", day);
        jdbc.query("SELECT unit_code, " + SUMS + " FROM (" + COUNTS + ") s GROUP BY unit_code", params, rs -> {
            sums.put(rs.getString(1), Counter.read(rs, 2, true));
        });
        jdbc.query("SELECT unit_code, subject_kind, SUM(CASE WHEN due_on >= :day THEN n ELSE 0 END),"
                + " SUM(CASE WHEN due_on < :day THEN n ELSE 0 END) FROM (" + OPEN + ") s GROUP BY unit_code, subject_kind",
                params, rs -> {
                    Map<String, Long> m = sums.computeIfAbsent(rs.getString(1), k -> new TreeMap<>());
                    m.put("OPEN_WITHIN_" + rs.getString(2), rs.getLong(3));
                    m.put("OPEN_OVERDUE_" + rs.getString(2), rs.getLong(4));
                });
        return sums;
    }

    /** The whole country's counters: the rows kept for the nation, above every unit. */
    public Map<String, Long> nation(int from, int to, LocalDate day) {
        return sums(List.of(Registry.NATION), from, to, day).getOrDefault(Registry.NATION, new TreeMap<>());
    }

    /** A unit's subtree month by month over {@code from..to}: one read for a period and every month of a trend. */
    public Months months(String unit, int from, int to) {
        MapSqlParameterSource params = new MapSqlParameterSource("units", List.of(unit)).addValue("from", from)
                .addValue("to", to);
        Map<Integer, Map<String, Long>> counts = new TreeMap<>();
        jdbc.query("SELECT ym, " + SUMS + " FROM (" + COUNTS + ") s GROUP BY ym", params, rs -> {
            counts.put(rs.getInt(1), Counter.read(rs, 2, true));
        });
        List<Due> open = new ArrayList<>();
        jdbc.query("SELECT ym, subject_kind, due_on, SUM(n) FROM (" + OPEN + ") s GROUP BY ym, subject_kind, due_on",
                params, rs -> {
                    open.add(new Due(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getLong(4)));
                });
        return new Months(counts, open);
    }

    /** Open subjects of a month of receipt due on a day. */
    public record Due(int month, String kind, LocalDate due, long n) {
    }

    /** A subtree's counters per month (yyyymm) and its open subjects by month and due day. */
    public record Months(Map<Integer, Map<String, Long>> counts, List<Due> open) {

        /** The counters summed over months {@code from..to}, open subjects judged on the day (as {@link #sums}). */
        public Map<String, Long> over(YearMonth from, YearMonth to, LocalDate day) {
            int first = from.getYear() * 100 + from.getMonthValue();
            int last = to.getYear() * 100 + to.getMonthValue();
            Map<String, Long> sums = new TreeMap<>();
            counts.forEach((month, m) -> {
                if (month >= first && month <= last) {
                    m.forEach((counter, n) -> sums.merge(counter, n, Long::sum));
                }
            });
            for (Due d : open) {
                if (d.month() >= first && d.month() <= last) {
                    boolean within = !d.due().isBefore(day);
                    sums.merge("OPEN_WITHIN_" + d.kind(), within ? d.n() : 0, Long::sum);
                    sums.merge("OPEN_OVERDUE_" + d.kind(), within ? 0 : d.n(), Long::sum);
                }
            }
            return sums;
        }
    }
}
