package vn.steerboard.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.steerboard.delivery.internal.Counter;
import vn.steerboard.delivery.internal.TallyStore;

/**
 * The delivery benchmark's year of roll-ups (2024, before the demo data) for every unit: 12 month rows of 22 counters,
 * counts worth the given dossiers a year, written with COPY, then the rows below every unit derived as the upkeep
 * does, for the leagues and unit pages to read.
 */
final class YearOfRollups {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TallyStore tallyStore;

    YearOfRollups(JdbcTemplate jdbc, DataSource dataSource, TallyStore tallyStore) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tallyStore = tallyStore;
    }

    void write(List<String> units, long dossiersAYear) throws Exception {
        long perUnitMonth = dossiersAYear / units.size() / 12;
        List<Counter> counters = Counter.all();
        StringBuilder rows = new StringBuilder();
        StringBuilder open = new StringBuilder();
        int u = 0;
        for (String unit : units) {
            u++;
            for (int m = 1; m <= 12; m++) {
                int ym = 2024 * 100 + m;
                rows.append(unit).append('\t').append(ym);
                for (Counter counter : counters) {
                    int c = counter.ordinal();
                    long n = counter == Counter.RECEIVED ? perUnitMonth : perUnitMonth * (40 + (u * 7 + c * 13 + m) % 60) / 100;
                    rows.append('\t').append(n);
                }
                rows.append('\n');
                open.append(unit).append('\t').append(ym).append("\tD\t").append(LocalDate.of(2024, m, 20)).append('\t')
                        .append(perUnitMonth / 50).append('\n');
            }
        }
        try (Connection c = dataSource.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY delivery_tally (unit_code, ym, " + String.join(", ",
                    counters.stream().map(Counter::column).toList()) + ") FROM STDIN",
                    new StringReader(rows.toString()));
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY delivery_open_due (unit_code, ym, subject_kind, due_on, n)"
                    + " FROM STDIN", new StringReader(open.toString()));
        }
        jdbc.execute("ANALYZE delivery_tally");
        jdbc.execute("ANALYZE delivery_open_due");
        // the rows kept below every unit (session 7), as the upkeep derives them for an upgraded database
        long derive = System.nanoTime();
        tallyStore.deriveBelow();
        System.out.printf("%nroll-ups below every unit derived from the units' own rows (the upkeep's job): %.1f s (load %s)%n",
                (System.nanoTime() - derive) / 1e9, DeliveryBench.load());
        jdbc.execute("ANALYZE delivery_tally_below");
        jdbc.execute("ANALYZE delivery_open_due_below");
        Long rollupRows = jdbc.queryForObject("SELECT COUNT(*) FROM delivery_tally WHERE ym BETWEEN 202401 AND 202412", Long.class);
        Long dossiers = jdbc.queryForObject("SELECT SUM(received) FROM delivery_tally WHERE ym BETWEEN 202401 AND 202412",
                Long.class);
        System.out.printf("%nroll-ups of 2024 (no demo data that year): %,d rows for %,d dossiers (%,d units × 12 months, %d counters a row)%n",
                rollupRows, dossiers, units.size(), counters.size());
    }
}
